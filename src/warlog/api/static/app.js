// warlog analyst's desk: map, weekly timeline, filters, event table, event panel, review.
// Hand-written, no dependencies, no network beyond this server. Every value from the
// store reaches the page as text nodes (no HTML parsing of data): article text is data.
"use strict";

const COLOURS = {
  "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c", "Riots": "#8c564b", "Strategic developments": "#1f77b4", "Unknown": "#7f7f7f",
};
const PAGE = 50;
const FILTER_KEYS = ["type", "actor", "country", "q", "since", "until", "bbox"];

const state = { filters: {}, cursor: null, meta: null, selected: null, picking: null, loadId: 0, previous: null };
const $ = (sel) => document.querySelector(sel);

// -- helpers ----------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  return node;
}

function token() { return sessionStorage.getItem("warlog-token") || ""; }

async function api(path, options = {}) {
  const headers = Object.assign({ "Accept": "application/json" }, options.headers || {});
  if (token()) headers["Authorization"] = "Bearer " + token();
  const response = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: String(response.status), message: response.statusText };
    throw new Error(`[${error.code}] ${error.message}`);
  }
  return body;
}

function query(extra) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(Object.assign({}, state.filters, extra || {}))) {
    if (value !== "" && value !== null && value !== undefined) params.set(key, value);
  }
  return params.toString();
}

function status(text, isError) {
  const node = $("#status");
  node.textContent = text;
  node.classList.toggle("error", Boolean(isError));
}

const fmt = (n) => Number(n).toLocaleString("en");

// -- map --------------------------------------------------------------------------------

const map = { canvas: null, ctx: null, land: null, view: { lon: 30, lat: 25, k: 3 }, cells: [], drag: null };

function decodeTopology(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const path = new Path2D();
  const ring = (indexes) => {
    let first = true;
    for (const i of indexes) {
      const points = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      for (const [lon, lat] of points) {
        if (first) { path.moveTo(lon, -lat); first = false; } else path.lineTo(lon, -lat);
      }
    }
    path.closePath();
  };
  for (const geometry of topo.objects.countries.geometries) {
    if (geometry.type === "Polygon") geometry.arcs.forEach(ring);
    else if (geometry.type === "MultiPolygon") geometry.arcs.forEach((polygon) => polygon.forEach(ring));
  }
  return path;
}

function project(lon, lat) {
  const { width, height } = map.canvas;
  return [(lon - map.view.lon) * map.view.k + width / 2, (map.view.lat - lat) * map.view.k + height / 2];
}

function unproject(x, y) {
  const { width, height } = map.canvas;
  return [(x - width / 2) / map.view.k + map.view.lon, map.view.lat - (y - height / 2) / map.view.k];
}

function drawMap() {
  const { canvas, ctx } = map;
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth * ratio, height = canvas.clientHeight * ratio;
  if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = "#cfe0ee";
  ctx.fillRect(0, 0, width, height);
  const k = map.view.k;
  if (map.land) {
    ctx.setTransform(k, 0, 0, k, width / 2 - map.view.lon * k, height / 2 + map.view.lat * k);
    ctx.fillStyle = "#f2efe6";
    ctx.fill(map.land, "evenodd");
    ctx.lineWidth = 0.8 / k;
    ctx.strokeStyle = "#a9a49a";
    ctx.stroke(map.land);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }
  const max = Math.max(1, ...map.cells.map((c) => c.n));
  for (const cell of map.cells) {
    const [x, y] = project(cell.lon, cell.lat);
    if (x < -20 || y < -20 || x > width + 20 || y > height + 20) continue;
    const top = Object.entries(cell.types).sort((a, b) => b[1] - a[1])[0][0];
    ctx.beginPath();
    ctx.arc(x, y, (3 + 14 * Math.sqrt(cell.n / max)) * ratio, 0, 2 * Math.PI);
    ctx.fillStyle = (COLOURS[top] || COLOURS.Unknown) + "b0";
    ctx.fill();
    ctx.strokeStyle = "#fff";
    ctx.lineWidth = ratio;
    ctx.stroke();
  }
  if (state.selectedPoint) {
    const [x, y] = project(state.selectedPoint[0], state.selectedPoint[1]);
    ctx.beginPath();
    ctx.arc(x, y, 7 * ratio, 0, 2 * Math.PI);
    ctx.strokeStyle = "#000";
    ctx.lineWidth = 3 * ratio;
    ctx.stroke();
  }
}

