/**
 * The overlay's stylesheet, as a string the content script adopts into each closed shadow root
 * (lib/content/shadow-host.ts). Everything is scoped to `.dm-*` classes inside the shadow root,
 * so the court's CSS cannot reach it and it cannot reach the court's page. Colours meet WCAG AA
 * (4.5:1 for text) in both schemes; urgency is also said in words, never by colour alone.
 *
 * Written tight because it ships in the content script (size budget): the host's `all:initial`
 * already resets inherited text properties, so only what differs from initial is set; rules
 * that share declarations share a selector list.
 */
export const OVERLAY_CSS = `
.dm-root{--dm-bg:#fff;--dm-fg:#1f2328;--dm-muted:#57606a;--dm-border:#d0d7de;--dm-subtle:#f6f8fa;--dm-accent:#0b5cad;
--dm-red:#b42318;--dm-red-bg:#fdecea;--dm-amber:#7a4a00;--dm-amber-bg:#fff4d6;
color-scheme:light dark;font:13px/1.45 system-ui,sans-serif;color:var(--dm-fg);text-align:left}
@media (prefers-color-scheme:dark){.dm-root{--dm-bg:#1c2128;--dm-fg:#e6edf3;--dm-muted:#9da7b3;--dm-border:#444c56;--dm-subtle:#22272e;
--dm-accent:#79b8ff;--dm-red:#ff9b92;--dm-red-bg:#3d1f1d;--dm-amber:#f0c05a;--dm-amber-bg:#3a2c10}}
.dm-root,.dm-root *{box-sizing:border-box}
.dm-root button{font:inherit;color:inherit;cursor:pointer}
.dm-root :focus-visible{outline:2px solid var(--dm-accent);outline-offset:2px}
.dm-sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.dm-panel{margin:8px 0;max-width:760px;background:var(--dm-bg);border:1px solid var(--dm-border);border-left:4px solid var(--dm-accent);border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.dm-panel-head,.dm-deadline,.dm-tags,.dm-figures,.dm-figures div,.dm-add,.dm-badge{display:flex;align-items:center;gap:8px}
.dm-panel-head{padding:6px 10px}
.dm-brand,.dm-section h3,.dm-flag{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.dm-brand,.dm-section h3,.dm-number,.dm-collapsed-line,.dm-note-date,.dm-deadline-rel,.dm-figures dt{color:var(--dm-muted)}
.dm-brand,.dm-panel-title,.dm-deadline-when{white-space:nowrap}
.dm-panel-title{flex:1;min-width:0;font-weight:600;overflow:hidden;text-overflow:ellipsis}
.dm-number,.dm-deadline-when,.dm-figures dd{font-variant-numeric:tabular-nums}
.dm-number{margin-left:6px}
.dm-toggle,.dm-add-button,.dm-tag{border:1px solid var(--dm-border);background:var(--dm-subtle);border-radius:4px;padding:2px 8px}
.dm-toggle,.dm-add-button,.dm-tag,.dm-link,.dm-collapsed-line,.dm-deadline-rel,.dm-add-error{font-size:12px}
.dm-toggle:hover{border-color:var(--dm-accent)}
.dm-panel-body,.dm-list{display:grid;gap:10px}
.dm-panel-body{padding:4px 12px 10px}
.dm-collapsed-line{padding:0 10px 6px}
.dm-section h3{margin:0 0 4px}
.dm-tags,.dm-list{margin:0;padding:0;list-style:none;gap:4px}
.dm-tags,.dm-figures,.dm-deadline{flex-wrap:wrap}
.dm-tag{padding:0 8px;border-radius:999px}
.dm-note{white-space:pre-wrap;overflow-wrap:anywhere;padding:4px 8px;background:var(--dm-subtle);border-radius:4px}
.dm-note-date,.dm-figures dt{display:block;font-size:11px}
.dm-link{background:none;border:0;padding:0;color:var(--dm-accent);text-decoration:underline}
.dm-deadline{gap:6px;align-items:baseline;padding:2px 8px;border-radius:4px}
.dm-flag{font-weight:700}
.dm-overdue,.dm-overdue .dm-deadline-rel,.dm-add-error{color:var(--dm-red)}
.dm-overdue{background:var(--dm-red-bg)}
.dm-soon,.dm-soon .dm-deadline-rel{color:var(--dm-amber)}
.dm-soon{background:var(--dm-amber-bg)}
.dm-figures{gap:4px 16px;margin:0}
.dm-figures div{flex-direction:column;align-items:start;gap:0}
.dm-figures dd{margin:0;font-weight:600}
.dm-badge-wrap{position:relative;display:inline-block;margin:0 2px}
.dm-badge{display:inline-flex;gap:3px;padding:0 5px;border-radius:3px;line-height:16px;font-size:11px;font-weight:700;border:1px solid var(--dm-accent);background:var(--dm-bg);color:var(--dm-accent)}
.dm-badge-dot{width:7px;height:7px;border-radius:50%;display:inline-block}
.dm-badge-dot.dm-overdue{background:var(--dm-red)}
.dm-badge-dot.dm-soon{background:var(--dm-amber)}
.dm-tip{position:absolute;z-index:2147483647;top:calc(100% + 4px);left:0;width:max-content;max-width:320px;padding:8px 10px;background:var(--dm-bg);border:1px solid var(--dm-border);border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.18)}
.dm-tip[hidden]{display:none}
.dm-tip-title{font-weight:600}
.dm-tip p{margin:2px 0}
.dm-add{display:inline-flex;gap:6px;margin:4px 0}
.dm-add-button{border:1px dashed var(--dm-accent);background:var(--dm-bg);color:var(--dm-accent)}
.dm-add-button:hover{border-style:solid}
.dm-add-button[disabled]{cursor:progress;opacity:.85}
.dm-track{margin-bottom:6px}.dm-track p{margin:0;font-weight:600}
.dm-track svg{display:block;width:160px;height:32px;fill:none;stroke:var(--dm-accent);stroke-width:1.5}
.dm-track line{stroke:var(--dm-muted);stroke-dasharray:3 2}.dm-track .dm-pl{stroke:var(--dm-amber);stroke-dasharray:4 2}
`;
