package dev.vouch.rule;

/**
 * When a rule runs. FAST rules run on every edit and must keep a 17,000-word draft well inside the
 * 30 ms budget; SLOW rules (LanguageTool) run as a later stage whose results arrive when ready.
 */
public enum Stage { FAST, SLOW }