function cellSize() {
  // About 25 screen pixels per cell, in whole fractions of a degree.
  const degrees = 25 / map.view.k;
  return [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10].find((d) => d >= degrees) || 10;
}

async function loadMap() {
  const cell = cellSize();
  const data = await api(`/api/map?${query({ cell })}`);
  map.cells = data.cells;
  drawMap();
}

function zoom(factor, x, y) {
  const [lon, lat] = unproject((x ?? map.canvas.width / 2), (y ?? map.canvas.height / 2));
  const before = cellSize();
  map.view.k = Math.min(2000, Math.max(1.2, map.view.k * factor));
  const [lon2, lat2] = unproject((x ?? map.canvas.width / 2), (y ?? map.canvas.height / 2));
  map.view.lon += lon - lon2;
  map.view.lat += lat - lat2;
  drawMap();
  if (cellSize() !== before) loadMap().catch((e) => status(e.message, true));
}

function viewBBox() {
  const [west, north] = unproject(0, 0);
  const [east, south] = unproject(map.canvas.width, map.canvas.height);
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return [clamp(west, -180, 180), clamp(south, -90, 90), clamp(east, -180, 180), clamp(north, -90, 90)]
    .map((v) => v.toFixed(3)).join(",");
}

function setupMap() {
  map.canvas = $("#map");
  map.ctx = map.canvas.getContext("2d");
  const ratio = () => window.devicePixelRatio || 1;
  map.canvas.addEventListener("wheel", (event) => {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.25 : 0.8, event.offsetX * ratio(), event.offsetY * ratio());
  }, { passive: false });
  map.canvas.addEventListener("mousedown", (event) => {
    map.drag = { x: event.clientX, y: event.clientY, lon: map.view.lon, lat: map.view.lat, moved: false };
  });
  window.addEventListener("mousemove", (event) => {
    if (!map.drag) return;
    const dx = event.clientX - map.drag.x, dy = event.clientY - map.drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) map.drag.moved = true;
    map.view.lon = map.drag.lon - (dx * ratio()) / map.view.k;
    map.view.lat = map.drag.lat + (dy * ratio()) / map.view.k;
    drawMap();
  });
  window.addEventListener("mouseup", () => { map.drag = null; });
  map.canvas.addEventListener("click", (event) => {
    if (map.drag && map.drag.moved) return;
    const [lon, lat] = unproject(event.offsetX * ratio(), event.offsetY * ratio());
    if (state.picking) { state.picking(lon, lat); return; }
    const hit = map.cells.find((cell) => {
      const [x, y] = project(cell.lon, cell.lat);
      return Math.hypot(x - event.offsetX * ratio(), y - event.offsetY * ratio()) < 12 * ratio();
    });
    $("#map-hint").textContent = hit
      ? `${fmt(hit.n)} events near ${hit.lat.toFixed(2)}, ${hit.lon.toFixed(2)}: ` +
        Object.entries(hit.types).map(([t, n]) => `${t} ${fmt(n)}`).join(", ")
      : "";
  });
  $("#zoom-in").addEventListener("click", () => zoom(1.5));
  $("#zoom-out").addEventListener("click", () => zoom(1 / 1.5));
  $("#use-view").addEventListener("click", () => { state.filters.bbox = viewBBox(); refresh(); });
  window.addEventListener("resize", drawMap);
  fetch("/static/countries-50m.json").then((r) => r.json()).then((topo) => { map.land = decodeTopology(topo); drawMap(); })
    .catch(() => { $("#map-hint").textContent = "country outlines unavailable"; });
}

