/**
 * The overlay's stylesheet, as a string the content script adopts into each closed shadow root
 * (lib/content/shadow-host.ts). Everything is scoped to `.dm-*` classes inside the shadow root,
 * so the court's CSS cannot reach it and it cannot reach the court's page. Colours meet WCAG AA
 * (4.5:1 for text) in both schemes; urgency is also said in words, never by colour alone.
 */
export const OVERLAY_CSS = `
.dm-root{
  --dm-bg:#ffffff;--dm-fg:#1f2328;--dm-muted:#57606a;--dm-border:#d0d7de;--dm-subtle:#f6f8fa;
  --dm-accent:#0b5cad;--dm-accent-fg:#ffffff;--dm-focus:#0b5cad;
  --dm-red:#b42318;--dm-red-bg:#fdecea;--dm-amber:#7a4a00;--dm-amber-bg:#fff4d6;--dm-ok:#1a7f37;
  color-scheme:light dark;
  font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
  color:var(--dm-fg);text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none;
  box-sizing:border-box;
}
@media (prefers-color-scheme: dark){
  .dm-root{
    --dm-bg:#1c2128;--dm-fg:#e6edf3;--dm-muted:#9da7b3;--dm-border:#444c56;--dm-subtle:#22272e;
    --dm-accent:#79b8ff;--dm-accent-fg:#0d1117;--dm-focus:#79b8ff;
    --dm-red:#ff9b92;--dm-red-bg:#3d1f1d;--dm-amber:#f0c05a;--dm-amber-bg:#3a2c10;--dm-ok:#6fdd8b;
  }
}
.dm-root *,.dm-root *::before,.dm-root *::after{box-sizing:border-box;}
.dm-root button{font:inherit;color:inherit;cursor:pointer;}
.dm-root :focus-visible{outline:2px solid var(--dm-focus);outline-offset:2px;}
.dm-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;}

.dm-panel{display:block;margin:8px 0;max-width:760px;background:var(--dm-bg);border:1px solid var(--dm-border);
  border-left:4px solid var(--dm-accent);border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.08);}
.dm-panel-head{display:flex;align-items:center;gap:8px;padding:6px 10px;}
.dm-brand{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--dm-muted);white-space:nowrap;}
.dm-panel-title{flex:1;min-width:0;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;}
.dm-number{font-variant-numeric:tabular-nums;color:var(--dm-muted);font-weight:400;margin-left:6px;}
.dm-toggle{border:1px solid var(--dm-border);background:var(--dm-subtle);border-radius:4px;padding:2px 8px;font-size:12px;}
.dm-toggle:hover{border-color:var(--dm-accent);}
.dm-panel-body{padding:4px 12px 10px;display:grid;gap:10px;}
.dm-collapsed-line{padding:0 10px 6px;color:var(--dm-muted);font-size:12px;}
.dm-section h3{margin:0 0 4px;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--dm-muted);}
.dm-tags{display:flex;flex-wrap:wrap;gap:4px;margin:0;padding:0;list-style:none;}
.dm-tag{display:inline-block;padding:0 8px;border-radius:999px;background:var(--dm-subtle);border:1px solid var(--dm-border);font-size:12px;}
.dm-list{margin:0;padding:0;list-style:none;display:grid;gap:4px;}
.dm-note{white-space:pre-wrap;overflow-wrap:anywhere;padding:4px 8px;background:var(--dm-subtle);border-radius:4px;}
.dm-note-date{display:block;font-size:11px;color:var(--dm-muted);}
.dm-link{background:none;border:0;padding:0;color:var(--dm-accent);text-decoration:underline;font-size:12px;}
.dm-deadline{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline;padding:2px 8px;border-radius:4px;}
.dm-deadline-when{font-variant-numeric:tabular-nums;white-space:nowrap;}
.dm-deadline-rel{font-size:12px;color:var(--dm-muted);}
.dm-flag{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;}
.dm-overdue{background:var(--dm-red-bg);color:var(--dm-red);}
.dm-overdue .dm-deadline-rel{color:var(--dm-red);}
.dm-soon{background:var(--dm-amber-bg);color:var(--dm-amber);}
.dm-soon .dm-deadline-rel{color:var(--dm-amber);}
.dm-figures{display:flex;flex-wrap:wrap;gap:4px 16px;margin:0;}
.dm-figures div{display:flex;flex-direction:column;}
.dm-figures dt{font-size:11px;color:var(--dm-muted);}
.dm-figures dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums;}

.dm-badge-wrap{position:relative;display:inline-block;vertical-align:baseline;margin:0 2px;}
.dm-badge{display:inline-flex;align-items:center;gap:3px;padding:0 5px;border-radius:3px;line-height:16px;font-size:11px;font-weight:700;
  border:1px solid var(--dm-accent);background:var(--dm-bg);color:var(--dm-accent);}
.dm-badge-dot{width:7px;height:7px;border-radius:50%;display:inline-block;}
.dm-badge-dot.dm-overdue{background:var(--dm-red);}
.dm-badge-dot.dm-soon{background:var(--dm-amber);}
.dm-tip{position:absolute;z-index:2147483647;top:calc(100% + 4px);left:0;width:max-content;max-width:320px;padding:8px 10px;
  background:var(--dm-bg);color:var(--dm-fg);border:1px solid var(--dm-border);border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.18);
  font-weight:400;white-space:normal;}
.dm-tip[hidden]{display:none;}
.dm-tip-title{font-weight:600;margin-bottom:2px;}
.dm-tip p{margin:2px 0;}

.dm-add{display:inline-flex;align-items:center;gap:6px;margin:4px 0;}
.dm-add-button{border:1px dashed var(--dm-accent);background:var(--dm-bg);color:var(--dm-accent);border-radius:4px;padding:2px 8px;font-size:12px;}
.dm-add-button:hover{border-style:solid;}
.dm-add-button[disabled]{cursor:progress;opacity:.85;}
.dm-add-error{color:var(--dm-red);font-size:12px;}
`;
