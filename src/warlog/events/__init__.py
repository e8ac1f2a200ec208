"""From parsed articles to event records: mentions, arguments, within-article merging."""