// -- timeline ---------------------------------------------------------------------------

const timeline = { weeks: [], x0: 40, width: 0, brush: null };

function drawTimeline(byWeek) {
  const node = $("#timeline");
  node.replaceChildren();
  const width = node.clientWidth, height = node.clientHeight, bottom = height - 16, x0 = timeline.x0;
  timeline.weeks = byWeek;
  timeline.width = width - x0 - 6;
  if (!byWeek.length) return;
  const types = state.meta.event_types.concat(["Unknown"]);
  const max = Math.max(...byWeek.map((w) => Object.values(w.counts).reduce((a, b) => a + b, 0)));
  const step = timeline.width / byWeek.length, bar = Math.max(1, step - (step > 4 ? 1 : 0));
  byWeek.forEach((week, i) => {
    let y = bottom;
    for (const type of types) {
      const n = week.counts[type];
      if (!n) continue;
      const h = (n / max) * (bottom - 8);
      const rect = svg("rect", { x: x0 + i * step, y: y - h, width: bar, height: h, fill: COLOURS[type] || COLOURS.Unknown });
      rect.append(svg("title", {}));
      rect.lastChild.textContent = `week of ${week.week}: ${type} ${n}`;
      node.append(rect);
      y -= h;
    }
  });
  const label = (text, x, y, anchor) => {
    const t = svg("text", { x, y, "text-anchor": anchor || "start" });
    t.textContent = text;
    node.append(t);
  };
  label(fmt(max), x0 - 4, 12, "end");
  label("0", x0 - 4, bottom, "end");
  label(byWeek[0].week, x0, height - 3);
  label(byWeek[byWeek.length - 1].week, width - 6, height - 3, "end");
  timeline.brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: bottom, visibility: "hidden" });
  node.append(timeline.brush);
}

function weekAt(x) {
  const i = Math.floor(((x - timeline.x0) / timeline.width) * timeline.weeks.length);
  return timeline.weeks[Math.min(timeline.weeks.length - 1, Math.max(0, i))];
}

function setupTimeline() {
  const node = $("#timeline");
  let start = null;
  node.addEventListener("mousedown", (event) => { if (timeline.weeks.length) start = event.offsetX; });
  node.addEventListener("mousemove", (event) => {
    if (start === null || !timeline.brush) return;
    const a = Math.min(start, event.offsetX), b = Math.max(start, event.offsetX);
    timeline.brush.setAttribute("x", a);
    timeline.brush.setAttribute("width", Math.max(1, b - a));
    timeline.brush.setAttribute("visibility", "visible");
  });
  node.addEventListener("mouseup", (event) => {
    if (start === null) return;
    const first = weekAt(Math.min(start, event.offsetX)), last = weekAt(Math.max(start, event.offsetX));
    start = null;
    const end = new Date(last.week + "T00:00:00Z");
    end.setUTCDate(end.getUTCDate() + 6);
    state.filters.since = first.week;
    state.filters.until = end.toISOString().slice(0, 10);
    syncForm();
    refresh();
  });
}

// -- table ------------------------------------------------------------------------------

function place(event) {
  const loc = event.location || {};
  return [loc.name || loc.text, loc.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
}

function row(event, review) {
  const tr = el("tr", { "data-id": event.event_id, onclick: () => openEvent(event.event_id) },
    el("td", {}, event.date.start || ""),
    el("td", {}, el("span", { class: "swatch", "data-type": event.event_type || "Unknown" }), event.event_type || "",
      el("div", { class: "sub" }, event.sub_event_type || "")),
    el("td", {}, event.actor1 ? event.actor1.name : ""),
    el("td", {}, event.actor2 ? event.actor2.name : ""),
    el("td", {}, place(event)),
    el("td", {}, event.fatalities ?? ""),
    el("td", {}, review ? el("span", { class: "badge " + review }, review) : ""));
  tr.querySelector(".swatch").style.background = COLOURS[event.event_type] || COLOURS.Unknown;
  return tr;
}

async function loadEvents(append) {
  const id = state.loadId;
  const data = await api(`/api/events?${query({ limit: PAGE, cursor: append ? state.cursor : null })}`);
  if (id !== state.loadId) return;
  const body = $("#events tbody");
  if (!append) body.replaceChildren();
  body.append(...data.events.map((event) => row(event, data.reviews[event.event_id])));
  state.cursor = data.next_cursor;
  $("#more").hidden = !state.cursor;
}

// -- filters ----------------------------------------------------------------------------

function syncForm() {
  const form = $("#filters");
  for (const key of FILTER_KEYS) if (form.elements[key]) form.elements[key].value = state.filters[key] || "";
  $("#area").hidden = !state.filters.bbox;
  const params = query();
  history.replaceState(null, "", params ? "?" + params : location.pathname);
}

function readForm() {
  const form = $("#filters");
  for (const key of FILTER_KEYS) if (form.elements[key]) state.filters[key] = form.elements[key].value.trim();
}

async function refresh() {
  state.loadId += 1;
  state.cursor = null;
  syncForm();
  status("loading…");
  try {
    const [stats] = await Promise.all([api(`/api/stats?${query()}`), loadEvents(false), loadMap()]);
    drawTimeline(stats.by_week);
    const countries = stats.by_country.slice(0, 5).map((c) => `${c.name} ${fmt(c.count)}`).join(", ");
    const actors = stats.by_actor.slice(0, 5).map((a) => `${a.name} ${fmt(a.count)}`).join(", ");
    $("#summary").textContent = `Top countries: ${countries || "–"}. Top actors: ${actors || "–"}.`;
    status(`${fmt(stats.total)} events match` + (stats.undated ? ` (${fmt(stats.undated)} undated)` : ""));
  } catch (error) {
    status(error.message, true);
  }
}

// -- event panel ------------------------------------------------------------------------

function actorText(actor) {
  return actor ? `${actor.name}${actor.type ? ` (${actor.type})` : ""}${actor.text && actor.text !== actor.name ? ` — “${actor.text}”` : ""}` : "—";
}

function articleView(article, evidence) {
  // Offsets index into the stored text; the text is inserted as text nodes, never markup.
  const text = article.text || "";
  const box = el("div", { class: "article" });
  if (evidence && text.slice(evidence.start, evidence.end) === evidence.text) {
    box.append(text.slice(0, evidence.start), el("mark", {}, text.slice(evidence.start, evidence.end)), text.slice(evidence.end));
  } else {
    box.append(text);
  }
  return box;
}

async function openEvent(eventId) {
  state.selected = eventId;
  document.querySelectorAll("#events tr.selected").forEach((tr) => tr.classList.remove("selected"));
  const tr = document.querySelector(`#events tr[data-id="${CSS.escape(eventId)}"]`);
  if (tr) tr.classList.add("selected");
  let data;
  try { data = await api(`/api/events/${encodeURIComponent(eventId)}`); } catch (error) { status(error.message, true); return; }
  if (state.selected !== eventId) return; // another row was opened while this one loaded
  renderPanel(data);
}

function renderPanel(data) {
  const event = data.event, loc = event.location || {};
  state.selectedPoint = loc.longitude != null ? [loc.longitude, loc.latitude] : null;
  drawMap();
  const review = data.review;
  const fields = el("dl", {},
    el("dt", {}, "Type"), el("dd", {}, `${event.event_type || "—"} / ${event.sub_event_type || "—"}`),
    el("dt", {}, "Date"), el("dd", {}, `${event.date.start || "—"}${event.date.end && event.date.end !== event.date.start ? " – " + event.date.end : ""}` +
      `${event.date.text ? ` (“${event.date.text}”)` : ""}`),
    el("dt", {}, "Actor 1"), el("dd", {}, actorText(event.actor1)),
    el("dt", {}, "Actor 2"), el("dd", {}, actorText(event.actor2)),
    el("dt", {}, "Associated"), el("dd", {}, [...event.assoc_actor_1, ...event.assoc_actor_2].map((a) => a.name).join("; ") || "—"),
    el("dt", {}, "Location"), el("dd", {}, [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") || "—",
      loc.latitude != null ? ` (${loc.latitude.toFixed(3)}, ${loc.longitude.toFixed(3)}; precision ${loc.precision ?? "?"})` : ""),
    el("dt", {}, "Fatalities"), el("dd", {}, event.fatalities ?? "unknown"),
    el("dt", {}, "Modality"), el("dd", {}, event.modality),
    el("dt", {}, "Attribution"), el("dd", {}, event.attribution.map((a) => a.name + (a.role ? ` (${a.role})` : "") + (a.via ? ` via ${a.via}` : "")).join("; ") || "—"),
    el("dt", {}, "Sources"), el("dd", {}, event.sources.join("; ") || "—"),
    el("dt", {}, "Confidence"), el("dd", {}, event.confidence.toFixed(2)),
    el("dt", {}, "Review"), el("dd", {}, review ? `${review.status} by ${review.reviewed_by} at ${review.reviewed_at.slice(0, 16)}` : "not reviewed"),
  );
  const articles = data.articles.map((article) => {
    const mention = article.id === event.article_id ? event.evidence
      : (data.mentions.find((m) => m.article_id === article.id) || {}).evidence;
    return el("section", {},
      el("h3", {}, article.title || article.id),
      el("div", { class: "muted" }, [article.date, article.source, article.url].filter(Boolean).join(" · ")),
      articleView(article, mention));
  });
  const log = el("ul", { class: "log" }, data.log.map((entry) =>
    el("li", {}, `${entry.at.slice(0, 16)} ${entry.who} ${entry.action}`,
      entry.field ? ` ${entry.field}: ${JSON.stringify(entry.old)} → ${JSON.stringify(entry.new)}` : ` (${entry.old ?? "new"} → ${entry.new})`,
      entry.reason ? ` — ${entry.reason}` : "")));
  $("#panel-body").replaceChildren(
    el("h2", {}, el("span", { class: "swatch", "data-type": event.event_type }), `${event.sub_event_type || event.event_type || "Event"} · ${event.date.start || "undated"}`),
    fields,
    ...articles,
    el("h3", {}, "Happening"),
    happening(event, data.cluster),
    el("h3", {}, "Review"),
    reviewForm(event),
    el("h3", {}, "Audit log"),
    data.log.length ? log : el("p", { class: "muted" }, "No changes yet."));
  const swatch = $("#panel-body h2 .swatch");
  swatch.style.background = COLOURS[event.event_type] || COLOURS.Unknown;
  $("#panel").hidden = false;
  const mark = $("#panel-body mark");
  if (mark) mark.scrollIntoView({ block: "center" });
}

// -- clusters: the reports merged into one happening ----------------------------------------

async function post(path, body, done) {
  if (!token()) { status("set an API token (top right) to change clusters", true); return; }
  try {
    await api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    status(done);
    state.previous = null;
    await openEvent(state.selected);
  } catch (error) { status(error.message, true); }
}

function happening(event, cluster) {
  const previous = state.previous;
  // The panel last shown, if it was another happening: the one a merge would join.
  if (cluster) state.previous = { cluster_id: cluster.cluster_id, event_id: event.event_id,
    label: `${event.sub_event_type || event.event_type || "event"} · ${event.date.start || "undated"}` };
  if (!cluster) return el("p", { class: "muted" }, "Not clustered yet.");
  const reason = el("input", { type: "text", name: "cluster-reason", placeholder: "reason (optional)" });
  const boxes = [];
  const members = el("ul", { class: "members" }, cluster.members.map((m) => {
    const box = el("input", { type: "checkbox", value: m.event_id, "aria-label": "split off " + m.event_id });
    boxes.push(box);
    return el("li", { class: m.event_id === event.event_id ? "current" : null }, box,
      el("button", { type: "button", class: "link", onclick: () => openEvent(m.event_id) },
        `${m.sub_event_type || "—"} · ${m.date || "undated"} · ${m.place || "—"} · ${m.sources.join(", ") || m.article_id}`),
      el("div", { class: "muted" }, m.evidence));
  }));
  const reasonValue = () => reason.value.trim() || null;
  const split = () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!ids.length || ids.length === cluster.members.length) { status("tick some, not all, of the reports to split off", true); return; }
    post(`/api/clusters/${encodeURIComponent(cluster.cluster_id)}/split`, { event_ids: ids, reason: reasonValue() },
      `${ids.length} report(s) split off into a happening of their own`);
  };
  const canMerge = previous && previous.cluster_id !== cluster.cluster_id;
  const merge = () => post("/api/clusters/merge", { cluster_ids: [previous.cluster_id, cluster.cluster_id], reason: reasonValue() },
    "merged into one happening");
  return el("div", { class: "happening" },
    el("p", {}, `${cluster.size} report${cluster.size === 1 ? "" : "s"} from ${cluster.corroboration} outlet${cluster.corroboration === 1 ? "" : "s"}`,
      cluster.outlets.length ? `: ${cluster.outlets.join(", ")}` : ""),
    cluster.size > 1 ? members : null,
    cluster.size > cluster.members.length ? el("p", { class: "muted" }, `first ${cluster.members.length} shown`) : null,
    el("div", { class: "actions" }, reason,
      cluster.size > 1 ? el("button", { type: "button", id: "split", onclick: split }, "Split ticked reports off") : null,
      canMerge ? el("button", { type: "button", id: "merge", onclick: merge }, `Merge with ${previous.label}`) : null),
    canMerge ? null : el("p", { class: "muted" }, "To merge two happenings, open one, then the other."));
}

function option(value, label, selected) { return el("option", { value, selected: selected || null }, label); }

function reviewForm(event) {
  const meta = state.meta;
  const sub = el("select", { name: "sub_event_type" }, option("", "—"),
    meta.event_types.map((type) => el("optgroup", { label: type },
      Object.entries(meta.sub_event_types).filter(([, t]) => t === type).map(([s]) => option(s, s, s === event.sub_event_type)))));
  const actorInputs = (name, actor) => [
    el("input", { name: name + "_name", value: actor ? actor.name : "", placeholder: "name (empty: none)" }),
    el("select", { name: name + "_type" }, option("", "type —"), meta.actor_types.map((t) => option(t, t, actor && actor.type === t))),
  ];
  const newLocation = { value: null };
  const locationLabel = el("span", { class: "muted" }, "unchanged");
  const places = el("ul", { class: "places" });
  const search = el("input", { placeholder: "search the gazetteer…" });
  search.addEventListener("keydown", async (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    try {
      const found = await api(`/api/places?q=${encodeURIComponent(search.value)}`);
      places.replaceChildren(...found.places.map((p) => el("li", {}, el("button", { type: "button", onclick: () => {
        newLocation.value = { geonameid: p.geonameid, name: p.name };
        locationLabel.textContent = `→ ${p.name}, ${p.admin1 || ""} ${p.country || ""} (gazetteer)`;
      } }, `${p.name} — ${[p.admin1, p.country].filter(Boolean).join(", ")} (${p.feature_code}, pop. ${fmt(p.population)})`))));
      if (!found.places.length) places.replaceChildren(el("li", { class: "muted" }, "no place of that name"));
    } catch (error) { status(error.message, true); }
  });
  const pick = el("button", { type: "button", onclick: () => {
    map.canvas.classList.add("picking");
    $("#map-hint").textContent = "click the map to place the event";
    state.picking = (lon, lat) => {
      state.picking = null;
      map.canvas.classList.remove("picking");
      $("#map-hint").textContent = "";
      newLocation.value = { latitude: +lat.toFixed(5), longitude: +lon.toFixed(5), name: event.location.name, country: event.location.country, country_code: event.location.country_code };
      locationLabel.textContent = `→ point ${lat.toFixed(4)}, ${lon.toFixed(4)}`;
      state.selectedPoint = [lon, lat];
      drawMap();
    };
  } }, "Pick on map");
  const form = el("form", { class: "review-form" },
    el("label", {}, "Sub-type"), sub,
    el("label", {}, "Actor 1"), el("div", {}, actorInputs("actor1", event.actor1)),
    el("label", {}, "Actor 2"), el("div", {}, actorInputs("actor2", event.actor2)),
    el("label", {}, "Date"), el("input", { name: "date", type: "date", value: event.date.start || "" }),
    el("label", {}, "Fatalities"), el("input", { name: "fatalities", type: "number", min: 0, value: event.fatalities ?? "" }),
    el("label", {}, "Location"), el("div", {}, locationLabel, search, places, pick),
    el("label", {}, "Reason"), el("input", { name: "reason", maxlength: 2000, placeholder: "why (kept in the audit log)" }));
  const collect = () => {
    const f = form.elements, changes = {};
    if (f.sub_event_type.value !== (event.sub_event_type || "")) changes.sub_event_type = f.sub_event_type.value || null;
    for (const name of ["actor1", "actor2"]) {
      const old = event[name], actorName = f[name + "_name"].value.trim(), type = f[name + "_type"].value || null;
      if (!actorName && old) changes[name] = null;
      else if (actorName && (!old || old.name !== actorName || (old.type || null) !== type))
        changes[name] = { name: actorName, type, text: old && old.name === actorName ? old.text : null };
    }
    if (f.date.value && f.date.value !== event.date.start)
      changes.date = { start: f.date.value, end: f.date.value, precision: 1, text: event.date.text };
    const dead = f.fatalities.value === "" ? null : Number(f.fatalities.value);
    if (dead !== (event.fatalities ?? null)) changes.fatalities = dead;
    if (newLocation.value) changes.location = newLocation.value;
    return changes;
  };
  const send = async (action) => {
    if (!token()) { status("set an API token (top right) to review", true); return; }
    const body = { action, reason: form.elements.reason.value.trim() || null };
    if (action === "correct") body.changes = collect();
    try {
      await api(`/api/events/${encodeURIComponent(event.event_id)}/review`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      status(`event ${action === "correct" ? "corrected" : action + "ed"}`);
      await openEvent(event.event_id);
      refresh();
    } catch (error) { status(error.message, true); }
  };
  return el("div", {}, form, el("div", { class: "actions" },
    el("button", { type: "button", class: "primary", onclick: () => send("confirm") }, "Confirm"),
    el("button", { type: "button", onclick: () => send("correct") }, "Save corrections"),
    el("button", { type: "button", class: "danger", onclick: () => send("reject") }, "Reject")));
}

// -- start ------------------------------------------------------------------------------

function legend() {
  $("#legend").replaceChildren(...Object.entries(COLOURS).map(([type, colour]) => {
    const dot = el("span", { class: "swatch" });
    dot.style.background = colour;
    return el("span", {}, dot, type);
  }));
}

async function start() {
  const params = new URLSearchParams(location.search);
  for (const key of FILTER_KEYS) if (params.get(key)) state.filters[key] = params.get(key);
  $("#token").value = token();
  $("#token").addEventListener("change", (e) => { sessionStorage.setItem("warlog-token", e.target.value.trim()); });
  try { state.meta = await api("/api/meta"); } catch (error) { status(error.message, true); return; }
  const select = $("#filters").elements.type;
  select.append(...state.meta.event_types.map((t) => option(t, t)));
  legend();
  setupMap();
  setupTimeline();
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); readForm(); refresh(); });
  $("#reset").addEventListener("click", () => { state.filters = {}; refresh(); });
  $("#clear-area").addEventListener("click", () => { delete state.filters.bbox; refresh(); });
  $("#more").addEventListener("click", () => loadEvents(true).catch((e) => status(e.message, true)));
  $("#close-panel").addEventListener("click", () => { $("#panel").hidden = true; state.selected = null; state.selectedPoint = null; drawMap(); });
  await refresh();
}

document.addEventListener("DOMContentLoaded", start);
