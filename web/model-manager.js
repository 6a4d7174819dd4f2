(function(){try{if(typeof document<`u`){var e=document.createElement(`style`);e.appendChild(document.createTextNode(`html.mm-page,html.mm-page body{color:#e0e0e0;--lightningcss-light: ;--lightningcss-dark:initial;color-scheme:dark;background:#181818;margin:0;padding:0;font-family:Inter,system-ui,-apple-system,Segoe UI,Roboto,sans-serif}.mm-toolbar[data-v-9a50e0e3]{justify-content:space-between;align-items:center;margin-bottom:.5rem;display:flex}.mm-task-list[data-v-9a50e0e3]{flex-direction:column;gap:.6rem;margin:0;padding:0;list-style:none;display:flex}.mm-task[data-v-9a50e0e3]{border:1px solid var(--mm-border);background:var(--mm-bg-2);border-radius:6px;flex-direction:column;gap:.35rem;padding:.6rem .75rem;display:flex}.mm-task-head[data-v-9a50e0e3]{justify-content:space-between;align-items:center;gap:.5rem;display:flex}.mm-task-name[data-v-9a50e0e3]{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.mm-task-target[data-v-9a50e0e3]{font-size:.85rem}.mm-task-bar[data-v-9a50e0e3]{height:6px}.mm-task-facts[data-v-9a50e0e3]{font-variant-numeric:tabular-nums;flex-wrap:wrap;gap:.9rem;font-size:.8rem;display:flex}.mm-task-actions[data-v-9a50e0e3]{flex-wrap:wrap;justify-content:flex-end;gap:.4rem;display:flex}.mm-health[data-v-4acf10e6]{flex-direction:column;gap:.6rem;display:flex}.mm-health-bar[data-v-4acf10e6]{flex-wrap:wrap;align-items:center;gap:.6rem;display:flex}.mm-health-section h3[data-v-4acf10e6]{align-items:center;gap:.4rem;margin:.4rem 0;font-size:1rem;display:flex}.mm-health-bytes[data-v-4acf10e6]{font-size:.85rem;font-weight:400}.mm-health-group[data-v-4acf10e6]{border:1px solid var(--mm-border);border-radius:6px;flex-direction:column;gap:.3rem;margin-bottom:.5rem;padding:.5rem;display:flex}.mm-health-copy[data-v-4acf10e6],.mm-health-row[data-v-4acf10e6]{flex-wrap:wrap;align-items:center;gap:.4rem;display:flex}.mm-health-row[data-v-4acf10e6]{border-bottom:1px solid var(--mm-border);padding:.25rem 0}.mm-health-check[data-v-4acf10e6]{width:1rem;height:1rem;accent-color:var(--p-primary-color,#60a5fa)}.mm-health-path[data-v-4acf10e6]{word-break:break-all}.mm-health-detail[data-v-4acf10e6]{flex:100%;font-size:.85rem}.mm-health-actions[data-v-4acf10e6]{justify-content:flex-end;align-items:center;gap:.5rem;display:flex}.mm-health-sha[data-v-4acf10e6]{font-size:.85rem}.mm-health-confirm-list[data-v-4acf10e6]{word-break:break-all;margin:.3rem 0;padding-left:1.2rem}.mm-folder-tree[data-v-37b4cd55]{color:var(--mm-fg);background:0 0;padding:0;font-size:.85rem}.mm-folder-tree[data-v-37b4cd55] .p-tree-node-content{color:var(--mm-fg);padding:.15rem .3rem}.mm-folder-tree[data-v-37b4cd55] .p-tree-node-content.p-tree-node-selected{background:var(--mm-bg-2);outline:1px solid var(--mm-muted)}.mm-folder-tree[data-v-37b4cd55] .p-tree-node-toggle-button{width:1.4rem;height:1.4rem;color:var(--mm-muted)}.mm-folder-node[data-v-37b4cd55]{flex:1;align-items:center;gap:.35rem;min-width:0;display:flex}.mm-folder-icon[data-v-37b4cd55]{color:var(--mm-muted);font-size:.8rem}.mm-folder-label[data-v-37b4cd55]{text-overflow:ellipsis;white-space:nowrap;flex:1;min-width:0;overflow:hidden}.mm-folder-count[data-v-37b4cd55]{color:var(--mm-muted);font-variant-numeric:tabular-nums;font-size:.75rem}.mm-bulk-dialog .mm-bulk-text{color:var(--mm-muted);margin:0 0 .5rem}.mm-bulk-dialog .mm-bulk-files{border:1px solid var(--mm-border);border-radius:6px;max-height:18rem;margin:0;padding:.4rem .6rem;font-family:ui-monospace,monospace;font-size:.8rem;list-style:none;overflow:auto}.mm-bulk-dialog .mm-bulk-files li{overflow-wrap:anywhere;padding:.1rem 0}.mm-bulk-dialog .mm-bulk-form{flex-direction:column;gap:.35rem;display:flex}.mm-bulk-dialog .mm-bulk-form label{margin-top:.3rem;font-size:.8rem;font-weight:600}.mm-bulk-dialog .mm-error{color:var(--mm-error)}.mm-filters[data-v-b6b9a53c]{flex-wrap:wrap;align-items:center;gap:.4rem;display:flex}.mm-filter[data-v-b6b9a53c]{flex:7.5rem;min-width:7.5rem;max-width:13rem}.mm-filters-sort[data-v-b6b9a53c]{flex:9rem;align-items:center;gap:.1rem;max-width:15rem;display:flex}.mm-grid-wrap[data-v-0614ac0d]{flex-direction:column;flex:1 1 0;min-height:0;display:flex}.mm-grid[data-v-0614ac0d]{flex:1 1 0;min-height:240px}.mm-grid-row[data-v-0614ac0d]{gap:8px;height:232px;padding:0 4px 8px;display:grid}.mm-card[data-v-0614ac0d]{border:1px solid var(--mm-border);background:var(--mm-bg-2);cursor:pointer;-webkit-user-select:none;user-select:none;border-radius:8px;flex-direction:column;min-width:0;display:flex;overflow:hidden}.mm-card[data-v-0614ac0d]:hover,.mm-card[data-v-0614ac0d]:focus-visible{border-color:var(--mm-muted);outline:none}.mm-card-selected[data-v-0614ac0d]{border-color:var(--mm-accent,#3b82f6);box-shadow:inset 0 0 0 1px var(--mm-accent,#3b82f6)}.mm-card-cursor[data-v-0614ac0d]{outline:2px solid var(--mm-fg);outline-offset:-2px}.mm-card-img[data-v-0614ac0d]{background:var(--mm-input-bg);flex:1;justify-content:center;align-items:center;min-height:0;display:flex;position:relative}.mm-card-img img[data-v-0614ac0d]{object-fit:cover;width:100%;height:100%}.mm-card-placeholder[data-v-0614ac0d]{color:var(--mm-muted);font-size:2rem}.mm-card-arch[data-v-0614ac0d]{color:#fff;background:#000000b3;border-radius:4px;padding:1px 6px;font-size:.7rem;position:absolute;top:6px;left:6px}.mm-card-check[data-v-0614ac0d]{color:#fff;cursor:pointer;background:#000000b3;border:0;border-radius:4px;padding:3px 4px;line-height:1;position:absolute;top:4px;right:4px}.mm-card-add[data-v-0614ac0d]{position:absolute;bottom:6px;right:6px}.mm-card-body[data-v-0614ac0d]{padding:.35rem .5rem .45rem}.mm-card-name[data-v-0614ac0d],.mm-card-sub[data-v-0614ac0d]{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.mm-card-name[data-v-0614ac0d]{color:var(--mm-fg);font-size:.85rem;font-weight:600}.mm-card-sub[data-v-0614ac0d]{color:var(--mm-muted);font-size:.72rem}.mm-side[data-v-aea839e1]{min-height:0;color:var(--mm-fg);flex-direction:column;gap:.6rem;font-size:.85rem;display:flex;overflow:auto}.mm-side-empty[data-v-aea839e1],.mm-side-multi[data-v-aea839e1]{text-align:center;color:var(--mm-muted);flex-direction:column;align-items:center;gap:.4rem;padding:2rem 1rem;display:flex}.mm-side-multi[data-v-aea839e1]{color:var(--mm-fg)}.mm-side-multi .pi[data-v-aea839e1]{font-size:2rem}.mm-side-muted[data-v-aea839e1]{color:var(--mm-muted)}.mm-side-preview[data-v-aea839e1]{aspect-ratio:1;background:var(--mm-input-bg);width:100%;color:var(--mm-muted);border-radius:6px;flex:none;justify-content:center;align-items:center;font-size:2.5rem;display:flex;overflow:hidden}.mm-side-preview img[data-v-aea839e1]{object-fit:contain;width:100%;height:100%}.mm-side-name[data-v-aea839e1]{overflow-wrap:anywhere;margin:0;font-size:1rem}.mm-side-actions[data-v-aea839e1]{flex-wrap:wrap;gap:.4rem;display:flex}.mm-side-facts[data-v-aea839e1]{border-collapse:collapse;width:100%;font-size:.8rem}.mm-side-facts th[data-v-aea839e1]{text-align:left;color:var(--mm-muted);vertical-align:top;white-space:nowrap;padding:.15rem .5rem .15rem 0;font-weight:600}.mm-side-facts td[data-v-aea839e1]{word-break:break-all;padding:.15rem 0}.mm-side-loading[data-v-aea839e1]{justify-content:center;display:flex}.mm-side-desc[data-v-aea839e1]{overflow-wrap:anywhere;border-top:1px solid var(--mm-border);padding-top:.5rem;line-height:1.45}.mm-side-desc[data-v-aea839e1] img{max-width:100%}.mm-wide.p-dialog{max-height:96vh}.mm-wide .mm-wide-body{min-width:0;min-height:0;color:var(--mm-fg);flex:1;grid-template-columns:minmax(180px,240px) minmax(0,1fr) minmax(240px,320px);gap:1rem;font-size:14px;display:grid}.mm-wide .mm-wide-tree,.mm-wide .mm-wide-side{min-height:0;overflow:auto}.mm-wide .mm-wide-tree{border-right:1px solid var(--mm-border);padding-right:.5rem}.mm-wide .mm-wide-side{border-left:1px solid var(--mm-border);padding-left:.75rem;display:flex}.mm-wide .mm-wide-main{flex-direction:column;gap:.5rem;min-width:0;min-height:0;display:flex}.mm-wide .mm-wide-bar{flex-wrap:wrap;align-items:center;gap:.5rem;display:flex}.mm-wide .mm-wide-search{flex:14rem;min-width:12rem}.mm-wide .mm-wide-bar .mm-filters{flex:3 28rem}.mm-wide .mm-wide-bulk{flex-wrap:wrap;align-items:center;gap:.4rem;display:flex}.mm-wide .mm-wide-count{color:var(--mm-muted);font-variant-numeric:tabular-nums;font-size:.82rem}.mm-wide .mm-wide-spacer{flex:1}.mm-wide .mm-wide-grid{border-radius:6px;flex-direction:column;flex:1;min-height:0;display:flex}.mm-wide .mm-wide-grid:focus-visible{outline:2px solid var(--mm-muted);outline-offset:2px}.mm-wide .mm-empty{text-align:center;color:var(--mm-muted);padding:2rem 1rem}.mm-wide .p-iconfield>.p-inputtext:not(:first-child){padding-inline-start:2.5rem}@media (max-width:900px){.mm-wide .mm-wide-body{grid-template-columns:minmax(0,1fr)}.mm-wide .mm-wide-tree,.mm-wide .mm-wide-side{display:none}}.mm-detail .mm-detail-body{flex-direction:column;gap:1rem;font-size:.9rem;display:flex}.mm-detail h4{margin:0 0 .4rem;font-size:.9rem}.mm-detail .mm-detail-loading{justify-content:center;padding:2rem;display:flex}.mm-detail .mm-detail-top{grid-template-columns:minmax(180px,260px) 1fr;gap:1rem;display:grid}@media (max-width:640px){.mm-detail .mm-detail-top{grid-template-columns:1fr}}.mm-detail .mm-detail-preview{flex-direction:column;gap:.4rem;display:flex}.mm-detail .mm-detail-preview img,.mm-detail .mm-detail-nopreview{aspect-ratio:1;object-fit:contain;background:var(--mm-input-bg);border-radius:6px;width:100%}.mm-detail .mm-detail-nopreview{color:var(--mm-muted);flex-direction:column;justify-content:center;align-items:center;gap:.4rem;display:flex}.mm-detail .mm-detail-nopreview .pi{font-size:2rem}.mm-detail .mm-detail-preview-actions,.mm-detail .mm-inline{flex-wrap:wrap;align-items:center;gap:.4rem;display:flex}.mm-detail .mm-inline{flex-wrap:nowrap}.mm-detail .mm-hidden{display:none}.mm-detail .mm-facts{border-collapse:collapse;align-self:start;width:100%;font-size:.82rem}.mm-detail .mm-facts th{text-align:left;color:var(--mm-muted);vertical-align:top;white-space:nowrap;padding:.2rem .6rem .2rem 0;font-weight:600}.mm-detail .mm-facts td{word-break:break-all;padding:.2rem 0}.mm-detail .mm-mono{font-family:ui-monospace,monospace}.mm-detail .mm-small{font-size:.8rem}.mm-detail .mm-detail-tabpanels{background:0 0;padding:.5rem 0 0}.mm-detail .mm-detail-actions-row{justify-content:space-between;align-items:center;gap:.5rem;margin-top:.4rem;display:flex}.mm-detail .mm-markdown{overflow-wrap:anywhere;line-height:1.5}.mm-detail .mm-markdown img{max-width:100%}.mm-detail .mm-markdown pre{overflow:auto}.mm-detail .mm-links{margin:0 0 .3rem;padding:0;list-style:none}.mm-detail .mm-links a{color:inherit;word-break:break-all}.mm-detail .mm-metadata summary{cursor:pointer;font-weight:600}.mm-detail .mm-meta-table{margin-top:.4rem}.mm-detail .mm-meta-table th{width:1%}.mm-detail .mm-pre{white-space:pre-wrap;word-break:break-all;max-height:12rem;margin:0;font-size:.75rem;overflow:auto}.mm-detail .mm-move{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.6rem;display:grid}.mm-detail .mm-field{flex-direction:column;gap:.25rem;display:flex}.mm-detail .mm-field label{font-size:.8rem;font-weight:600}.mm-detail .mm-error{color:var(--mm-error);font-size:.8rem}.mm-model-list[data-v-2fbd1c2f]{flex:1 1 0;min-height:160px}.mm-row[data-v-2fbd1c2f]{border-bottom:1px solid var(--mm-border);cursor:pointer;align-items:center;gap:.5rem;height:40px;padding:0 .25rem 0 .35rem;display:flex}.mm-row[data-v-2fbd1c2f]:hover,.mm-row[data-v-2fbd1c2f]:focus-visible,.mm-row-cursor[data-v-2fbd1c2f]{background:var(--mm-bg-2);outline:none}.mm-row-thumb[data-v-2fbd1c2f]{background:var(--mm-input-bg);width:32px;height:32px;color:var(--mm-muted);border-radius:4px;flex:none;justify-content:center;align-items:center;font-size:.85rem;display:flex;overflow:hidden}.mm-row-thumb img[data-v-2fbd1c2f]{object-fit:cover;width:100%;height:100%}.mm-row-main[data-v-2fbd1c2f]{flex:1;min-width:0;line-height:1.2}.mm-row-name[data-v-2fbd1c2f],.mm-row-sub[data-v-2fbd1c2f]{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.mm-row-name[data-v-2fbd1c2f]{color:var(--mm-fg);font-size:.85rem;font-weight:600}.mm-row-sub[data-v-2fbd1c2f]{color:var(--mm-muted);font-variant-numeric:tabular-nums;font-size:.72rem}.mm-row-add[data-v-2fbd1c2f]{flex:none;width:1.9rem;height:1.9rem}.mm-models[data-v-94eeda8b]{flex-direction:column;gap:.4rem;height:100%;display:flex}.mm-models-bar[data-v-94eeda8b]{align-items:center;gap:.2rem;display:flex}.mm-models-search[data-v-94eeda8b]{flex:1;min-width:6rem}.mm-models-tree[data-v-94eeda8b]{border:1px solid var(--mm-border);border-radius:6px;flex:none;max-height:40%;padding:.2rem;overflow:auto}.mm-models-wrap[data-v-94eeda8b]{flex-direction:column;flex:1;gap:.2rem;min-height:0;display:flex}.mm-models-count[data-v-94eeda8b]{color:var(--mm-muted);align-items:center;gap:.5rem;min-height:1.6rem;font-size:.78rem;display:flex}.mm-models-scope[data-v-94eeda8b]{text-overflow:ellipsis;white-space:nowrap;min-width:0;color:var(--mm-fg);align-items:center;gap:.25rem;display:inline-flex;overflow:hidden}.mm-linkish[data-v-94eeda8b]{color:var(--mm-muted);cursor:pointer;background:0 0;border:0;padding:0 .2rem}.mm-models-refresh[data-v-94eeda8b]{width:1.6rem;height:1.6rem;margin-left:auto}.mm-form[data-v-fc264965]{flex-direction:column;gap:.85rem;max-width:640px;display:flex}.mm-field[data-v-fc264965]{flex-direction:column;gap:.3rem;display:flex}.mm-field label[data-v-fc264965]{font-size:.85rem;font-weight:600}.mm-mono[data-v-fc264965]{font-family:ui-monospace,monospace}.mm-url-row[data-v-fc264965]{gap:.4rem;display:flex}.mm-resolved[data-v-fc264965]{border:1px solid var(--mm-border);background:var(--mm-bg-2);border-radius:6px;flex-direction:column;gap:.6rem;padding:.7rem;display:flex}.mm-resolved-head[data-v-fc264965]{align-items:center;gap:.7rem;display:flex}.mm-resolved-img[data-v-fc264965]{object-fit:cover;border-radius:4px;width:56px;height:56px}.mm-resolved-name[data-v-fc264965]{font-weight:600}.mm-resolved-tags[data-v-fc264965]{flex-wrap:wrap;gap:.3rem;margin-top:.25rem;display:flex}.mm-files[data-v-fc264965]{flex-direction:column;gap:.3rem;margin:0;padding:0;list-style:none;display:flex}.mm-file[data-v-fc264965]{border:1px solid var(--mm-border);cursor:pointer;border-radius:6px;align-items:center;gap:.6rem;padding:.45rem .6rem;display:flex}.mm-file-active[data-v-fc264965]{border-color:var(--p-primary-color,var(--mm-primary-color,#3b82f6))}.mm-file-main[data-v-fc264965]{flex:1;min-width:0}.mm-file-name[data-v-fc264965]{word-break:break-all;font-size:.85rem}.mm-file-facts[data-v-fc264965]{font-size:.75rem}.mm-form-actions[data-v-fc264965]{justify-content:flex-end;display:flex}.mm-scan-queued[data-v-d527f771]{align-items:center;gap:.25rem;display:flex}.mm-scan[data-v-d527f771]{flex-direction:column;gap:.7rem;max-width:720px;display:flex}.mm-scan-help[data-v-d527f771]{margin:0;font-size:.85rem}.mm-scan-bar[data-v-d527f771]{flex-wrap:wrap;align-items:center;gap:.5rem;display:flex}.mm-scan-folder[data-v-d527f771]{min-width:11rem}.mm-scan-task[data-v-d527f771]{border:1px solid var(--mm-border);background:var(--mm-bg-2);border-radius:6px;flex-direction:column;gap:.5rem;padding:.7rem .8rem;display:flex}.mm-scan-head[data-v-d527f771]{justify-content:space-between;align-items:center;display:flex}.mm-scan-title[data-v-d527f771]{font-weight:600}.mm-scan-progress[data-v-d527f771]{height:6px}.mm-scan-facts[data-v-d527f771]{font-variant-numeric:tabular-nums;flex-wrap:wrap;gap:.9rem;font-size:.8rem;display:flex}.mm-scan-current[data-v-d527f771]{text-overflow:ellipsis;white-space:nowrap;max-width:100%;font-family:ui-monospace,monospace;overflow:hidden}.mm-scan-results[data-v-d527f771]{grid-template-columns:repeat(auto-fill,minmax(6rem,1fr));gap:.5rem;display:grid}.mm-scan-result[data-v-d527f771]{text-align:center;border:1px solid var(--mm-border);border-radius:6px;padding:.4rem;font-size:.78rem}.mm-scan-num[data-v-d527f771]{font-variant-numeric:tabular-nums;font-size:1.2rem;font-weight:600}.mm-scan-actions[data-v-d527f771]{justify-content:flex-end;display:flex}.mm-settings[data-v-e99b348b]{flex-direction:column;gap:1rem;max-width:640px;display:flex}h3[data-v-e99b348b]{margin:0 0 .5rem;font-size:.95rem}section[data-v-e99b348b]{flex-direction:column;gap:.9rem;display:flex}.mm-row[data-v-e99b348b]{flex-direction:column;gap:.3rem;display:flex}.mm-row>label[data-v-e99b348b]{font-size:.85rem;font-weight:600}.mm-row-toggle[data-v-e99b348b]{flex-direction:row;align-items:center;gap:.6rem}.mm-row-toggle[data-v-e99b348b]>.p-toggleswitch{flex:none}.mm-inline[data-v-e99b348b]{align-items:center;gap:.4rem;min-width:0;display:flex}.mm-inline[data-v-e99b348b]>.p-inputnumber{flex:8rem;min-width:0}.mm-inline[data-v-e99b348b]>.p-inputnumber .p-inputnumber-input{width:100%;min-width:0}.mm-inline[data-v-e99b348b]>.p-button{flex:none}.mm-token[data-v-e99b348b]{word-break:break-all;font-family:ui-monospace,monospace;font-size:.8rem}.mm-key-current[data-v-e99b348b]{font-family:ui-monospace,monospace;font-size:.8rem}.mm-block[data-v-e99b348b]{font-weight:400;display:block}.mm-token-intro[data-v-1cb9322b],.mm-token-where[data-v-1cb9322b]{margin:0 0 .6rem}.mm-token-reason[data-v-1cb9322b]{word-break:break-word;margin-bottom:.6rem;display:block}.mm-token-form[data-v-1cb9322b]{flex-direction:column;gap:.6rem;display:flex}.mm-token-actions[data-v-1cb9322b]{justify-content:flex-end;gap:.4rem;display:flex}.mm-updates[data-v-b75af93c]{flex-direction:column;gap:.5rem;display:flex}.mm-updates-bar[data-v-b75af93c]{flex-wrap:wrap;align-items:center;gap:.6rem;display:flex}.mm-updates-status[data-v-b75af93c]{flex:1;min-width:8rem;font-size:.8rem}.mm-updates-progress[data-v-b75af93c]{height:6px}.mm-updates-list[data-v-b75af93c]{flex-direction:column;gap:.5rem;margin:0;padding:0;list-style:none;display:flex}.mm-update[data-v-b75af93c]{border:1px solid var(--mm-border);background:var(--mm-bg-2);border-radius:8px;flex-direction:column;gap:.25rem;min-width:0;padding:.6rem .7rem;display:flex}.mm-update-head[data-v-b75af93c]{align-items:center;gap:.4rem;min-width:0;display:flex}.mm-update-name[data-v-b75af93c]{text-overflow:ellipsis;white-space:nowrap;flex:1;min-width:0;font-weight:600;overflow:hidden}.mm-update-versions[data-v-b75af93c]{flex-wrap:wrap;align-items:center;gap:.4rem;font-size:.85rem;display:flex}.mm-update-versions .pi[data-v-b75af93c]{font-size:.7rem}.mm-update-file[data-v-b75af93c]{text-overflow:ellipsis;white-space:nowrap;font-size:.8rem;overflow:hidden}.mm-update-date[data-v-b75af93c]{font-size:.8rem}.mm-update-notice[data-v-b75af93c]{color:var(--p-amber-400,#fbbf24);font-size:.8rem}.mm-update-actions[data-v-b75af93c]{justify-content:space-between;align-items:center;gap:.5rem;margin-top:.2rem;display:flex}.mm-update-link[data-v-b75af93c]{color:var(--mm-muted);font-size:.8rem;text-decoration:none}.mm-update-link[data-v-b75af93c]:hover{color:var(--mm-fg);text-decoration:underline}.mm-update[data-v-b75af93c] .p-tag{gap:.3rem}.mm-missing-row{border:1px solid var(--mm-border);border-radius:6px;align-items:center;gap:.75rem;padding:.5rem;display:flex}.mm-missing-row .mm-missing-main{flex:1;min-width:0}.mm-missing-row .mm-missing-name{word-break:break-all;font-weight:600}.mm-missing-row .mm-missing-folder{color:var(--mm-muted);align-items:center;gap:.4rem;font-size:.8rem;display:flex}.mm-missing-row .mm-missing-status{padding:0 .35rem;font-size:.7rem}.mm-missing-row .mm-missing-note,.mm-missing-row .mm-missing-warn{color:var(--mm-muted);word-break:break-all;font-size:.8rem}.mm-missing-row .mm-missing-warn{color:var(--p-orange-400,#fb923c)}.mm-missing-row .mm-missing-choice{width:100%;margin-top:.25rem}.mm-missing-row .p-tag{gap:.3rem}.mm-missing-row[data-state=done]{border-color:var(--p-green-600,#16a34a)}.mm-missing-row .mm-missing-err{color:var(--mm-error);font-size:.8rem}.mm-root .mm-workflow{border:1px dashed #0000;border-radius:6px;min-height:100%}.mm-root .mm-workflow-drag{border-color:var(--mm-muted)}.mm-root .mm-workflow-actions{flex-wrap:wrap;gap:.5rem;margin-bottom:.75rem;display:flex}.mm-root .mm-workflow .mm-missing-list{flex-direction:column;gap:.5rem;margin:0;padding:0;list-style:none;display:flex}.mm-root,.mm-dialog{--mm-bg:var(--comfy-menu-bg,#202020);--mm-bg-2:var(--comfy-menu-secondary-bg,var(--comfy-input-bg,#2a2a2a));--mm-fg:var(--fg-color,#e0e0e0);--mm-muted:var(--descrip-text,#9a9a9a);--mm-border:var(--border-color,#3c3c3c);--mm-input-bg:var(--comfy-input-bg,#262626);--mm-error:var(--error-text,#ff6b6b)}.mm-root{box-sizing:border-box;height:100%;min-height:0;color:var(--mm-fg);background:var(--mm-bg);flex-direction:column;font-size:14px;display:flex}.mm-root *,.mm-root :before,.mm-root :after{box-sizing:border-box}.mm-root.mm-standalone{max-width:1100px;height:100vh;margin:0 auto}.mm-root .mm-header{border-bottom:1px solid var(--mm-border);align-items:center;gap:.5rem;padding:.6rem 1rem;font-size:1.05rem;font-weight:600;display:flex}.mm-root .mm-tabs{flex-direction:column;flex:1;min-height:0;display:flex}.mm-root .mm-panels{background:0 0;flex:1;padding:.75rem;overflow:auto}.mm-root .p-tablist-tab-list,.mm-root .p-tablist-content{background:0 0}.mm-root .p-iconfield>.p-inputtext:not(:first-child),.mm-dialog .p-iconfield>.p-inputtext:not(:first-child){padding-inline-start:2.5rem}.mm-root .mm-panel-fill{height:100%}.mm-root .mm-tab-badge{margin-left:.35rem}.mm-root .mm-muted{color:var(--mm-muted)}.mm-root .mm-empty{text-align:center;color:var(--mm-muted);padding:2rem 1rem}.mm-root .mm-error{color:var(--mm-error);font-size:.85rem}.mm-missing .mm-missing-intro{margin-top:0}.mm-missing-list{flex-direction:column;gap:.5rem;margin:0;padding:0;list-style:none;display:flex}.mm-missing .mm-missing-ok{color:var(--p-green-400,#4ade80)}/*$vite$:1*/`)),document.head.appendChild(e)}}catch(e){console.error(`vite-plugin-css-injected-by-js`,e)}})();
var e=Object.defineProperty,t=(e,t,n)=>()=>{if(n)throw n[0];try{return e&&(t=e(e=0)),t}catch(e){throw n=[e],e}},n=(t,n)=>{let r={};for(var i in t)e(r,i,{get:t[i],enumerable:!0});return n||e(r,Symbol.toStringTag,{value:`Module`}),r};function r(e){return Math.min(15e3,500*2**e)}var i,a=t((()=>{i=class{socket=null;attempt=0;timer=null;stopped=!1;everOpened=!1;listeners=/* @__PURE__ */ new Map;reconnectListeners=/* @__PURE__ */ new Set;opts;constructor(e){this.opts={createSocket:e=>new WebSocket(e),backoff:r,setTimer:(e,t)=>setTimeout(e,t),clearTimer:e=>clearTimeout(e),...e}}get connected(){return this.socket!==null&&this.attempt===0&&this.everOpened}start(){this.stopped=!1,this.connect()}stop(){this.stopped=!0,this.timer!==null&&this.opts.clearTimer(this.timer),this.timer=null;let e=this.socket;this.socket=null,e&&(e.onclose=null,e.close())}on(e,t){let n=this.listeners.get(e);return n||this.listeners.set(e,n=/* @__PURE__ */ new Set),n.add(t),()=>n.delete(t)}onReconnect(e){return this.reconnectListeners.add(e),()=>this.reconnectListeners.delete(e)}connect(){if(this.timer=null,this.stopped)return;let e;try{e=this.opts.createSocket(this.opts.url)}catch{this.scheduleReconnect();return}this.socket=e,e.onopen=()=>{let e=this.everOpened;this.everOpened=!0,this.attempt=0,e&&this.reconnectListeners.forEach(e=>e())},e.onmessage=e=>this.dispatch(e.data),e.onerror=()=>{},e.onclose=()=>{this.socket===e&&(this.socket=null,this.scheduleReconnect())}}scheduleReconnect(){if(this.stopped||this.timer!==null)return;let e=this.opts.backoff(this.attempt);this.attempt+=1,this.timer=this.opts.setTimer(()=>this.connect(),e)}dispatch(e){if(typeof e!=`string`)return;let t;try{t=JSON.parse(e)}catch{return}t&&typeof t.type==`string`&&this.listeners.get(t.type)?.forEach(e=>e(t.data))}}}));function o(){return typeof crypto<`u`&&`randomUUID`in crypto?crypto.randomUUID():`mm-`+Math.random().toString(36).slice(2)+Date.now().toString(36)}function s(e=window.location){let t=e.protocol===`https:`?`wss:`:`ws:`,n=new i({url:`${t}//${e.host}/ws?clientId=${o()}`});return n.start(),{mode:`standalone`,fetch:(e,t)=>fetch(e,t),url:e=>e,on:(e,t)=>n.on(e,t),onReconnect:e=>n.onReconnect(e)}}var c=t((()=>{a()}));// @__NO_SIDE_EFFECTS__
function l(e){let t=/* @__PURE__ */ Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}function u(e){if(k(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=se(r)?d(r):u(r);if(i)for(let e in i)t[e]=i[e]}return t}if(se(e)||j(e))return e}function d(e){let t={};return e.replace(Ne,e=>e.startsWith(`/*`)?``:e).split(je).forEach(e=>{if(e){let n=e.split(Me);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function f(e){let t=``;if(se(e))t=e;else if(k(e))for(let n=0;n<e.length;n++){let r=f(e[n]);r&&(t+=r+` `)}else if(j(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}function p(e){if(!e)return null;let{class:t,style:n}=e;return t&&!se(t)&&(e.class=f(t)),n&&(e.style=u(n)),e}function m(e){return!!e||e===``}function h(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=y(e[i],t[i],n);return r}function g(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&y(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function _(e,t,n){let r=re(e),i=re(t);if(r||i||(r=ie(e),i=ie(t),r||i))return r&&i?g(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!y(e[r],t[r],n))return!1}return String(e)===String(t)}function v(e,t,n,r){n||=[/* @__PURE__ */ new Map,/* @__PURE__ */ new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function y(e,t,n){if(e===t)return!0;let r=ae(e),i=ae(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=ce(e),i=ce(t),r||i?e===t:(r=k(e),i=k(t),r||i?r&&i?v(e,t,n,h):!1:(r=j(e),i=j(t),r||i?!r||!i?!1:v(e,t,n,_):String(e)===String(t))))}function b(e,t){return e.findIndex(e=>y(e,t))}function x(e){return e==null?`initial`:typeof e==`string`?e===``?` `:e:String(e)}var S,C,w,ee,T,E,D,te,ne,O,k,re,ie,ae,oe,A,se,ce,j,le,ue,de,fe,pe,me,he,ge,_e,ve,ye,be,xe,Se,Ce,we,Te,Ee,De,Oe,ke,Ae,je,Me,Ne,Pe,Fe,Ie,M,Le,Re,ze=t((()=>{S={},C=[],w=()=>{},ee=()=>!1,T=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),E=e=>e.startsWith(`onUpdate:`),D=Object.assign,te=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},ne=Object.prototype.hasOwnProperty,O=(e,t)=>ne.call(e,t),k=Array.isArray,re=e=>de(e)===`[object Map]`,ie=e=>de(e)===`[object Set]`,ae=e=>de(e)===`[object Date]`,oe=e=>de(e)===`[object RegExp]`,A=e=>typeof e==`function`,se=e=>typeof e==`string`,ce=e=>typeof e==`symbol`,j=e=>typeof e==`object`&&!!e,le=e=>(j(e)||A(e))&&A(e.then)&&A(e.catch),ue=Object.prototype.toString,de=e=>ue.call(e),fe=e=>de(e).slice(8,-1),pe=e=>de(e)===`[object Object]`,me=e=>se(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,he=/* @__PURE__ */ l(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),ge=e=>{let t=/* @__PURE__ */ Object.create(null);return(n=>t[n]||(t[n]=e(n)))},_e=/-\w/g,ve=/* @__PURE__ */ ge(e=>e.replace(_e,e=>e.slice(1).toUpperCase())),ye=/\B([A-Z])/g,be=/* @__PURE__ */ ge(e=>e.replace(ye,`-$1`).toLowerCase()),xe=/* @__PURE__ */ ge(e=>e.charAt(0).toUpperCase()+e.slice(1)),Se=/* @__PURE__ */ ge(e=>e?`on${xe(e)}`:``),Ce=(e,t)=>!Object.is(e,t),we=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},Te=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},Ee=e=>{let t=parseFloat(e);return isNaN(t)?e:t},De=e=>{let t=se(e)?Number(e):NaN;return isNaN(t)?e:t},ke=()=>Oe||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{},Ae=/* @__PURE__ */ l(`Infinity,undefined,NaN,isFinite,isNaN,parseFloat,parseInt,decodeURI,decodeURIComponent,encodeURI,encodeURIComponent,Math,Number,Date,Array,Object,Boolean,String,RegExp,Map,Set,JSON,Intl,BigInt,console,Error,Symbol`),je=/;(?![^(]*\))/g,Me=/:([^]+)/,Ne=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g,Pe=`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`,Fe=/* @__PURE__ */ l(Pe),Ie=e=>!!(e&&e.__v_isRef===!0),M=e=>se(e)?e:e==null?``:k(e)||j(e)&&(e.toString===ue||!A(e.toString))?Ie(e)?M(e.value):JSON.stringify(e,Le,2):String(e),Le=(e,t)=>Ie(t)?Le(e,t.value):re(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[Re(t,r)+` =>`]=n,e),{})}:ie(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>Re(e))}:ce(t)?Re(t):j(t)&&!k(t)&&!pe(t)?String(t):t,Re=(e,t=``)=>ce(e)?`Symbol(${e.description??t})`:e}));function Be(e){return new Yt(e)}function Ve(){return Jt}function He(e,t=!1){Jt&&(Jt.active?Jt.cleanups.push(e):e())}function Ue(e,t=!1){e.flags|=8,t?(e.next=tn,tn=e):(e.next=en,en=e)}function We(){$t++}function Ge(){if(--$t>0)return;if(tn){let e=tn;for(tn=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;en;){let t=en;for(en=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function Ke(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function qe(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Xe(r),Ze(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function Je(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(Ye(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function Ye(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===an)||(e.globalVersion=an,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!Je(e))))return;e.flags|=2;let t=e.dep,n=Xt,r=nn;Xt=e,nn=!0;try{Ke(e);let n=e.fn(e._value);(t.version===0||Ce(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{Xt=n,nn=r,qe(e),e.flags&=-3}}function Xe(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Xe(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Ze(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}function Qe(e,t){e.effect instanceof Qt&&(e=e.effect.fn);let n=new Qt(e);t&&D(n,t);try{n.run()}catch(e){throw n.stop(),e}let r=n.run.bind(n);return r.effect=n,r}function $e(e){e.effect.stop()}function et(){rn.push(nn),nn=!1}function tt(){let e=rn.pop();nn=e===void 0||e}function nt(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=Xt;Xt=void 0;try{t()}finally{Xt=e}}}function rt(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)rt(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}function it(e,t,n){if(nn&&Xt){let t=cn.get(e);t||cn.set(e,t=/* @__PURE__ */ new Map);let r=t.get(n);r||(t.set(n,r=new sn),r.map=t,r.key=n),r.track()}}function at(e,t,n,r,i,a){let o=cn.get(e);if(!o){an++;return}let s=e=>{e&&e.trigger()};if(We(),t===`clear`)o.forEach(s);else{let i=k(e),a=i&&me(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===dn||!ce(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(dn)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(ln)),re(e)&&s(o.get(un)));break;case`delete`:i||(s(o.get(ln)),re(e)&&s(o.get(un)));break;case`set`:re(e)&&s(o.get(ln))}}Ge()}function ot(e,t){let n=cn.get(e);return n&&n.get(t)}function st(e){let t=/* @__PURE__ */ jt(e);return t===e||(it(t,`iterate`,dn),/* @__PURE__ */ kt(e))?t:/* @__PURE__ */ Ot(e)?/* @__PURE__ */ Dt(e)?t.map(e=>Pn(Nn(e))):t.map(Pn):t.map(Nn)}function ct(e){return it(e=/* @__PURE__ */ jt(e),`iterate`,dn),e}function lt(e,t){return/* @__PURE__ */ Ot(e)?Pn(/* @__PURE__ */ Dt(e)?Nn(t):t):Nn(t)}function ut(e,t,n){let r=ct(e),i=r[t],a=i.call(r);if(r!==e&&!/* @__PURE__ */ kt(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>dt(a.next(),n),i!==pn[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>dt(a._next(),n)}return a}function dt(e,t){return e.done||(e.value=t(e.value)),e}function ft(e,t,n,r,i,a){let o=ct(e),s=o!==e&&!/* @__PURE__ */ kt(e),c=o[t];if(c!==pn[t]){let t=c.apply(e,a);return s?Nn(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,lt(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function pt(e,t,n,r){let i=ct(e),a=i!==e&&!/* @__PURE__ */ kt(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=lt(e,t)),n.call(this,t,lt(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?lt(e,c):c}function mt(e,t,n){let r=/* @__PURE__ */ jt(e);it(r,`iterate`,dn);let i=r[t](...n);return(i===-1||i===!1)&&/* @__PURE__ */ At(n[0])?(n[0]=/* @__PURE__ */ jt(n[0]),r[t](...n)):i}function ht(e,t,n=[]){et(),We();let r=(/* @__PURE__ */ jt(e))[t].apply(e,n);return Ge(),tt(),r}function gt(e){ce(e)||(e=String(e));let t=/* @__PURE__ */ jt(this);return it(t,`has`,e),t.hasOwnProperty(e)}function _t(e,t,n){return function(...r){let i=this.__v_raw,a=/* @__PURE__ */ jt(i),o=re(a),s=e===`entries`||e===Symbol.iterator&&o,c=e===`keys`&&o,l=i[e](...r),u=n?Cn:t?Pn:Nn;return!t&&it(a,`iterate`,c?un:ln),D(Object.create(l),{next(){let{value:e,done:t}=l.next();return t?{value:e,done:t}:{value:s?[u(e[0]),u(e[1])]:u(e),done:t}}})}}function vt(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function yt(e,t){let n={get(n){let r=this.__v_raw,i=/* @__PURE__ */ jt(r),a=/* @__PURE__ */ jt(n);e||(Ce(n,a)&&it(i,`get`,n),it(i,`get`,a));let{has:o}=wn(i),s=t?Cn:e?Pn:Nn;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&it(/* @__PURE__ */ jt(t),`iterate`,ln),t.size},has(t){let n=this.__v_raw,r=/* @__PURE__ */ jt(n),i=/* @__PURE__ */ jt(t);return e||(Ce(t,i)&&it(r,`has`,t),it(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=/* @__PURE__ */ jt(a),s=t?Cn:e?Pn:Nn;return!e&&it(o,`iterate`,ln),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return D(n,e?{add:vt(`add`),set:vt(`set`),delete:vt(`delete`),clear:vt(`clear`)}:{add(e){let n=/* @__PURE__ */ jt(this),r=wn(n),i=/* @__PURE__ */ jt(e),a=!t&&!/* @__PURE__ */ kt(e)&&!/* @__PURE__ */ Ot(e)?i:e;return r.has.call(n,a)||Ce(e,a)&&r.has.call(n,e)||Ce(i,a)&&r.has.call(n,i)||(n.add(a),at(n,`add`,a,a)),this},set(e,n){t||/* @__PURE__ */ kt(n)||/* @__PURE__ */ Ot(n)||(n=/* @__PURE__ */ jt(n));let r=/* @__PURE__ */ jt(this),{has:i,get:a}=wn(r),o=i.call(r,e);o||=(e=/* @__PURE__ */ jt(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?Ce(n,s)&&at(r,`set`,e,n,s):at(r,`add`,e,n),this},delete(e){let t=/* @__PURE__ */ jt(this),{has:n,get:r}=wn(t),i=n.call(t,e);i||=(e=/* @__PURE__ */ jt(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&at(t,`delete`,e,void 0,a),o},clear(){let e=/* @__PURE__ */ jt(this),t=e.size!==0,n=e.clear();return t&&at(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=_t(r,e,t)}),n}function bt(e,t){let n=yt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(O(n,i)&&i in r?n:r,i,a)}function xt(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}// @__NO_SIDE_EFFECTS__
function St(e){return/* @__PURE__ */ Ot(e)?e:Et(e,!1,yn,Tn,kn)}// @__NO_SIDE_EFFECTS__
function Ct(e){return Et(e,!1,xn,En,An)}// @__NO_SIDE_EFFECTS__
function wt(e){return Et(e,!0,bn,Dn,jn)}// @__NO_SIDE_EFFECTS__
function Tt(e){return Et(e,!0,Sn,On,Mn)}function Et(e,t,n,r,i){if(!j(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=xt(fe(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}// @__NO_SIDE_EFFECTS__
function Dt(e){return/* @__PURE__ */ Ot(e)?/* @__PURE__ */ Dt(e.__v_raw):!!(e&&e.__v_isReactive)}// @__NO_SIDE_EFFECTS__
function Ot(e){return!!(e&&e.__v_isReadonly)}// @__NO_SIDE_EFFECTS__
function kt(e){return!!(e&&e.__v_isShallow)}// @__NO_SIDE_EFFECTS__
function At(e){return e?!!e.__v_raw:!1}// @__NO_SIDE_EFFECTS__
function jt(e){let t=e&&e.__v_raw;return t?/* @__PURE__ */ jt(t):e}function Mt(e){return!O(e,`__v_skip`)&&Object.isExtensible(e)&&Te(e,`__v_skip`,!0),e}// @__NO_SIDE_EFFECTS__
function Nt(e){return e?e.__v_isRef===!0:!1}// @__NO_SIDE_EFFECTS__
function N(e){return Ft(e,!1)}// @__NO_SIDE_EFFECTS__
function Pt(e){return Ft(e,!0)}function Ft(e,t){return/* @__PURE__ */ Nt(e)?e:new Fn(e,t)}function It(e){e.dep&&e.dep.trigger()}function P(e){return/* @__PURE__ */ Nt(e)?e.value:e}function Lt(e){return A(e)?e():P(e)}function Rt(e){return/* @__PURE__ */ Dt(e)?e:new Proxy(e,In)}function zt(e){return new Ln(e)}// @__NO_SIDE_EFFECTS__
function Bt(e){let t=k(e)?Array(e.length):{};for(let n in e)t[n]=Ht(e,n);return t}// @__NO_SIDE_EFFECTS__
function Vt(e,t,n){return/* @__PURE__ */ Nt(e)?e:A(e)?new zn(e):j(e)&&arguments.length>1?Ht(e,t,n):/* @__PURE__ */ N(e)}function Ht(e,t,n){return new Rn(e,t,n)}// @__NO_SIDE_EFFECTS__
function Ut(e,t,n=!1){let r,i;return A(e)?r=e:(r=e.get,i=e.set),new Bn(r,i,n)}function Wt(){return Gn}function Gt(e,t=!1,n=Gn){if(n){let t=Wn.get(n);t||Wn.set(n,t=[]),t.push(e)}}function Kt(e,t,n=S){let{immediate:r,deep:i,once:a,scheduler:o,augmentJob:s,call:c}=n,l=e=>i?e:/* @__PURE__ */ kt(e)||i===!1||i===0?qt(e,1):qt(e),u,d,f,p,m=!1,h=!1;if(/* @__PURE__ */ Nt(e)?(d=()=>e.value,m=/* @__PURE__ */ kt(e)):/* @__PURE__ */ Dt(e)?(d=()=>l(e),m=!0):k(e)?(h=!0,m=e.some(e=>/* @__PURE__ */ Dt(e)||/* @__PURE__ */ kt(e)),d=()=>e.map(e=>{if(/* @__PURE__ */ Nt(e))return e.value;if(/* @__PURE__ */ Dt(e))return l(e);if(A(e))return c?c(e,2):e()})):d=A(e)?t?c?()=>c(e,2):e:()=>{if(f){et();try{f()}finally{tt()}}let t=Gn;Gn=u;try{return c?c(e,3,[p]):e(p)}finally{Gn=t}}:w,t&&i){let e=d,t=i===!0?1/0:i;d=()=>qt(e(),t)}let g=Ve(),_=()=>{u.stop(),g&&g.active&&te(g.effects,u)};if(a&&t){let e=t;t=(...t)=>{try{return e(...t)}finally{_()}}}let v=h?Array(e.length).fill(Un):Un,y=e=>{if(u.flags&1&&(u.dirty||e)){if(t){let n=u.run();if(e||i||m||(h?n.some((e,t)=>Ce(e,v[t])):Ce(n,v))){let e=Gn;et();try{f&&f(),Gn=u;let e=[n,v===Un?void 0:h&&v[0]===Un?[]:v,p];v=n,c?c(t,3,e):t(...e)}finally{Gn=e,tt()}}}else u.run()}};return s&&s(y),u=new Qt(d),u.scheduler=o?()=>o(y,!1):y,p=e=>Gt(e,!1,u),f=u.onStop=()=>{let e=Wn.get(u);if(e){if(c)c(e,4);else for(let t of e)t();Wn.delete(u)}},t?r?y(!0):v=u.run():o?o(y.bind(null,!0),!0):u.run(),_.pause=u.pause.bind(u),_.resume=u.resume.bind(u),_.stop=_,_}function qt(e,t=1/0,n){if(t<=0||!j(e)||e.__v_skip||(n||=/* @__PURE__ */ new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,/* @__PURE__ */ Nt(e))qt(e.value,t,n);else if(k(e))for(let r=0;r<e.length;r++)qt(e[r],t,n);else if(ie(e)||re(e))e.forEach(e=>{qt(e,t,n)});else if(pe(e)){for(let r in e)qt(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&qt(e[r],t,n)}return e}var Jt,Yt,Xt,Zt,Qt,$t,en,tn,nn,rn,an,on,sn,cn,ln,un,dn,fn,pn,mn,hn,gn,_n,vn,yn,bn,xn,Sn,Cn,wn,Tn,En,Dn,On,kn,An,jn,Mn,Nn,Pn,Fn,In,Ln,Rn,zn,Bn,Vn,Hn,Un,Wn,Gn,Kn=t((()=>{ze(),Yt=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&Jt&&(Jt.active?(this.parent=Jt,this.index=(Jt.scopes||(Jt.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=Jt;try{return Jt=this,e()}finally{Jt=t}}}on(){++this._on===1&&(this.prevScope=Jt,Jt=this)}off(){if(this._on>0&&--this._on===0){if(Jt===this)Jt=this.prevScope;else{let e=Jt;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}},Zt=/* @__PURE__ */ new WeakSet,Qt=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,Jt&&(Jt.active?Jt.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Zt.has(this)&&(Zt.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Ue(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,nt(this),Ke(this);let e=Xt,t=nn;Xt=this,nn=!0;try{return this.fn()}finally{qe(this),Xt=e,nn=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Xe(e);this.deps=this.depsTail=void 0,nt(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Zt.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){Je(this)&&this.run()}get dirty(){return Je(this)}},$t=0,nn=!0,rn=[],an=0,on=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},sn=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!Xt||!nn||Xt===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==Xt)t=this.activeLink=new on(Xt,this),Xt.deps?(t.prevDep=Xt.depsTail,Xt.depsTail.nextDep=t,Xt.depsTail=t):Xt.deps=Xt.depsTail=t,rt(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=Xt.depsTail,t.nextDep=void 0,Xt.depsTail.nextDep=t,Xt.depsTail=t,Xt.deps===t&&(Xt.deps=e)}return t}trigger(e){this.version++,an++,this.notify(e)}notify(e){We();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Ge()}}},cn=/* @__PURE__ */ new WeakMap,ln=/* @__PURE__ */ Symbol(``),un=/* @__PURE__ */ Symbol(``),dn=/* @__PURE__ */ Symbol(``),fn={__proto__:null,[Symbol.iterator](){return ut(this,Symbol.iterator,e=>lt(this,e))},concat(...e){return st(this).concat(...e.map(e=>k(e)?st(e):e))},entries(){return ut(this,`entries`,e=>(e[1]=lt(this,e[1]),e))},every(e,t){return ft(this,`every`,e,t,void 0,arguments)},filter(e,t){return ft(this,`filter`,e,t,e=>e.map(e=>lt(this,e)),arguments)},find(e,t){return ft(this,`find`,e,t,e=>lt(this,e),arguments)},findIndex(e,t){return ft(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return ft(this,`findLast`,e,t,e=>lt(this,e),arguments)},findLastIndex(e,t){return ft(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return ft(this,`forEach`,e,t,void 0,arguments)},includes(...e){return mt(this,`includes`,e)},indexOf(...e){return mt(this,`indexOf`,e)},join(e){return st(this).join(e)},lastIndexOf(...e){return mt(this,`lastIndexOf`,e)},map(e,t){return ft(this,`map`,e,t,void 0,arguments)},pop(){return ht(this,`pop`)},push(...e){return ht(this,`push`,e)},reduce(e,...t){return pt(this,`reduce`,e,t)},reduceRight(e,...t){return pt(this,`reduceRight`,e,t)},shift(){return ht(this,`shift`)},some(e,t){return ft(this,`some`,e,t,void 0,arguments)},splice(...e){return ht(this,`splice`,e)},toReversed(){return st(this).toReversed()},toSorted(e){return st(this).toSorted(e)},toSpliced(...e){return st(this).toSpliced(...e)},unshift(...e){return ht(this,`unshift`,e)},values(){return ut(this,`values`,e=>lt(this,e))}},pn=Array.prototype,mn=/* @__PURE__ */ l(`__proto__,__v_isRef,__isVue`),hn=/* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(ce)),gn=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Mn:jn:i?An:kn).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=k(e);if(!r){let e;if(a&&(e=fn[t]))return e;if(t===`hasOwnProperty`)return gt}let o=Reflect.get(e,t,/* @__PURE__ */ Nt(e)?e:n);if((ce(t)?hn.has(t):mn(t))||(r||it(e,`get`,t),i))return o;if(/* @__PURE__ */ Nt(o)){let e=a&&me(t)?o:o.value;return r&&j(e)?/* @__PURE__ */ wt(e):e}return j(o)?r?/* @__PURE__ */ wt(o):/* @__PURE__ */ St(o):o}},_n=class extends gn{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=k(e)&&me(t);if(!this._isShallow){let e=/* @__PURE__ */ Ot(i);if(!/* @__PURE__ */ kt(n)&&!/* @__PURE__ */ Ot(n)&&(i=/* @__PURE__ */ jt(i),n=/* @__PURE__ */ jt(n)),!a&&/* @__PURE__ */ Nt(i)&&!/* @__PURE__ */ Nt(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:O(e,t),s=Reflect.set(e,t,n,/* @__PURE__ */ Nt(e)?e:r);return e===/* @__PURE__ */ jt(r)&&s&&(o?Ce(n,i)&&at(e,`set`,t,n,i):at(e,`add`,t,n)),s}deleteProperty(e,t){let n=O(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&at(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return ce(t)&&hn.has(t)||it(e,`has`,t),n}ownKeys(e){return it(e,`iterate`,k(e)?`length`:ln),Reflect.ownKeys(e)}},vn=class extends gn{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},yn=/* @__PURE__ */ new _n,bn=/* @__PURE__ */ new vn,xn=/* @__PURE__ */ new _n(!0),Sn=/* @__PURE__ */ new vn(!0),Cn=e=>e,wn=e=>Reflect.getPrototypeOf(e),Tn={get:/* @__PURE__ */ bt(!1,!1)},En={get:/* @__PURE__ */ bt(!1,!0)},Dn={get:/* @__PURE__ */ bt(!0,!1)},On={get:/* @__PURE__ */ bt(!0,!0)},kn=/* @__PURE__ */ new WeakMap,An=/* @__PURE__ */ new WeakMap,jn=/* @__PURE__ */ new WeakMap,Mn=/* @__PURE__ */ new WeakMap,Nn=e=>j(e)?/* @__PURE__ */ St(e):e,Pn=e=>j(e)?/* @__PURE__ */ wt(e):e,Fn=class{constructor(e,t){this.dep=new sn,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:/* @__PURE__ */ jt(e),this._value=t?e:Nn(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||/* @__PURE__ */ kt(e)||/* @__PURE__ */ Ot(e);e=n?e:/* @__PURE__ */ jt(e),Ce(e,t)&&(this._rawValue=e,this._value=n?e:Nn(e),this.dep.trigger())}},In={get:(e,t,n)=>t===`__v_raw`?e:P(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return/* @__PURE__ */ Nt(i)&&!/* @__PURE__ */ Nt(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}},Ln=class{constructor(e){this.__v_isRef=!0,this._value=void 0;let t=this.dep=new sn,{get:n,set:r}=e(t.track.bind(t),t.trigger.bind(t));this._get=n,this._set=r}get value(){return this._value=this._get()}set value(e){this._set(e)}},Rn=class{constructor(e,t,n){this._object=e,this._defaultValue=n,this.__v_isRef=!0,this._value=void 0,this._key=ce(t)?t:String(t),this._raw=/* @__PURE__ */ jt(e);let r=!0,i=e;if(!k(e)||ce(this._key)||!me(this._key))do r=!/* @__PURE__ */ At(i)||/* @__PURE__ */ kt(i);while(r&&(i=i.__v_raw));this._shallow=r}get value(){let e=this._object[this._key];return this._shallow&&(e=P(e)),this._value=e===void 0?this._defaultValue:e}set value(e){if(this._shallow&&/* @__PURE__ */ Nt(this._raw[this._key])){let t=this._object[this._key];if(/* @__PURE__ */ Nt(t)){t.value=e;return}}this._object[this._key]=e}get dep(){return ot(this._raw,this._key)}},zn=class{constructor(e){this._getter=e,this.__v_isRef=!0,this.__v_isReadonly=!0,this._value=void 0}get value(){return this._value=this._getter()}},Bn=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new sn(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=an-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&Xt!==this)return Ue(this,!0),!0}get value(){let e=this.dep.track();return Ye(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}},Vn={GET:`get`,HAS:`has`,ITERATE:`iterate`},Hn={SET:`set`,ADD:`add`,DELETE:`delete`,CLEAR:`clear`},Un={},Wn=/* @__PURE__ */ new WeakMap,Gn=void 0}));function qn(e){po.push(e)}function Jn(){po.pop()}function Yn(e,t){}function Xn(e,t,n,r){try{return r?e(...r):e()}catch(e){Qn(e,t,n)}}function Zn(e,t,n,r){if(A(e)){let i=Xn(e,t,n,r);return i&&le(i)&&i.catch(e=>{Qn(e,t,n,void 0,!0)}),i}if(k(e)){let i=[];for(let a=0;a<e.length;a++)i.push(Zn(e[a],t,n,r));return i}}function Qn(e,t,n,r=!0,i=!1){let a=t?t.vnode:null,{errorHandler:o,throwUnhandledErrorInProduction:s}=t&&t.appContext.config||S;if(t){let r=t.parent,a=t.proxy,s=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!i||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,a,s)===!1)return}r=r.parent}if(o){et(),Xn(o,null,10,[e,a,s]),tt();return}}$n(e,n,a,r,s)}function $n(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}function er(e){let t=So||xo;return e?t.then(this?e.bind(this):e):t}function tr(e){let t=_o+1,n=go.length;for(;t<n;){let r=t+n>>>1,i=go[r],a=wo(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function nr(e){if(!(e.flags&1)){let t=wo(e),n=go[go.length-1];!n||!(e.flags&2)&&t>=wo(n)?go.push(e):go.splice(tr(t),0,e),e.flags|=1,rr()}}function rr(){So||=xo.then(cr)}function ir(e){if(!k(e))yo&&e.id===-1?yo.splice(bo+1,0,e):e.flags&1||(vo.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)vo.push(e[t]);rr()}function ar(e,t,n,r=_o+1){for(;r<go.length;r++){let n=go[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;go.splice(r,1),r=e?r-1:_o,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function or(e,t,n=0){if(vo.length){let e=vo,r=0;if(t){e=[];for(let i=0;i<vo.length;i++){let a=vo[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?vo[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>wo(e)-wo(t));if(vo.length=r,yo){for(let e=0;e<i.length;e++)yo.push(i[e]);return}for(yo=i,bo=0;bo<yo.length;bo++){let e=yo[bo];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}yo=null,bo=0}}function sr(e,t){if(Co){e();return}let n=t===void 0?void 0:new Set(vo);e(),Co=!0;try{ar(void 0,t),or(void 0,n,t)}finally{Co=!1}}function cr(e){try{for(_o=0;_o<go.length;_o++){let e=go[_o];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),Xn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;_o<go.length;_o++){let e=go[_o];e&&(e.flags&=-2)}_o=-1,go.length=0,or(e),So=null,(go.length||vo.length)&&cr(e)}}function lr(e,t){To=e,To?(To.enabled=!0,Eo.forEach(({event:e,args:t})=>To.emit(e,...t)),Eo=[]):typeof window<`u`&&window.HTMLElement&&!(window.navigator?.userAgent)?.includes(`jsdom`)?((t.__VUE_DEVTOOLS_HOOK_REPLAY__=t.__VUE_DEVTOOLS_HOOK_REPLAY__||[]).push(e=>{lr(e,t)}),setTimeout(()=>{To||(t.__VUE_DEVTOOLS_HOOK_REPLAY__=null,Eo=[])},3e3)):Eo=[]}function ur(e){let t=Do;return Do=e,Oo=e&&e.type.__scopeId||null,t}function dr(e){Oo=e}function fr(){Oo=null}function F(e,t=Do,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&La(-1);let i=ur(t),a=ac.length,o;try{o=e(...n)}finally{for(let e=ac.length;e>a;e--)Ia();ur(i),r._d&&La(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function pr(e,t){if(Do===null)return e;let n=ao(Do),r=e.dirs||=[];for(let e=0;e<t.length;e++){let[i,a,o,s=S]=t[e];i&&(A(i)&&(i={mounted:i,updated:i}),i.deep&&qt(a),r.push({dir:i,instance:n,value:a,oldValue:void 0,arg:o,modifiers:s}))}return e}function mr(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=D({},c,{oldValue:void 0}));let l=c.dir[r];l&&(et(),Zn(l,n,8,[e.el,c,i,t]),tt())}}function hr(e,t){if(fc){let n=fc.provides,r=fc.parent&&fc.parent.provides;r===n&&(n=fc.provides=Object.create(r)),n[e]=t}}function gr(e,t,n=!1){let r=pc();if(r||Ps){let i=Ps?Ps._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&A(t)?t.call(r&&r.proxy):t}}function _r(){return!!(pc()||Ps)}function vr(e,t){return Sr(e,null,t)}function yr(e,t){return Sr(e,null,{flush:`post`})}function br(e,t){return Sr(e,null,{flush:`sync`})}function xr(e,t,n){return Sr(e,t,n)}function Sr(e,t,n=S){let{immediate:r,deep:i,flush:a,once:o}=n,s=D({},n),c=t&&r||!t&&a!==`post`,l;if(vc){if(a===`sync`){let e=jo();l=e.__watcherHandles||=[]}else if(!c){let e=()=>{};return e.stop=w,e.resume=w,e.pause=w,e}}let u=fc;s.call=(e,t,n)=>Zn(e,u,t,n);let d=!1;a===`post`?s.scheduler=e=>{e.i=u,Zs(e,u&&u.suspense)}:a!==`sync`&&(d=!0,s.scheduler=(e,t)=>{t?e():nr(e)}),s.augmentJob=e=>{t&&(e.flags|=4),d&&(e.flags|=2,u&&(e.id=u.uid,e.i=u))};let f=Kt(e,t,s);return vc&&(l?l.push(f):c&&f()),f}function Cr(e,t,n){let r=this.proxy,i=se(e)?e.includes(`.`)?wr(r,e):()=>r[e]:e.bind(r,r),a;A(t)?a=t:(a=t.handler,n=t);let o=gc(this),s=Sr(i,a.bind(r),n);return o(),s}function wr(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}function Tr(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Mo.has(e)&&(!d||Fo(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function Er(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=zo(t.props,c),h=Fo(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||Or(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||Or(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),Dr(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}function Dr(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function Or(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[No]=o,e&&(r(a,e,i),r(o,e,i)),o}function kr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:/* @__PURE__ */ new Map};return hs(()=>{e.isMounted=!0}),vs(()=>{e.isUnmounting=!0}),e}function Ar(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==rc){t=n;break}}return t}function jr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=/* @__PURE__ */ Object.create(null),n.set(t.type,r)),r}function Mr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:p,onLeaveCancelled:m,onBeforeAppear:h,onAppear:g,onAfterAppear:_,onAppearCancelled:v}=t,y=String(e.key),b=jr(n,e),x=(e,t)=>{e&&Zn(e,r,9,t)},S=(e,t)=>{let n=t[1];x(e,t),k(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},C={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=h||s;else return}t[Ho]&&t[Ho](!0);let a=b[y];if(a&&Ba(e,a)){let e=a.el[Ho];if(!e){let t=Lr(a);e=t&&t.el[Ho]}e&&e()}x(r,[t])},enter(t){if(b[y]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=g||c,a=_||l,o=v||u;else return}let s=!1;t[Uo]=e=>{s||(s=!0,x(e?o:a,[t]),C.delayedLeave&&C.delayedLeave(),t[Uo]=void 0)};let d=t[Uo].bind(null,!1);r?S(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[Uo]&&t[Uo](!0),n.isUnmounting)return r();x(d,[t]);let a=!1;t[Ho]=n=>{a||(a=!0,r(),x(n?m:p,[t]),t[Ho]=void 0,b[i]===e&&delete b[i])};let o=t[Ho].bind(null,!1);b[i]=e,f?S(f,[t,o]):o()},clone(e){let i=Mr(e,t,n,r);return i.afterLeave=()=>{C.afterLeave&&C.afterLeave()},i.delayLeave=(e,t,n)=>{C.delayLeave?C.delayLeave(e,t,n):n()},i.delayedLeave=()=>{C.delayedLeave&&C.delayedLeave()},i}};return C}function Nr(e){if(ds(e))return e=Wa(e),e.children=null,e}function Pr(e){if(!ds(e))return Po(e.type)&&e.children?Ar(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&A(n.default))return n.default()}}function Fr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Fr(Po(n.type)&&Pr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Fr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===W&&k(e.children)){let n=ta(e.children,!1);n&&Fr(n,t)}}function Ir(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===W?(o.patchFlag&128&&i++,r=r.concat(Ir(o.children,t,s))):(t||o.type!==rc)&&r.push(s==null?o:Wa(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function Lr(e){if(e.component)return Lr(e.component.subTree);if(e.type===W){let t=k(e.children)&&ta(e.children,!1);return t?Lr(t):void 0}if(e.type!==rc)return e}// @__NO_SIDE_EFFECTS__
function Rr(e,t){return A(e)?/* @__PURE__ */ D({name:e.name},t,{setup:e}):e}function zr(){let e=pc();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function Br(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Vr(e){let t=pc(),n=/* @__PURE__ */ Pt(null);if(t){let r=t.refs===S?t.refs={}:t.refs;Object.defineProperty(r,e,{enumerable:!0,get:()=>n.value,set:e=>n.value=e})}return n}function Hr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}function Ur(e,t,n,r,i=!1){if(k(e)){e.forEach((e,a)=>Ur(e,t&&(k(t)?t[a]:t),n,r,i));return}if(us(r)&&!i){r.shapeFlag&512&&r.type.__asyncResolved&&r.component.subTree.component&&Ur(e,t,n,r.component.subTree);return}let a=r.shapeFlag&4?ao(r.component):r.el,o=i?null:a,{i:s,r:c}=e,l=t&&t.r,u=s.refs===S?s.refs={}:s.refs,d=s.setupState,f=/* @__PURE__ */ jt(d),p=d===S?ee:e=>!Hr(u,e)&&O(f,e),m=(e,t)=>!(t&&Hr(u,t));if(l!=null&&l!==c){if(Wr(t),se(l))u[l]=null,p(l)&&(d[l]=null);else if(/* @__PURE__ */ Nt(l)){let e=t;m(l,e.k)&&(l.value=null),e.k&&(u[e.k]=null)}}if(A(c))Xn(c,s,12,[o,u]);else{let t=se(c),r=/* @__PURE__ */ Nt(c);if(t||r){let s=()=>{if(e.f){let n=t?p(c)?d[c]:u[c]:m(c)||!e.k?c.value:u[e.k];if(i)k(n)&&te(n,a);else if(k(n))n.includes(a)||n.push(a);else if(t)u[c]=[a],p(c)&&(d[c]=u[c]);else{let t=[a];m(c,e.k)&&(c.value=t),e.k&&(u[e.k]=t)}}else t?(u[c]=o,p(c)&&(d[c]=o)):r&&(m(c,e.k)&&(c.value=o),e.k&&(u[e.k]=o))};if(o){let t=()=>{s(),Jo.delete(e)};t.id=-1,Jo.set(e,t),Zs(t,n)}else Wr(e),s()}}}function Wr(e){let t=Jo.get(e);t&&(t.flags|=8,Jo.delete(e))}function Gr(e){let{mt:t,p:n,o:{patchProp:r,createText:i,nextSibling:a,parentNode:o,remove:s,insert:c,createComment:l}}=e,u=(e,t)=>{t.hasChildNodes()?(d(t.firstChild,e,null,null,null),or(),t._vnode=e):(n(null,e,t),or(),t._vnode=e)},d=(n,r,s,l,u,y=!1)=>{y||=!!r.dynamicChildren;let b=es(n)&&n.data===`[`,x=()=>h(n,r,s,l,u,b),{type:S,ref:C,shapeFlag:w,patchFlag:ee}=r,T=n.nodeType;r.el=n,ee===-2&&(y=!1,r.dynamicChildren=null);let E=null;switch(S){case nc:T===3?(n.data!==r.children&&(Xo(),n.data=r.children),E=a(n)):r.children===``?(c(r.el=i(``),o(n),n),E=n):E=x();break;case rc:v(n)?(E=a(n),_(r.el=n.content.firstChild,n,s)):E=T!==8||b?x():a(n);break;case ic:if(b&&(n=a(n),T=n.nodeType),T===1||T===3){E=n;let e=!r.children.length;for(let t=0;t<r.staticCount;t++)e&&(r.children+=E.nodeType===1?E.outerHTML:E.data),t===r.staticCount-1&&(r.anchor=E),E=a(E);return b?a(E):E}x();break;case W:E=b?m(n,r,s,l,u,y):x();break;default:if(w&1)E=(T!==1||r.type.toLowerCase()!==n.tagName.toLowerCase())&&!v(n)?x():f(n,r,s,l,u,y);else if(w&6){r.slotScopeIds=u;let e=o(n);if(E=b?g(n):es(n)&&n.data===`teleport start`?g(n,n.data,`teleport end`):a(n),t(r,e,null,s,l,$o(e),y),(us(r)||r.component.asyncDep)&&!r.component.subTree){let t;b?(t=G(ic),t.anchor=E?E.previousSibling:e.lastChild):t=n.nodeType===3?V(``):G(n.nodeType===8?rc:`div`),t.el=n,r.component.subTree=t}}else w&64?E=T===8?r.type.hydrate(n,r,s,l,u,y,e,p):x():w&128&&(E=r.type.hydrate(n,r,s,l,$o(o(n)),u,y,e,d))}return C!=null&&Ur(C,null,l,r),E},f=(e,t,n,i,a,o)=>{o||=!!t.dynamicChildren;let{type:c,dynamicProps:l,props:u,patchFlag:d,shapeFlag:f,dirs:m,transition:h}=t,g=c===`input`||c===`option`,y=!!l;if(g||y||d!==-1){m&&mr(t,null,n,`created`);let c=!1;if(v(e)){c=_a(null,h)&&n&&n.vnode.props&&n.vnode.props.appear;let r=e.content.firstChild;if(c){let e=r.getAttribute(`class`);e&&(r.$cls=e),h.beforeEnter(r)}_(r,e,n),t.el=e=r}if(f&16&&!(u&&(u.innerHTML||u.textContent))){let r=p(e.firstChild,t,e,n,i,a,o);for(r&&!qr(e,1)&&Xo();r;){let e=r;r=r.nextSibling,s(e)}}else if(f&8){let n=t.children;n[0]===`
`&&(e.tagName===`PRE`||e.tagName===`TEXTAREA`)&&(n=n.slice(1));let{textContent:r}=e;r!==n&&r!==n.replace(/\r\n|\r/g,`
`)&&(qr(e,0)||Xo(),e.textContent=t.children)}if(u){if(g||y||!o||d&48){let t=e.tagName.includes(`-`),i=e.namespaceURI.includes(`svg`)?`svg`:e.namespaceURI.includes(`MathML`)?`mathml`:void 0;for(let a in u)if(g&&(a.endsWith(`value`)||a===`indeterminate`)||T(a)&&!he(a)||a[0]===`.`||t&&!he(a)||l&&l.includes(a)){if(Kr(e,a,u[a]))continue;r(e,a,null,u[a],i,n)}}else if(u.onClick)r(e,`onClick`,null,u.onClick,void 0,n);else if(d&4&&/* @__PURE__ */ Dt(u.style))for(let e in u.style)u.style[e]}let b;(b=u&&u.onVnodeBeforeMount)&&Ya(b,n,t),m&&mr(t,null,n,`beforeMount`),((b=u&&u.onVnodeMounted)||m||c)&&Na(()=>{b&&Ya(b,n,t),c&&h.enter(e),m&&mr(t,null,n,`mounted`)},i)}return e.nextSibling},p=(e,t,r,o,s,l,u)=>{u||=!!t.dynamicChildren;let f=t.children,p=f.length,m=!1;for(let t=0;t<p;t++){let h=u?f[t]:f[t]=Ka(f[t]),g=h.type===nc;e?(g&&!u&&t+1<p&&Ka(f[t+1]).type===nc&&(c(i(e.data.slice(h.children.length)),r,a(e)),e.data=h.children),e=d(e,h,o,s,l,u)):g&&!h.children?c(h.el=i(``),r):(m||(m=!0,qr(r,1)||Xo()),n(null,h,r,null,o,s,$o(r),l))}return e},m=(e,t,n,r,i,s)=>{let{slotScopeIds:u}=t;u&&(i=i?i.concat(u):u);let d=o(e),f=p(a(e),t,d,n,r,i,s);return f&&es(f)&&f.data===`]`?a(t.anchor=f):(Xo(),c(t.anchor=l(`]`),d,f),f)},h=(e,t,r,i,c,l)=>{if(Yr(e,t)||Xo(),t.el=null,l){let t=g(e);for(;;){let n=a(e);if(n&&n!==t)s(n);else break}}let u=a(e),d=o(e);return s(e),n(null,t,d,u,r,i,$o(d),c),r&&r.vnode.el===e&&(r.vnode.el=t.el,aa(r,t.el)),u},g=(e,t=`[`,n=`]`)=>{let r=0;for(;e;)if(e=a(e),e&&es(e)&&(e.data===t&&r++,e.data===n)){if(r===0)return a(e);r--}return e},_=(e,t,n)=>{let r=t.parentNode;r&&r.replaceChild(e,t);let i=n;for(;i;)i.vnode.el===t&&(i.vnode.el=i.subTree.el=e),i=i.parent},v=e=>e.nodeType===1&&e.tagName===`TEMPLATE`;return[u,d]}function Kr(e,t,n){return ts.has(t)?e.getAttribute(t)===(n==null?null:`${n}`):!1}function qr(e,t){if(t===0||t===1)for(;e&&!e.hasAttribute(ns);)e=e.parentElement;return Jr(e&&e.getAttribute(ns),t)}function Jr(e,t){if(e==null)return!1;if(e===``)return!0;{let n=e.split(`,`);return t===0&&n.includes(`children`)?!0:n.includes(rs[t])}}function Yr(e,t){return qr(e.parentElement,1)||Xr(e)||Zr(t)}function Xr(e){return e.nodeType===1&&Jr(e.getAttribute(ns),1)}function Zr({props:e}){let t=e&&e[ns];return typeof t==`string`&&Jr(t,1)}function Qr(e){let{top:t,left:n,bottom:r,right:i}=e.getBoundingClientRect(),{innerHeight:a,innerWidth:o}=window;return(t>0&&t<a||r>0&&r<a)&&(n>0&&n<o||i>0&&i<o)}function $r(e,t){if(es(e)&&e.data===`[`){let n=1,r=e.nextSibling;for(;r;){if(r.nodeType===1){if(t(r)===!1)break}else if(es(r)){if(r.data===`]`){if(--n===0)break}else r.data===`[`&&n++}r=r.nextSibling}}else t(e)}// @__NO_SIDE_EFFECTS__
function ei(e){A(e)&&(e={loader:e});let{loader:t,loadingComponent:n,errorComponent:r,delay:i=200,hydrate:a,timeout:o,suspensible:s=!0,onError:c}=e,l=null,u,d=0,f=()=>(d++,l=null,p()),p=()=>{let e;return l||(e=l=t().catch(e=>{if(e=e instanceof Error?e:Error(String(e)),c)return new Promise((t,n)=>{c(e,()=>t(f()),()=>n(e),d+1)});throw e}).then(t=>e!==l&&l?l:(t&&(t.__esModule||t[Symbol.toStringTag]===`Module`)&&(t=t.default),u=t,t)))};return/* @__PURE__ */ Rr({name:`AsyncComponentWrapper`,__asyncLoader:p,__asyncHydrate(e,t,n){let r=e.isConnected,i=!1;(t.bu||=[]).push(()=>i=!0);let o=()=>{i||!e.parentNode||r&&!e.isConnected||n()},s=a?()=>{let n=a(o,t=>$r(e,t));n&&(t.bum||=[]).push(n)}:o;u?s():p().then(()=>!t.isUnmounted&&s())},get __asyncResolved(){return u},setup(){let e=fc;if(Br(e),u)return()=>ti(u,e);let t=t=>{l=null,Qn(t,e,13,!r,!0)};if(s&&e.suspense||vc)return p().then(t=>()=>ti(t,e)).catch(e=>(t(e),()=>r?G(r,{error:e}):null));let a=/* @__PURE__ */ N(!1),c=/* @__PURE__ */ N(),d=/* @__PURE__ */ N(!!i),f,m;return He(()=>{f!=null&&clearTimeout(f),m!=null&&clearTimeout(m)}),i&&(m=setTimeout(()=>{e.isUnmounted||(d.value=!1)},i)),o!=null&&(f=setTimeout(()=>{if(!e.isUnmounted&&!a.value&&!c.value){let e=/* @__PURE__ */ Error(`Async component timed out after ${o}ms.`);t(e),c.value=e}},o)),p().then(()=>{e.isUnmounted||(a.value=!0,e.parent&&ds(e.parent.vnode)&&e.parent.update())}).catch(n=>{e.isUnmounted?l=null:(t(n),c.value=n)}),()=>{if(a.value&&u)return ti(u,e);if(c.value&&r)return G(r,{error:c.value});if(n&&!d.value)return ti(n,e)}}})}function ti(e,t){let{ref:n,props:r,children:i,ce:a}=t.vnode,o=G(e,r,i);return o.ref=n,o.ce=a,delete t.vnode.ce,o}function ni(e,t){return k(e)?e.some(e=>ni(e,t)):se(e)?e.split(`,`).includes(t):oe(e)?(e.lastIndex=0,e.test(t)):!1}function ri(e,t){ai(e,`a`,t)}function ii(e,t){ai(e,`da`,t)}function ai(e,t,n=fc){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(li(t,r,n),n){let e=n.parent;for(;e&&e.parent;)ds(e.parent.vnode)&&oi(r,t,n,e),e=e.parent}}function oi(e,t,n,r){let i=li(t,e,r,!0),a=li(`um`,()=>te(r[t],i),n);a.flags=16}function si(e){e.shapeFlag&=-257,e.shapeFlag&=-513}function ci(e){return e.shapeFlag&128?e.ssContent:e}function li(e,t,n=fc,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{et();let i=gc(n),a=Zn(t,n,e,r);return i(),tt(),a};return r?i.unshift(a):i.push(a),a}}function ui(e,t=fc){li(`ec`,e,t)}function di(e,t){return mi(Cs,e,!0,t)||e}function fi(e){return se(e)?mi(Cs,e,!1)||e:e||Ts}function pi(e){return mi(ws,e)}function mi(e,t,n=!0,r=!1){let i=Do||fc;if(i){let n=i.type;if(e===Cs){let e=oo(n,!1);if(e&&(e===t||e===ve(t)||e===xe(ve(t))))return n}let a=hi(i[e]||n[e],t)||hi(i.appContext[e],t);return!a&&r?n:a}}function hi(e,t){return e&&(e[t]||e[ve(t)]||e[xe(ve(t))])}function gi(e,t,n,r){let i,a=n&&n[r],o=k(e);if(o||se(e)){let n=o&&/* @__PURE__ */ Dt(e),r=!1,s=!1;n&&(r=!/* @__PURE__ */ kt(e),s=/* @__PURE__ */ Ot(e),e=ct(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?Pn(Nn(e[n])):Nn(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(j(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function _i(e,t){for(let n=0;n<t.length;n++){let r=t[n];if(k(r))for(let t=0;t<r.length;t++)e[r[t].name]=r[t].fn;else r&&(e[r.name]=r.key?(...e)=>{let t=r.fn(...e);return t&&(t.key=r.key),t}:r.fn)}return e}function I(e,t,n,r,i,a){if(n??={},Do.ce||Do.parent&&us(Do.parent)&&Do.parent.ce){let e=a!=null&&n.key==null?D({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),L(),z(W,null,[G(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=ac.length;L();let c;try{let i=o&&vi(o(n)),s=n.key||a||i&&i.key;c=z(W,{key:(s&&!ce(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=ac.length;e>s;e--)Ia();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function vi(e){return e.some(e=>!za(e)||!(e.type===rc||e.type===W&&!vi(e.children)))?e:null}function yi(e,t){let n={};for(let r in e)n[t&&/[A-Z]/.test(r)?`on:${r}`:Se(r)]=e[r];return n}function bi(){return null}function xi(){return null}function Si(e){}function Ci(e){}function wi(){return null}function Ti(){}function Ei(e,t){return null}function Di(){return ki(`useSlots`).slots}function Oi(){return ki(`useAttrs`).attrs}function ki(e){let t=pc();return t.setupContext||=io(t)}function Ai(e){return k(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}function ji(e,t){let n=Ai(e);for(let e in t){if(e.startsWith(`__skip`))continue;let r=n[e];r?k(r)||A(r)?r=n[e]={type:r,default:t[e]}:r.default=t[e]:r===null&&(r=n[e]={default:t[e]}),r&&t[`__skip_${e}`]&&(r.skipFactory=!0)}return n}function Mi(e,t){return!e||!t?e||t:k(e)&&k(t)?e.concat(t):D({},Ai(e),Ai(t))}function Ni(e,t){let n={};for(let r in e)t.includes(r)||Object.defineProperty(n,r,{enumerable:!0,get:()=>e[r]});return n}function Pi(e){let t=pc(),n=vc,r=e();_c(),n&&hc(!1);let i=()=>{gc(t),n&&hc(!0)},a=()=>{pc()!==t&&t.scope.off(),_c(),n&&hc(!1)};return le(r)&&(r=r.catch(e=>{throw i(),Promise.resolve().then(()=>Promise.resolve().then(a)),e})),[r,()=>{i(),Promise.resolve().then(a)}]}function Fi(e){let t=zi(e),n=e.proxy,r=e.ctx;js=!1,t.beforeCreate&&Li(t.beforeCreate,e,`bc`);let{data:i,computed:a,methods:o,watch:s,provide:c,inject:l,created:u,beforeMount:d,mounted:f,beforeUpdate:p,updated:m,activated:h,deactivated:g,beforeDestroy:_,beforeUnmount:v,destroyed:y,unmounted:b,render:x,renderTracked:S,renderTriggered:C,errorCaptured:ee,serverPrefetch:T,expose:E,inheritAttrs:D,components:te,directives:ne,filters:O}=t;if(l&&Ii(l,r,null),o)for(let e in o){let t=o[e];A(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);j(t)&&(e.data=/* @__PURE__ */ St(t))}if(js=!0,a)for(let e in a){let t=a[e],i=A(t)?t.bind(n,n):A(t.get)?t.get.bind(n,n):w,o=!A(t)&&A(t.set)?t.set.bind(n):w,s=K({get:i,set:o});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>s.value,set:e=>s.value=e})}if(s)for(let e in s)Ri(s[e],r,n,e);if(c){let e=A(c)?c.call(n):c;Reflect.ownKeys(e).forEach(t=>{hr(t,e[t])})}u&&Li(u,e,`c`);function re(e,t){k(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(re(ms,d),re(hs,f),re(gs,p),re(_s,m),re(ri,h),re(ii,g),re(ui,ee),re(Ss,S),re(xs,C),re(vs,v),re(ys,b),re(bs,T),k(E)){if(E.length){let t=e.exposed||={};E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}x&&e.render===w&&(e.render=x),D!=null&&(e.inheritAttrs=D),te&&(e.components=te),ne&&(e.directives=ne),T&&Br(e)}function Ii(e,t,n=w){k(e)&&(e=Ui(e));for(let n in e){let r=e[n],i;i=j(r)?`default`in r?gr(r.from||n,r.default,!0):gr(r.from||n):gr(r),/* @__PURE__ */ Nt(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function Li(e,t,n){Zn(k(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function Ri(e,t,n,r){let i=r.includes(`.`)?wr(n,r):()=>n[r];if(se(e)){let n=t[e];A(n)&&xr(i,n)}else if(A(e))xr(i,e.bind(n));else if(j(e)){if(k(e))e.forEach(e=>Ri(e,t,n,r));else{let r=A(e.handler)?e.handler.bind(n):t[e.handler];A(r)&&xr(i,r,e)}}}function zi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>Bi(c,e,o,!0)),Bi(c,t,o)),j(t)&&a.set(t,c),c}function Bi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&Bi(e,a,n,!0),i&&i.forEach(t=>Bi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=Ms[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}function Vi(e,t){return t?e?function(){return D(A(e)?e.call(this,this):e,A(t)?t.call(this,this):t)}:t:e}function Hi(e,t){return Gi(Ui(e),Ui(t))}function Ui(e){if(k(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function Wi(e,t){return e?[...new Set([].concat(e,t))]:t}function Gi(e,t){return e?D(/* @__PURE__ */ Object.create(null),e,t):t}function Ki(e,t){return e?k(e)&&k(t)?[.../* @__PURE__ */ new Set([...e,...t])]:D(/* @__PURE__ */ Object.create(null),Ai(e),Ai(t??{})):t}function qi(e,t){if(!e)return t;if(!t)return e;let n=D(/* @__PURE__ */ Object.create(null),e);for(let r in t)n[r]=Wi(e[r],t[r]);return n}function Ji(){return{app:null,config:{isNativeTag:ee,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:/* @__PURE__ */ Object.create(null),optionsCache:/* @__PURE__ */ new WeakMap,propsCache:/* @__PURE__ */ new WeakMap,emitsCache:/* @__PURE__ */ new WeakMap}}function Yi(e,t){return function(n,r=null){A(n)||(n=D({},n)),r!=null&&!j(r)&&(r=null);let i=Ji(),a=/* @__PURE__ */ new WeakSet,o=[],s=!1,c=i.app={_uid:Ns++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:wc,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&A(e.install)?(a.add(e),e.install(c,...t)):A(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||G(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,ao(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(Zn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=Ps;Ps=c;try{return e()}finally{Ps=t}}};return c}}function Xi(e,t,n=S){let r=pc(),i=ve(t),a=be(t),o=Fs(e,i),s=zt((o,s)=>{let c,l=S,u;return br(()=>{let t=e[i];Ce(c,t)&&(c=t,s())}),{get(){return o(),n.get?n.get(c):c},set(e){let o=n.set?n.set(e):e;if(!Ce(o,c)&&!(l!==S&&Ce(e,l)))return;let d=r.vnode.props,f=!!(d&&(t in d||i in d||a in d)&&(`onUpdate:${t}`in d||`onUpdate:${i}`in d||`onUpdate:${a}`in d));f||(c=e,s()),r.emit(`update:${t}`,o),Ce(e,l)&&(Ce(e,o)&&!Ce(o,u)||f&&l!==S&&!Ce(o,c))&&s(),l=e,u=o}}});return s[Symbol.iterator]=()=>{let e=0;return{next(){return e<2?{value:e++?o||S:s,done:!1}:{done:!0}}}},s}function Zi(e,t,...n){if(e.isUnmounted)return;let r=e.vnode.props||S,i=n,a=t.startsWith(`update:`),o=a&&Fs(r,t.slice(7));o&&(o.trim&&(i=n.map(e=>se(e)?e.trim():e)),o.number&&(i=i.map(Ee)));let s,c=r[s=Se(t)]||r[s=Se(ve(t))];!c&&a&&(c=r[s=Se(be(t))]),c&&Zn(c,e,6,i);let l=r[s+`Once`];if(l){if(!e.emitted)e.emitted={};else if(e.emitted[s])return;e.emitted[s]=!0,Zn(l,e,6,i)}}function Qi(e,t,n=!1){let r=n?Is:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!A(e)){let r=e=>{let n=Qi(e,t,!0);n&&(s=!0,D(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(j(e)&&r.set(e,null),null):(k(a)?a.forEach(e=>o[e]=null):D(o,a),j(e)&&r.set(e,o),o)}function $i(e,t){return!e||!T(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),O(e,t[0].toLowerCase()+t.slice(1))||O(e,be(t))||O(e,t))}function ea(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:c,render:l,renderCache:u,props:d,data:f,setupState:p,ctx:m,inheritAttrs:h}=e,g=ur(e),_,v;try{if(n.shapeFlag&4){let e=i||r,t=e;_=Ka(l.call(t,e,u,d,p,f,m)),v=s}else{let e=t;_=Ka(e.length>1?e(d,{attrs:s,slots:o,emit:c}):e(d,null)),v=t.props?s:Ls(s)}}catch(t){ac.length=0,Qn(t,e,1),_=G(rc)}let y=_;if(v&&h!==!1){let e=Object.keys(v),{shapeFlag:t}=y;e.length&&t&7&&(a&&e.some(E)&&(v=Rs(v,a)),y=Wa(y,v,!1,!0))}return n.dirs&&(y=Wa(y,null,!1,!0),y.dirs=y.dirs?y.dirs.concat(n.dirs):n.dirs),n.transition&&Fr(Po(y.type)&&Pr(y)||y,n.transition),_=y,ur(g),_}function ta(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(za(r)){if(r.type!==rc||r.children===`v-if`){if(n)return;n=r}}else return}return n}function na(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?ra(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(ia(o,r,n)&&!$i(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||ra(r,o,l):!!o;return!1}function ra(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!O(e,a)||ia(t,e,a)&&!$i(n,a))return!0}return!1}function ia(e,t,n){let r=e[n],i=t[n];return n===`style`&&j(r)&&j(i)?!y(r,i):r!==i}function aa({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}function oa(e,t,n,r=!1){let i={},a=Bs();e.propsDefaults=/* @__PURE__ */ Object.create(null),ca(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:/* @__PURE__ */ Ct(i):e.type.props?i:a,e.attrs=a}function sa(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=/* @__PURE__ */ jt(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if($i(e.emitsOptions,o))continue;let u=t[o];if(c){if(O(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=ve(o);i[t]=la(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{ca(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(O(t,a)||(r=be(a))!==a&&O(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=la(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&O(t,e)||(delete a[e],l=!0)}l&&at(e.attrs,`set`,``)}function ca(e,t,n,r){let[i,a]=e.propsOptions,o=!1,s;if(t)for(let c in t){if(he(c))continue;let l=t[c],u;i&&O(i,u=ve(c))?!a||!a.includes(u)?n[u]=l:(s||={})[u]=l:$i(e.emitsOptions,c)||c in r&&l===r[c]||(r[c]=l,o=!0)}if(a){let t=/* @__PURE__ */ jt(n),r=s||S;for(let o=0;o<a.length;o++){let s=a[o];n[s]=la(i,t,s,r[s],e,!O(r,s))}}return o}function la(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=O(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&A(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=gc(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===be(n))&&(r=!0))}return r}function ua(e,t,n=!1){let r=n?Hs:t.propsCache,i=r.get(e);if(i)return i;let a=e.props,o={},s=[],c=!1;if(!A(e)){let r=e=>{c=!0;let[n,r]=ua(e,t,!0);D(o,n),r&&s.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!a&&!c)return j(e)&&r.set(e,C),C;if(k(a))for(let e=0;e<a.length;e++){let t=ve(a[e]);da(t)&&(o[t]=S)}else if(a)for(let e in a){let t=ve(e);if(da(t)){let n=a[e],r=o[t]=k(n)||A(n)?{type:n}:D({},n),i=r.type,c=!1,l=!0;if(k(i))for(let e=0;e<i.length;++e){let t=i[e],n=A(t)&&t.name;if(n===`Boolean`){c=!0;break}n===`String`&&(l=!1)}else c=A(i)&&i.name===`Boolean`;r[0]=c,r[1]=l,(c||O(r,`default`))&&s.push(t)}}let l=[o,s];return j(e)&&r.set(e,l),l}function da(e){return e[0]!==`$`&&!he(e)}function fa(e){return ma(e)}function pa(e){return ma(e,Gr)}function ma(e,t){let n=ke();n.__VUE__=!0;let{insert:r,remove:i,patchProp:a,createElement:o,createText:s,createComment:c,setText:l,setElementText:u,parentNode:d,nextSibling:f,setScopeId:p=w,insertStaticContent:m}=e,h=(e,t,n,r=null,i=null,a=null,o=void 0,s=null,c=!!t.dynamicChildren)=>{if(e===t)return;e&&!Ba(e,t)&&(r=me(e),le(e,i,a,!0),e=null),t.patchFlag===-2&&(c=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===C&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:l,ref:u,shapeFlag:d}=t;switch(l){case nc:g(e,t,n,r);break;case rc:_(e,t,n,r);break;case ic:e??v(t,n,r,o);break;case W:O(e,t,n,r,i,a,o,s,c);break;default:d&1?x(e,t,n,r,i,a,o,s,c):d&6?k(e,t,n,r,i,a,o,s,c):(d&64||d&128)&&l.process(e,t,n,r,i,a,o,s,c,_e)}u!=null&&i?Ur(u,e&&e.ref,a,t||e,!t):u==null&&e&&e.ref!=null&&Ur(e.ref,null,a,e,!0)},g=(e,t,n,i)=>{if(e==null)r(t.el=s(t.children),n,i);else{let n=t.el=e.el;t.children!==e.children&&l(n,t.children)}},_=(e,t,n,i)=>{e==null?r(t.el=c(t.children||``),n,i):t.el=e.el},v=(e,t,n,r)=>{[e.el,e.anchor]=m(e.children,t,n,r,e.el,e.anchor)},y=({el:e,anchor:t},n,i)=>{let a;for(;e&&e!==t;)a=f(e),r(e,n,i),e=a;r(t,n,i)},b=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=f(e),i(e),e=n;i(t)},x=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)ee(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),D(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},ee=(e,t,n,i,s,c,l,d)=>{let f,p,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(f=e.el=o(e.type,c,m&&m.is,m),h&8?u(f,e.children):h&16&&E(e.children,f,null,i,s,ha(e,c),l,d),_&&mr(e,null,i,`created`),T(f,e,e.scopeId,l,i),m){for(let e in m)e!==`value`&&!he(e)&&a(f,e,null,m[e],c,i);`value`in m&&a(f,`value`,null,m.value,c),(p=m.onVnodeBeforeMount)&&Ya(p,i,e)}_&&mr(e,null,i,`beforeMount`);let v=_a(s,g);v?g.beforeEnter(f):g&&!g.persisted&&(f[ec]=!0),r(f,t,n),((p=m&&m.onVnodeMounted)||v||_)&&Zs(()=>{try{p&&Ya(p,i,e),v&&g.enter(f),_&&mr(e,null,i,`mounted`)}finally{}},s)},T=(e,t,n,r,i)=>{if(n&&p(e,n),r)for(let t=0;t<r.length;t++)p(e,r[t]);if(i){let n=i.subTree;if(t===n||Qs(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;T(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},E=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?qa(e[l]):Ka(e[l]);h(null,c,t,n,r,i,a,o,s)}},D=(e,t,n,r,i,o,s)=>{let c=t.el=e.el,{patchFlag:l,dynamicChildren:d,dirs:f}=t;l|=e.patchFlag&16;let p=e.props||S,m=t.props||S,h;if(n&&ga(n,!1),(h=m.onVnodeBeforeUpdate)&&Ya(h,n,t,e),f&&mr(t,e,n,`beforeUpdate`),n&&ga(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(l=0,s=!1,d=null),(p.innerHTML&&m.innerHTML==null||p.textContent&&m.textContent==null)&&u(c,``),d?te(e.dynamicChildren,d,c,n,r,ha(t,i),o):s||A(e,t,c,null,n,r,ha(t,i),o,!1),l>0){if(l&16)ne(c,p,m,n,i);else if(l&2&&p.class!==m.class&&a(c,`class`,null,m.class,i),l&4&&a(c,`style`,p.style,m.style,i),l&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],o=p[r],s=m[r];(s!==o||r===`value`)&&a(c,r,o,s,i,n)}}l&1&&e.children!==t.children&&u(c,t.children)}else!s&&d==null&&ne(c,p,m,n,i);((h=m.onVnodeUpdated)||f)&&Zs(()=>{h&&Ya(h,n,t,e),f&&mr(t,e,n,`updated`)},r)},te=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||Sa(c),f=u&&(c.type===W||!Ba(c,l)||c.shapeFlag&198)?d(u):n;h(c,l,f,null,r,i,a,o,!0)}},ne=(e,t,n,r,i)=>{if(t!==n){if(t!==S)for(let o in t)!he(o)&&!(o in n)&&a(e,o,t[o],null,i,r);for(let o in n){if(he(o))continue;let s=n[o],c=t[o];s!==c&&o!==`value`&&a(e,o,c,s,i,r)}`value`in n&&a(e,`value`,t.value,n.value,i)}},O=(e,t,n,i,a,o,c,l,u)=>{let d=t.el=e?e.el:s(``),f=t.anchor=e?e.anchor:s(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(l=l?l.concat(h):h),e==null?(r(d,n,i),r(f,n,i),E(t.children||[],n,f,a,o,c,l,u)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(te(e.dynamicChildren,m,n,a,o,c,l),(t.key!=null||a&&t===a.subTree)&&va(e,t,!0)):A(e,t,n,f,a,o,c,l,u)},k=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):re(t,n,r,i,a,o,c):ie(e,t,c)},re=(e,t,n,r,i,a,o)=>{let s=e.component=Za(e,r,i);if(ds(e)&&(s.ctx.renderer=_e),$a(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ae,o,a),!e.el){let r=s.subTree=G(rc);_(null,r,t,n),e.placeholder=r.el}}else ae(s,e,t,n,i,a,o)},ie=(e,t,n)=>{let r=t.component=e.component;if(na(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,oe(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ae=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=ba(e);if(n){t&&(t.el=c.el,oe(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?Zs(t,i):l())};t.flags=48,Zs(t,i)});return}}let u=t,f;ga(e,!1),t?(t.el=c.el,oe(e,t,o)):t=c,n&&we(n),(f=t.props&&t.props.onVnodeBeforeUpdate)&&Ya(f,s,t,c),ga(e,!0);let p=ea(e),m=e.subTree;e.subTree=p,h(m,p,d(m.el||Sa(m)),me(m),e,i,a),t.el=p.el,u===null&&aa(e,p.el),r&&Zs(r,i),(f=t.props&&t.props.onVnodeUpdated)&&Zs(()=>Ya(f,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=us(t);if(ga(e,!1),l&&we(l),!m&&(o=c&&c.onVnodeBeforeMount)&&Ya(o,d,t),ga(e,!0),s&&ye){let t=()=>{e.subTree=ea(e),ye(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=ea(e);h(null,o,n,r,e,i,a),t.el=o.el}if(u&&Zs(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;Zs(()=>Ya(o,d,e),i)}(t.shapeFlag&256||d&&us(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&Zs(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new Qt(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>nr(u),ga(e,!0),l()},oe=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,sa(e,t.props,r,n),Xs(e,t.children,n),et(),ar(e),tt()},A=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,d=e?e.shapeFlag:0,f=t.children,{patchFlag:p,shapeFlag:m}=t;if(p>0){if(p&128){ce(l,f,n,r,i,a,o,s,c);return}if(p&256){se(l,f,n,r,i,a,o,s,c);return}}m&8?(d&16&&pe(l,i,a),f!==l&&u(n,f)):d&16?m&16?ce(l,f,n,r,i,a,o,s,c):pe(l,i,a,!0):(d&8&&u(n,``),m&16&&E(f,n,r,i,a,o,s,c))},se=(e,t,n,r,i,a,o,s,c)=>{e||=C,t||=C;let l=e.length,u=t.length,d=Math.min(l,u),f=0;for(;f<d;f++){let r=t[f]=c?qa(t[f]):Ka(t[f]);h(e[f],r,n,null,i,a,o,s,c)}l>u?pe(e,i,a,!0,!1,d):E(t,n,r,i,a,o,s,c,d)},ce=(e,t,n,r,i,a,o,s,c)=>{let l=0,u=t.length,d=e.length-1,f=u-1;for(;l<=d&&l<=f;){let r=e[l],u=t[l]=c?qa(t[l]):Ka(t[l]);if(Ba(r,u))h(r,u,n,null,i,a,o,s,c);else break;l++}for(;l<=d&&l<=f;){let r=e[d],l=t[f]=c?qa(t[f]):Ka(t[f]);if(Ba(r,l))h(r,l,n,null,i,a,o,s,c);else break;d--,f--}if(l>d){if(l<=f){let e=f+1,d=e<u?t[e].el:r;for(;l<=f;)h(null,t[l]=c?qa(t[l]):Ka(t[l]),n,d,i,a,o,s,c),l++}}else if(l>f)for(;l<=d;)le(e[l],i,a,!0),l++;else{let p=l,m=l,g=/* @__PURE__ */ new Map;for(l=m;l<=f;l++){let e=t[l]=c?qa(t[l]):Ka(t[l]);e.key!=null&&g.set(e.key,l)}let _,v=0,y=f-m+1,b=!1,x=0,S=Array(y);for(l=0;l<y;l++)S[l]=0;for(l=p;l<=d;l++){let r=e[l];if(v>=y){le(r,i,a,!0);continue}let u;if(r.key!=null)u=g.get(r.key);else for(_=m;_<=f;_++)if(S[_-m]===0&&Ba(r,t[_])){u=_;break}u===void 0?le(r,i,a,!0):(S[u-m]=l+1,u>=x?x=u:b=!0,h(r,t[u],n,null,i,a,o,s,c),v++)}let w=b?ya(S):C;for(_=w.length-1,l=y-1;l>=0;l--){let e=m+l,d=t[e],f=t[e+1],p=e+1<u?f.el||Sa(f):r;S[l]===0?h(null,d,n,p,i,a,o,s,c):b&&(_<0||l!==w[_]?j(d,n,p,2):_--)}}},j=(e,t,n,a,o=null)=>{let{el:s,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)j(e.component.subTree,t,n,a);else if(d&128)e.suspense.move(t,n,a);else if(d&64)c.move(e,t,n,_e);else if(c===W){r(s,t,n);for(let e=0;e<u.length;e++)j(u[e],t,n,a);r(e.anchor,t,n)}else if(c===ic)y(e,t,n);else if(a!==2&&d&1&&l){if(a===0)l.persisted&&!s[Ho]?r(s,t,n):(l.beforeEnter(s),r(s,t,n),Zs(()=>l.enter(s),o));else{let{leave:a,delayLeave:o,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?i(s):r(s,t,n)},d=()=>{let e=s._isLeaving||!!s[Ho];s._isLeaving&&s[Ho](!0),l.persisted&&!e?u():a(s,()=>{u(),c&&c()})};o?o(s,u,d):d()}}else r(s,t,n)},le=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(et(),Ur(s,null,n,e,!0),tt()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!us(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&Ya(_,t,e),u&6)fe(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&mr(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,_e,r):l&&!l.hasOnce&&(a!==W||d>0&&d&64)?pe(l,t,n,!1,!0):(a===W&&d&384||!i&&u&16)&&pe(c,t,n),r&&ue(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&Zs(()=>{_&&Ya(_,t,e),h&&mr(e,null,t,`unmounted`),v&&(e.el=null)},n)},ue=e=>{let{type:t,el:n,anchor:r,transition:a}=e,o=t===W;if(o&&!a){de(n,r);return}if(t===ic){b(e),a&&!a.persisted&&a.afterLeave&&a.afterLeave();return}let s=o?Lr(e):e,c=()=>{o?d(n)&&de(n,r):i(n),a&&!a.persisted&&a.afterLeave&&a.afterLeave()};if(s&&s.shapeFlag&1&&a&&!a.persisted){let{leave:e,delayLeave:t}=a,n=s.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},de=(e,t)=>{let n;for(;e!==t;)n=f(e),i(e),e=n;i(t)},fe=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;xa(c),xa(l),r&&we(r),i.stop(),a?(a.flags|=8,le(o,e,t,n)):o&&(o.transition=e.vnode.transition,le(o,e,t,n)),s&&Zs(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,Zs(u,t)},pe=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)le(e[o],t,n,r,i)},me=e=>{if(e.shapeFlag&6)return me(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=f(e.anchor||e.el),n=t&&t[No];return n?f(n):t},ge=(e,t,n)=>{sr(()=>{e==null?t._vnode&&le(t._vnode,null,null,!0):h(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Xa())},_e={p:h,um:le,m:j,r:ue,mt:re,mc:E,pc:A,pbc:te,n:me,o:e},ve,ye;return t&&([ve,ye]=t(_e)),{render:ge,hydrate:ve,createApp:Yi(ge,ve)}}function ha({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function ga({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function _a(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function va(e,t,n=!1){let r=e.children,i=t.children;if(k(r)&&k(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=qa(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&va(t,a)),a.type===nc&&(a.patchFlag===-1&&(a=i[e]=qa(a)),a.el=t.el),a.type===rc&&!a.el&&(a.el=t.el)}}function ya(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function ba(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:ba(t)}function xa(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function Sa(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return Sa(t.subTree);let n=e.suspense;return n&&n.activeBranch?Sa(n.activeBranch):null}function Ca(e,t){let n=e.props&&e.props[t];A(n)&&n()}function wa(e){let t=[];Ta(e,t,!0),t.length&&ir(t)}function Ta(e,t,n){let{el:r,transition:i,children:a,shapeFlag:o}=e;if(o&6)Ta(e.component.subTree,t,n);else if(!(o&192)&&(o&1&&(!n&&r&&r[ec]&&(r[ec]=void 0,i&&!i.persisted&&(i.beforeEnter(r),t.push(()=>i.enter(r)))),n=!1),o&16))for(let e=0;e<a.length;e++)Ta(a[e],t,n)}function Ea(e,t,n,r,i,a,o,s,c){let{p:l,o:{createElement:u}}=c,d=u(`div`),f=e.suspense=Oa(e,i,r,t,d,n,a,o,s,c);l(null,f.pendingBranch=e.ssContent,d,null,r,f,a,o),f.deps>0?(Ca(e,`onPending`),Ca(e,`onFallback`),l(null,e.ssFallback,t,n,r,null,a,o),Pa(f,e.ssFallback)):f.resolve(!1,!0)}function Da(e,t,n,r,i,a,o,s,{p:c,um:l,o:{createElement:u}}){let d=t.suspense=e.suspense;d.vnode=t,t.el=e.el;let f=t.ssContent,p=t.ssFallback,{activeBranch:m,pendingBranch:h,isInFallback:g,isHydrating:_}=d;if(h)d.pendingBranch=f,Ba(h,f)?(d.deps++,c(h,f,_?n:d.hiddenContainer,null,i,d,a,o,s),d.deps--,d.deps<=0?d.resolve():g&&!_&&!d.isFallbackMountPending&&(c(m,p,n,r,i,null,a,o,s),Pa(d,p))):(d.pendingId=$s++,_?(d.isHydrating=!1,d.activeBranch=h):l(h,i,d),d.deps=0,Ma(d),d.hiddenContainer=u(`div`),g?(c(null,f,d.hiddenContainer,null,i,d,a,o,s),d.deps<=0?d.resolve():d.isFallbackMountPending||(c(m,p,n,r,i,null,a,o,s),Pa(d,p))):m&&Ba(m,f)?(c(m,f,n,r,i,d,a,o,s),d.resolve(!0)):(c(null,f,d.hiddenContainer,null,i,d,a,o,s),d.deps<=0&&d.resolve()));else if(m&&Ba(m,f))c(m,f,n,r,i,d,a,o,s),Pa(d,f);else if(Ca(t,`onPending`),d.pendingBranch=f,d.pendingId=$s++,c(null,f,d.hiddenContainer,null,i,d,a,o,s),d.deps<=0)d.resolve();else{let{timeout:e}=d;e>0?d.timeoutTimer=setTimeout(()=>{d.timeoutTimer=void 0,d.fallback(d.vnode.ssFallback)},e):e===0&&d.fallback(p)}}function Oa(e,t,n,r,i,a,o,s,c,l,u=!1){let{p:d,m:f,um:p,n:m,o:{parentNode:h,remove:g}}=l,_,v=Fa(e);v&&t&&t.pendingBranch&&(_=t.pendingId,t.deps++);let y=e.props?De(e.props.timeout):void 0,b=a,x={vnode:e,parent:t,parentComponent:n,namespace:o,container:r,hiddenContainer:i,deps:0,pendingId:$s++,timeout:typeof y==`number`?y:-1,timeoutTimer:void 0,activeBranch:null,isFallbackMountPending:!1,pendingBranch:null,isInFallback:!u,isHydrating:u,isUnmounted:!1,effects:[],resolve(e=!1,n=!1){let{vnode:r,activeBranch:i,pendingBranch:o,pendingId:s,effects:c,parentComponent:l,container:u,isInFallback:d}=x,g=!1;if(x.isHydrating)x.isHydrating=!1;else if(!e){g=i&&o.transition&&o.transition.mode===`out-in`;let e=!1;g&&(i.transition.afterLeave=()=>{s===x.pendingId&&!x.isUnmounted&&(wa(o),f(o,u,a===b&&!e?m(i):a,0),ir(c),d&&r.ssFallback&&(r.ssFallback.el=null))}),i&&!x.isFallbackMountPending&&(h(i.el||Sa(i))===u&&(a=m(i),e=!0),p(i,l,x,!0),!g&&d&&r.ssFallback&&Zs(()=>r.ssFallback.el=null,x)),g||(wa(o),f(o,u,a,0))}clearTimeout(x.timeoutTimer),x.timeoutTimer=void 0,x.isFallbackMountPending=!1,Pa(x,o),x.pendingBranch=null,x.isInFallback=!1;let y=0;for(let e=0;e<c.length;e++){let t=c[e];t.flags&32?ir(t):c[y++]=t}c.length=y;let S=x.parent,C=!1;for(;S;){if(S.pendingBranch){for(let e=0;e<c.length;e++)S.effects.push(c[e]);C=!0;break}S=S.parent}!C&&!g&&ir(c),x.effects=[],v&&t&&t.pendingBranch&&_===t.pendingId&&(_=void 0,t.deps--,t.deps===0&&!n&&t.resolve()),Ca(r,`onResolve`)},fallback(e){if(x.isUnmounted||!x.pendingBranch)return;let{vnode:t,activeBranch:n,parentComponent:r,container:i,namespace:a}=x;Ca(t,`onFallback`);let o=m(n),l=()=>{if(x.isFallbackMountPending=!1,x.isUnmounted||!x.isInFallback)return;let e=x.vnode.ssFallback;d(null,e,i,o,r,null,a,s,c),Pa(x,e)},u=e.transition&&e.transition.mode===`out-in`;u&&(x.isFallbackMountPending=!0,n.transition.afterLeave=l),x.isInFallback=!0,p(n,r,null,!0),u||l()},move(e,t,n){x.activeBranch&&f(x.activeBranch,e,t,n),x.container=e},next(){return x.activeBranch&&m(x.activeBranch)},registerDep(e,t,n,r){let i=!!x.pendingBranch;i&&x.deps++;let a=e.vnode.el,o=i=>{e.asyncResolved=!0;let{vnode:o}=e;to(e,i,!1),a&&(o.el=a);let s=!a&&e.subTree.el;t(e,o,h(a||e.subTree.el),a?null:m(e.subTree),x,r,n),s&&(o.placeholder=null,g(s)),aa(e,o.el)};e.asyncDep.catch(t=>(Qn(t,e,0,!1,!0),()=>null)).then(t=>{if(e.isUnmounted||x.isUnmounted)return;let n=i&&x.pendingId===e.suspenseId;if(_c(),!e.scope.active)n&&--x.deps===0&&x.resolve();else if(!n&&x.pendingBranch){let n=()=>{e.isUnmounted||x.isUnmounted||!e.scope.active||(x.pendingBranch?Na(n,x):o(t))};n.flags=48,Na(n,x)}else o(t),n&&--x.deps===0&&x.resolve()})},unmount(e,t){if(x.isUnmounted=!0,clearTimeout(x.timeoutTimer),x.timeoutTimer=void 0,_!==void 0){let e=x.parent,t=_;_=void 0,ir(()=>{e.pendingId===t&&!e.isUnmounted&&--e.deps===0&&e.resolve()})}x.activeBranch&&p(x.activeBranch,n,e,t),x.pendingBranch&&(p(x.pendingBranch,n,x,t),Ma(x))}};return x}function ka(e,t,n,r,i,a,o,s,c){let l=t.suspense=Oa(t,r,n,e.parentNode,document.createElement(`div`),null,i,a,o,s,!0),u=c(e,l.pendingBranch=t.ssContent,n,l,a,o);return l.deps===0&&l.resolve(!1,!0),u}function Aa(e){let{shapeFlag:t,children:n}=e,r=t&32;e.ssContent=ja(r?n.default:n),e.ssFallback=r?ja(n.fallback):G(rc)}function ja(e){let t;if(A(e)){let n=sc&&e._c;n&&(e._d=!1,L()),e=e(),n&&(e._d=!0,t=oc,Ia())}return k(e)&&(e=ta(e)),e=Ka(e),t&&!e.dynamicChildren&&(e.dynamicChildren=t.filter(t=>t!==e)),e}function Ma(e){let{effects:t}=e;for(let e=0;e<t.length;e++){let n=t[e];n.flags&16&&ir(n)}t.length=0}function Na(e,t){t&&t.pendingBranch?k(e)?t.effects.push(...e):t.effects.push(e):ir(e)}function Pa(e,t){e.activeBranch=t;let{vnode:n,parentComponent:r}=e,i=t.el;for(;!i&&t.component;)t=t.component.subTree,i=t.el;n.el=i,r&&r.subTree===n&&(r.vnode.el=i,aa(r,i))}function Fa(e){let t=e.props&&e.props.suspensible;return t!=null&&t!==!1}function L(e=!1){ac.push(oc=e?null:[])}function Ia(){ac.pop(),oc=ac[ac.length-1]||null}function La(e,t=!1){sc+=e,e<0&&oc&&t&&(oc.hasOnce=!0)}function Ra(e){return e.dynamicChildren=sc>0?oc||C:null,Ia(),sc>0&&oc&&oc.push(e),e}function R(e,t,n,r,i,a){return Ra(B(e,t,n,r,i,a,!0))}function z(e,t,n,r,i){return Ra(G(e,t,n,r,i,!0))}function za(e){return e?e.__v_isVNode===!0:!1}function Ba(e,t){return e.type===t.type&&e.key===t.key}function Va(e){}function B(e,t=null,n=null,r=0,i=null,a=e===W?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&cc(t),ref:t&&lc(t),scopeId:Oo,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:Do};return s?(Ja(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=se(n)?8:16),sc>0&&!o&&oc&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&oc.push(c),c}function Ha(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Ts||(e=rc),za(e)){let r=Wa(e,t,!0);return n&&Ja(r,n),sc>0&&!a&&oc&&(r.shapeFlag&6?oc[oc.indexOf(e)]=r:oc.push(r)),r.patchFlag=-2,r}if(so(e)&&(e=e.__vccOpts),t){t=Ua(t);let{class:e,style:n}=t;e&&!se(e)&&(t.class=f(e)),j(n)&&(/* @__PURE__ */ At(n)&&!k(n)&&(n=D({},n)),t.style=u(n))}let o=se(e)?1:Qs(e)?128:Po(e)?64:j(e)?4:A(e)?2:0;return B(e,t,n,r,i,o,a,!0)}function Ua(e){return e?/* @__PURE__ */ At(e)?D({},e):Vs(e)?D({},e[Sc]||e):e:null}function Wa(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?U(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&cc(l),ref:t&&t.ref?n&&a?k(a)?a.concat(lc(t)):[a,lc(t)]:lc(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==W?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Wa(e.ssContent),ssFallback:e.ssFallback&&Wa(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Fr(u,c.clone(u)),u}function V(e=` `,t=0){return G(nc,null,e,t)}function Ga(e,t){let n=G(ic,null,e);return n.staticCount=t,n}function H(e=``,t=!1){return t?(L(),z(rc,null,e)):G(rc,null,e)}function Ka(e){return e==null||typeof e==`boolean`?G(rc):k(e)?G(W,null,e.slice()):za(e)?qa(e):G(nc,null,String(e))}function qa(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Wa(e)}function Ja(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(k(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Ja(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Vs(t)?t._ctx=Do:r===3&&Do&&(Do.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(A(t)){if(r&65){Ja(e,{default:t});return}t={default:t,_ctx:Do},n=32}else t=String(t),r&64?(n=16,t=[V(t)]):n=8;e.children=t,e.shapeFlag|=n}function U(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=f([t.class,r.class]));else if(e===`style`)t.style=u([t.style,r.style]);else if(T(e)){let n=t[e],i=r[e];i&&n!==i&&!(k(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!E(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function Ya(e,t,n,r=null){Zn(e,t,7,[n,r])}function Xa(){return dc}function Za(e,t,n){let r=e.type,i=(t?t.appContext:e.appContext)||uc,a={uid:dc++,vnode:e,type:r,parent:t,appContext:i,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new Yt(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(i.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:ua(r,i),emitsOptions:Qi(r,i),emit:null,emitted:null,propsDefaults:S,inheritAttrs:r.inheritAttrs,ctx:S,data:S,props:S,attrs:S,slots:S,refs:S,setupState:S,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return a.ctx={_:a},a.root=t?t.root:a,a.emit=Zi.bind(null,a),e.ce&&e.ce(a),a}function Qa(e){return e.vnode.shapeFlag&4}function $a(e,t=!1,n=!1){t&&hc(t);let{props:r,children:i}=e.vnode,a=Qa(e);oa(e,r,a,t),Ys(e,i,n||t);let o=a?eo(e,t):void 0;return t&&hc(!1),o}function eo(e,t){let n=e.type;e.accessCache=/* @__PURE__ */ Object.create(null),e.proxy=new Proxy(e.ctx,ks);let{setup:r}=n;if(r){et();let n=e.setupContext=r.length>1?io(e):null,i=gc(e),a=Xn(r,e,0,[e.props,n]),o=le(a);if(tt(),i(),(o||e.sp)&&!us(e)&&Br(e),o){if(a.then(_c,_c),t)return a.then(n=>{hc(!0);try{to(e,n,t)}finally{hc(!1)}}).catch(t=>{Qn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else to(e,a,t)}else ro(e,t)}function to(e,t,n){A(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:j(t)&&(e.setupState=Rt(t)),ro(e,n)}function no(e){yc=e,bc=e=>{e.render._rc&&(e.withProxy=new Proxy(e.ctx,As))}}function ro(e,t,n){let r=e.type;if(!e.render){if(!t&&yc&&!r.render){let t=r.template||zi(e).template;if(t){let{isCustomElement:n,compilerOptions:i}=e.appContext.config,{delimiters:a,compilerOptions:o}=r,s=D(D({isCustomElement:n,delimiters:a},i),o);r.render=yc(t,s)}}e.render=r.render||w,bc&&bc(e)}{let t=gc(e);et();try{Fi(e)}finally{tt(),t()}}}function io(e){return{attrs:new Proxy(e.attrs,Cc),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function ao(e){return e.exposed?e.exposeProxy||=new Proxy(Rt(Mt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in Ds)return Ds[n](e)},has(e,t){return t in e||t in Ds}}):e.proxy}function oo(e,t=!0){return A(e)?e.displayName||e.name:e.name||t&&e.__name}function so(e){return A(e)&&`__vccOpts`in e}function co(e,t,n){try{La(-1);let r=arguments.length;return r===2?j(t)&&!k(t)?za(t)?G(e,null,[t]):G(e,t):G(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&za(n)&&(n=[n]),G(e,t,n))}finally{La(1)}}function lo(){}function uo(e,t,n,r){let i=n[r];if(i&&fo(i,e))return i;let a=t();return a.memo=e.slice(),a.cacheIndex=r,n[r]=a}function fo(e,t){let n=e.memo;if(n.length!=t.length)return!1;for(let e=0;e<n.length;e++)if(Ce(n[e],t[e]))return!1;return sc>0&&oc&&oc.push(e),!0}var po,mo,ho,go,_o,vo,yo,bo,xo,So,Co,wo,To,Eo,Do,Oo,ko,Ao,jo,Mo,No,Po,Fo,Io,Lo,Ro,zo,Bo,Vo,Ho,Uo,Wo,Go,Ko,qo,Jo,Yo,Xo,Zo,Qo,$o,es,ts,ns,rs,is,as,os,ss,cs,ls,us,ds,fs,ps,ms,hs,gs,_s,vs,ys,bs,xs,Ss,Cs,ws,Ts,Es,Ds,Os,ks,As,js,Ms,Ns,Ps,Fs,Is,Ls,Rs,zs,Bs,Vs,Hs,Us,Ws,Gs,Ks,qs,Js,Ys,Xs,Zs,Qs,$s,ec,tc,W,nc,rc,ic,ac,oc,sc,cc,lc,G,uc,dc,fc,pc,mc,hc,gc,_c,vc,yc,bc,xc,Sc,Cc,K,wc,Tc,Ec,Dc,Oc,kc,Ac=t((()=>{Kn(),ze(),po=[],mo={SETUP_FUNCTION:0,0:`SETUP_FUNCTION`,RENDER_FUNCTION:1,1:`RENDER_FUNCTION`,NATIVE_EVENT_HANDLER:5,5:`NATIVE_EVENT_HANDLER`,COMPONENT_EVENT_HANDLER:6,6:`COMPONENT_EVENT_HANDLER`,VNODE_HOOK:7,7:`VNODE_HOOK`,DIRECTIVE_HOOK:8,8:`DIRECTIVE_HOOK`,TRANSITION_HOOK:9,9:`TRANSITION_HOOK`,APP_ERROR_HANDLER:10,10:`APP_ERROR_HANDLER`,APP_WARN_HANDLER:11,11:`APP_WARN_HANDLER`,FUNCTION_REF:12,12:`FUNCTION_REF`,ASYNC_COMPONENT_LOADER:13,13:`ASYNC_COMPONENT_LOADER`,SCHEDULER:14,14:`SCHEDULER`,COMPONENT_UPDATE:15,15:`COMPONENT_UPDATE`,APP_UNMOUNT_CLEANUP:16,16:`APP_UNMOUNT_CLEANUP`},ho={sp:`serverPrefetch hook`,bc:`beforeCreate hook`,c:`created hook`,bm:`beforeMount hook`,m:`mounted hook`,bu:`beforeUpdate hook`,u:`updated`,bum:`beforeUnmount hook`,um:`unmounted hook`,a:`activated hook`,da:`deactivated hook`,ec:`errorCaptured hook`,rtc:`renderTracked hook`,rtg:`renderTriggered hook`,0:`setup function`,1:`render function`,2:`watcher getter`,3:`watcher callback`,4:`watcher cleanup function`,5:`native event handler`,6:`component event handler`,7:`vnode hook`,8:`directive hook`,9:`transition hook`,10:`app errorHandler`,11:`app warnHandler`,12:`ref function`,13:`async component loader`,14:`scheduler flush`,15:`component update`,16:`app unmount cleanup function`},go=[],_o=-1,vo=[],yo=null,bo=0,xo=/* @__PURE__ */ Promise.resolve(),So=null,Co=!1,wo=e=>e.id==null?e.flags&2?-1:1/0:e.id,Eo=[],Do=null,Oo=null,ko=e=>F,Ao=/* @__PURE__ */ Symbol.for(`v-scx`),jo=()=>gr(Ao),Mo=/* @__PURE__ */ new WeakMap,No=/* @__PURE__ */ Symbol(`_vte`),Po=e=>e.__isTeleport,Fo=e=>e&&(e.disabled||e.disabled===``),Io=e=>e&&(e.defer||e.defer===``),Lo=e=>typeof SVGElement<`u`&&e instanceof SVGElement,Ro=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,zo=(e,t)=>{let n=e&&e.to;return se(n)?t?t(n):null:n},Bo={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=Fo(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=Fo(e.props),r=e.target=zo(e.props,m),a=Or(r,e,h,p);r&&(o!==`svg`&&Lo(r)?o=`svg`:o!==`mathml`&&Ro(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=/* @__PURE__ */ new Set)).add(r),n||(b(e,r,a),Dr(e,!1)))},S=e=>{let t=()=>{if(Mo.get(e)===t){if(Mo.delete(e),Fo(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),Dr(e,!0)}x(e)}};Mo.set(e,t),Zs(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),Io(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),Dr(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Mo.get(e);if(u){u.flags|=8,Mo.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=Fo(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||Lo(p)?o=`svg`:(o===`mathml`||Ro(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),va(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):Tr(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=zo(t.props,m);e&&(t.target=e,Tr(t,e,null,l,0))}else g&&Tr(t,p,h,l,1);Dr(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=Fo(f),m=a||!p,h=Mo.get(e);if(h&&(h.flags|=8,Mo.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:Tr,hydrate:Er},Vo=Bo,Ho=/* @__PURE__ */ Symbol(`_leaveCb`),Uo=/* @__PURE__ */ Symbol(`_enterCb`),Wo=[Function,Array],Go={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:Wo,onEnter:Wo,onAfterEnter:Wo,onEnterCancelled:Wo,onBeforeLeave:Wo,onLeave:Wo,onAfterLeave:Wo,onLeaveCancelled:Wo,onBeforeAppear:Wo,onAppear:Wo,onAfterAppear:Wo,onAppearCancelled:Wo},Ko={name:`BaseTransition`,props:Go,setup(e,{slots:t}){let n=pc(),r=kr();return()=>{let i=t.default&&Ir(t.default(),!0),a=i&&i.length?Ar(i):n.subTree?H():void 0;if(!a)return;let o=/* @__PURE__ */ jt(e),{mode:s}=o;if(r.isLeaving)return Nr(a);let c=Pr(a);if(!c)return Nr(a);let l=Mr(c,o,r,n);c.type!==rc&&Fr(c,l);let u=n.subTree&&Pr(n.subTree);if(u&&u.type!==rc&&!Ba(u,c)&&Lr(n.subTree)){let e=Mr(u,o,r,n);if(Fr(u,e),s===`out-in`&&c.type!==rc)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,nr(e)}else n.update()}delete e.afterLeave,u=void 0},Nr(a);s===`in-out`&&c.type!==rc?e.delayLeave=(e,t,n)=>{let i=jr(r,u);i[String(u.key)]=u,e[Ho]=()=>{t(),e[Ho]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}},qo=Ko,Jo=/* @__PURE__ */ new WeakMap,Yo=!1,Xo=()=>{Yo||=(console.error(`Hydration completed but contains mismatches.`),!0)},Zo=e=>e.namespaceURI.includes(`svg`)&&e.tagName!==`foreignObject`,Qo=e=>e.namespaceURI.includes(`MathML`),$o=e=>{if(e.nodeType===1){if(Zo(e))return`svg`;if(Qo(e))return`mathml`}},es=e=>e.nodeType===8,ts=/* @__PURE__ */ new Set([`src`,`srcset`,`href`,`poster`]),ns=`data-allow-mismatch`,rs={0:`text`,1:`children`,2:`class`,3:`style`,4:`attribute`},is=ke().requestIdleCallback||(e=>setTimeout(e,1)),as=ke().cancelIdleCallback||(e=>clearTimeout(e)),os=(e=1e4)=>t=>{let n=is(t,{timeout:e});return()=>as(n)},ss=e=>(t,n)=>{let r=new IntersectionObserver(e=>{for(let n of e)if(n.isIntersecting){r.disconnect(),t();break}},e),i=e=>{if(Qr(e))return t(),r.disconnect(),!1;if(getComputedStyle(e).display===`contents`){for(let t=0;t<e.children.length;t++)if(i(e.children[t])===!1)return!1}r.observe(e)};return n(e=>{if(e instanceof Element)return i(e)}),()=>r.disconnect()},cs=e=>t=>{if(e){let n=matchMedia(e);if(n.matches)t();else return n.addEventListener(`change`,t,{once:!0}),()=>n.removeEventListener(`change`,t)}},ls=(e=[])=>(t,n)=>{se(e)&&(e=[e]);let r=!1,i=e=>{r||(r=!0,a(),t(),e.target.dispatchEvent(new e.constructor(e.type,e)))},a=()=>{n(t=>{for(let n of e)t.removeEventListener(n,i)})};return n(t=>{for(let n of e)t.addEventListener(n,i,{once:!0})}),a},us=e=>!!e.type.__asyncLoader,ds=e=>e.type.__isKeepAlive,fs={name:`KeepAlive`,__isKeepAlive:!0,props:{include:[String,RegExp,Array],exclude:[String,RegExp,Array],max:[String,Number]},setup(e,{slots:t}){let n=pc(),r=n.ctx;if(!r.renderer)return()=>{let e=t.default&&t.default();return e&&e.length===1?e[0]:e};let i=/* @__PURE__ */ new Map,a=/* @__PURE__ */ new Set,o=null,s=n.suspense,{renderer:{p:c,m:l,um:u,o:{createElement:d}}}=r,f=d(`div`);r.activate=(e,t,n,r,i)=>{let a=e.component;l(e,t,n,0,s),c(a.vnode,e,t,n,a,s,r,e.slotScopeIds,i),Zs(()=>{a.isDeactivated=!1,a.a&&we(a.a);let t=e.props&&e.props.onVnodeMounted;t&&Ya(t,a.parent,e)},s)},r.deactivate=e=>{let t=i.get(e.key==null?e.type:e.key);if(!t||t.component!==e.component)return!1;let n=e.component;return xa(n.m),xa(n.a),l(e,f,null,1,s),Zs(()=>{n.da&&we(n.da);let t=e.props&&e.props.onVnodeUnmounted;t&&Ya(t,n.parent,e),n.isDeactivated=!0},s),!0};function p(e){si(e),u(e,n,s,!0)}function m(e){i.forEach((t,n)=>{let r=oo(us(t)?t.type.__asyncResolved||{}:t.type);r&&!e(r)&&h(n)})}function h(e){let t=i.get(e);t&&(!o||!Ba(t,o))?p(t):o&&(si(o),t&&si(t)),i.delete(e),a.delete(e)}xr(()=>[e.include,e.exclude],([e,t])=>{e&&m(t=>ni(e,t)),t&&m(e=>!ni(t,e))},{flush:`post`,deep:!0});let g=null,_=()=>{if(g!=null){if(Qs(n.subTree.type)){let e=()=>{let e=ci(n.subTree);e.component&&i.set(g,e)};n.subTree.suspense.pendingBranch?Zs(e,n.subTree.suspense):e()}else i.set(g,ci(n.subTree))}};return hs(_),_s(_),vs(()=>{i.forEach(e=>{let{subTree:t,suspense:r}=n,i=ci(t);if(e.type===i.type&&e.key===i.key){si(i);let e=i.component.da;e&&Zs(e,r)}else p(e)})}),()=>{if(g=null,!t.default)return o=null;let n=t.default(),r=n[0];if(n.length>1)return o=null,n;if(!za(r)||!(r.shapeFlag&4)&&!(r.shapeFlag&128))return o=null,r;let s=ci(r);if(s.type===rc)return o=null,s;let c=s.type,l=oo(us(s)?s.type.__asyncResolved||{}:c),{include:u,exclude:d,max:f}=e;if(u&&(!l||!ni(u,l))||d&&l&&ni(d,l))return s.shapeFlag&=-257,o=s,r;let p=s.key==null?c:s.key,m=i.get(p);return s.el&&(s=Wa(s),r.shapeFlag&128&&(r.ssContent=s)),g=p,m?(s.el=m.el,s.component=m.component,s.transition&&Fr(s,s.transition),s.shapeFlag|=512,a.delete(p),a.add(p)):(a.add(p),f&&a.size>parseInt(f,10)&&h(a.values().next().value)),s.shapeFlag|=256,o=s,Qs(r.type)?r:s}}},ps=e=>(t,n=fc)=>{vc&&e!==`sp`||li(e,(...e)=>t(...e),n)},ms=ps(`bm`),hs=ps(`m`),gs=ps(`bu`),_s=ps(`u`),vs=ps(`bum`),ys=ps(`um`),bs=ps(`sp`),xs=ps(`rtg`),Ss=ps(`rtc`),Cs=`components`,ws=`directives`,Ts=/* @__PURE__ */ Symbol.for(`v-ndc`),Es=e=>e?Qa(e)?ao(e):Es(e.parent):null,Ds=/* @__PURE__ */ D(/* @__PURE__ */ Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>Es(e.parent),$root:e=>Es(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>zi(e),$forceUpdate:e=>e.f||=()=>{nr(e.update)},$nextTick:e=>e.n||=er.bind(e.proxy),$watch:e=>Cr.bind(e)}),Os=(e,t)=>e!==S&&!e.__isScriptSetup&&O(e,t),ks={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:r,data:i,props:a,accessCache:o,type:s,appContext:c}=e;if(t[0]!==`$`){let e=o[t];if(e!==void 0)switch(e){case 1:return r[t];case 2:return i[t];case 4:return n[t];case 3:return a[t]}else if(Os(r,t))return o[t]=1,r[t];else if(i!==S&&O(i,t))return o[t]=2,i[t];else if(O(a,t))return o[t]=3,a[t];else if(n!==S&&O(n,t))return o[t]=4,n[t];else js&&(o[t]=0)}let l=Ds[t],u,d;if(l)return t===`$attrs`&&it(e.attrs,`get`,``),l(e);if((u=s.__cssModules)&&(u=u[t]))return u;if(n!==S&&O(n,t))return o[t]=4,n[t];if(d=c.config.globalProperties,O(d,t))return d[t]},set({_:e},t,n){let{data:r,setupState:i,ctx:a}=e;return Os(i,t)?(i[t]=n,!0):r!==S&&O(r,t)?(r[t]=n,!0):O(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(a[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:r,appContext:i,props:a,type:o}},s){let c;return!!(n[s]||e!==S&&s[0]!==`$`&&O(e,s)||Os(t,s)||O(a,s)||O(r,s)||O(Ds,s)||O(i.config.globalProperties,s)||(c=o.__cssModules)&&c[s])},defineProperty(e,t,n){return n.get==null?O(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}},As=/* @__PURE__ */ D({},ks,{get(e,t){if(t!==Symbol.unscopables)return ks.get(e,t,e)},has(e,t){return t[0]!==`_`&&!Ae(t)}}),js=!0,Ms={data:Vi,props:Ki,emits:Ki,methods:Gi,computed:Gi,beforeCreate:Wi,created:Wi,beforeMount:Wi,mounted:Wi,beforeUpdate:Wi,updated:Wi,beforeDestroy:Wi,beforeUnmount:Wi,destroyed:Wi,unmounted:Wi,activated:Wi,deactivated:Wi,errorCaptured:Wi,serverPrefetch:Wi,components:Gi,directives:Gi,watch:qi,provide:Vi,inject:Hi},Ns=0,Ps=null,Fs=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${ve(t)}Modifiers`]||e[`${be(t)}Modifiers`],Is=/* @__PURE__ */ new WeakMap,Ls=e=>{let t;for(let n in e)(n===`class`||n===`style`||T(n))&&((t||={})[n]=e[n]);return t},Rs=(e,t)=>{let n={};for(let r in e)E(r)&&r.slice(9)in t||(n[r]=e[r]);return n},zs={},Bs=()=>Object.create(zs),Vs=e=>Object.getPrototypeOf(e)===zs,Hs=/* @__PURE__ */ new WeakMap,Us=e=>e===`_`||e===`_ctx`||e===`$stable`,Ws=e=>k(e)?e.map(Ka):[Ka(e)],Gs=(e,t,n)=>{if(t._n)return t;let r=F((...e)=>Ws(t(...e)),n);return r._c=!1,r},Ks=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Us(n))continue;let i=e[n];if(A(i))t[n]=Gs(n,i,r);else if(i!=null){let e=Ws(i);t[n]=()=>e}}},qs=(e,t)=>{let n=Ws(t);e.slots.default=()=>n},Js=(e,t,n)=>{for(let r in t)(n||!Us(r))&&(e[r]=t[r])},Ys=(e,t,n)=>{let r=e.slots=Bs();if(e.vnode.shapeFlag&32){let e=t._;e?(Js(r,t,n),n&&Te(r,`_`,e,!0)):Ks(t,r)}else t&&qs(e,t)},Xs=(e,t,n)=>{let{vnode:r,slots:i}=e,a=!0,o=S;if(r.shapeFlag&32){let e=t._;e?n&&e===1?a=!1:Js(i,t,n):(a=!t.$stable,Ks(t,i)),o=t}else t&&(qs(e,t),o={default:1});if(a)for(let e in i)!Us(e)&&o[e]==null&&delete i[e]},Zs=Na,Qs=e=>e.__isSuspense,$s=0,ec=/* @__PURE__ */ Symbol(`_deferredEnter`),tc={name:`Suspense`,__isSuspense:!0,process(e,t,n,r,i,a,o,s,c,l){if(e==null)Ea(t,n,r,i,a,o,s,c,l);else{let u=e.suspense;if(a&&a.deps>0&&!a.isHydrating){let n=u.parentComponent;if(n&&n.suspense===a&&n.suspenseId!==a.pendingId?a.pendingBranch&&!Ba(t.ssContent,u.pendingBranch||u.activeBranch):!u.isInFallback){t.suspense=u,u.vnode=t,t.el=e.el;return}}Da(e,t,n,r,i,o,s,c,l)}},hydrate:ka,normalize:Aa},W=/* @__PURE__ */ Symbol.for(`v-fgt`),nc=/* @__PURE__ */ Symbol.for(`v-txt`),rc=/* @__PURE__ */ Symbol.for(`v-cmt`),ic=/* @__PURE__ */ Symbol.for(`v-stc`),ac=[],oc=null,sc=1,cc=({key:e})=>e??null,lc=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:se(e)||/* @__PURE__ */ Nt(e)||A(e)?{i:Do,r:e,k:t,f:!!n}:e),G=Ha,uc=/* @__PURE__ */ Ji(),dc=0,fc=null,pc=()=>fc||Do;{let e=ke(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};mc=t(`__VUE_INSTANCE_SETTERS__`,e=>fc=e),hc=t(`__VUE_SSR_SETTERS__`,e=>vc=e)}gc=e=>{let t=fc;return mc(e),e.scope.on(),()=>{e.scope.off(),mc(t)}},_c=()=>{fc&&fc.scope.off(),mc(null)},vc=!1,xc=()=>!yc,Sc=/* @__PURE__ */ Symbol(),Cc={get(e,t){return it(e,`get`,``),t===Sc?e:e[t]}},K=(e,t)=>/* @__PURE__ */ Ut(e,t,vc),wc=`3.5.45`,Tc=w,Ec=ho,Dc=To,Oc=lr,kc={createComponentInstance:Za,setupComponent:$a,renderComponentRoot:ea,setCurrentRenderingInstance:ur,isVNode:za,normalizeVNode:Ka,getComponentPublicInstance:ao,ensureValidVNode:vi,pushWarningContext:qn,popWarningContext:Jn}}));function jc(e){let t={};for(let n in e)n in Kl||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:l=o,appearToClass:u=s,leaveFromClass:d=`${n}-leave-from`,leaveActiveClass:f=`${n}-leave-active`,leaveToClass:p=`${n}-leave-to`}=e,m=Mc(i),h=m&&m[0],g=m&&m[1],{onBeforeEnter:_,onEnter:v,onEnterCancelled:y,onLeave:b,onLeaveCancelled:x,onBeforeAppear:S=_,onAppear:C=v,onAppearCancelled:w=y}=t,ee=(e,t,n,r)=>{e._enterCancelled=r,Fc(e,t?u:s),Fc(e,t?l:o),n&&n()},T=(e,t)=>{e._isLeaving=!1,Fc(e,d),Fc(e,p),Fc(e,f),t&&t()},E=e=>(t,n)=>{let i=e?C:v,o=()=>ee(t,e,n);Xl(i,[t,o]),Ic(()=>{Fc(t,e?c:a),Pc(t,e?u:s),Zl(i)||Lc(t,r,h,o)})};return D(t,{onBeforeEnter(e){Xl(_,[e]),Pc(e,a),Pc(e,o)},onBeforeAppear(e){Xl(S,[e]),Pc(e,c),Pc(e,l)},onEnter:E(!1),onAppear:E(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>T(e,t);Pc(e,d),e._enterCancelled?(Pc(e,f),Vc(e)):(Vc(e),Pc(e,f)),Ic(()=>{e._isLeaving&&(Fc(e,d),Pc(e,p),Zl(b)||Lc(e,r,g,n))}),Xl(b,[e,n])},onEnterCancelled(e){ee(e,!1,void 0,!0),Xl(y,[e])},onAppearCancelled(e){ee(e,!0,void 0,!0),Xl(w,[e])},onLeaveCancelled(e){T(e),Xl(x,[e])}})}function Mc(e){if(e==null)return null;if(j(e))return[Nc(e.enter),Nc(e.leave)];{let t=Nc(e);return[t,t]}}function Nc(e){return De(e)}function Pc(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[Gl]||(e[Gl]=/* @__PURE__ */ new Set)).add(t)}function Fc(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[Gl];n&&(n.delete(t),n.size||(e[Gl]=void 0))}function Ic(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}function Lc(e,t,n,r){let i=e._endId=++Ql,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=Rc(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function Rc(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${Ul}Delay`),a=r(`${Ul}Duration`),o=zc(i,a),s=r(`${Wl}Delay`),c=r(`${Wl}Duration`),l=zc(s,c),u=null,d=0,f=0;t===Ul?o>0&&(u=Ul,d=o,f=a.length):t===Wl?l>0&&(u=Wl,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?Ul:Wl:null,f=u?u===Ul?a.length:c.length:0);let p=u===Ul&&/\b(?:transform|all)(?:,|$)/.test(r(`${Ul}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function zc(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Bc(t)+Bc(e[n])))}function Bc(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Vc(e){return(e?e.ownerDocument:document).body.offsetHeight}function Hc(e,t,n){let r=e[Gl];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}function Uc(e,t){e.style.display=t?e[$l]:`none`,e[eu]=!t}function Wc(){tu.getSSRProps=({value:e})=>{if(!e)return{style:{display:`none`}}}}function Gc(e){let t=pc();if(!t)return;let n=t.ut=(n=e(t.proxy))=>{Array.from(document.querySelectorAll(`[data-v-owner="${t.uid}"]`)).forEach(e=>qc(e,n))},r=()=>{let r=e(t.proxy);t.ce?qc(t.ce,r):Kc(t.subTree,r),n(r)};gs(()=>{ir(r)}),hs(()=>{xr(r,w,{flush:`post`});let e=new MutationObserver(r);e.observe(t.subTree.el.parentNode,{childList:!0}),ys(()=>e.disconnect())})}function Kc(e,t){if(e.shapeFlag&128){let n=e.suspense;e=n.activeBranch,n.pendingBranch&&!n.isHydrating&&n.effects.push(()=>{Kc(n.activeBranch,t)})}for(;e.component;)e=e.component.subTree;if(e.shapeFlag&1&&e.el)qc(e.el,t);else if(e.type===W)e.children.forEach(e=>Kc(e,t));else if(e.type===ic){let{el:n,anchor:r}=e;for(;n&&(qc(n,t),n!==r);)n=n.nextSibling}}function qc(e,t){if(e.nodeType===1){let n=e.style,r=``;for(let e in t){let i=x(t[e]);n.setProperty(`--${e}`,i),r+=`--${e}: ${i};`}n[nu]=r}}function Jc(e,t,n){let r=e.style,i=se(n),a=!1;if(n&&!i){if(t){if(se(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Yc(r,t,``)}else for(let e in t)n[e]??Yc(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Yc(r,i,``):Zc(e,i,!se(t)&&t?t[i]:void 0,o)||Yc(r,i,o)}}else if(i){if(t!==n){let e=r[nu];e&&(n+=`;`+e),r.cssText=n,a=ru.test(n)}}else t&&e.removeAttribute(`style`);$l in e&&(i&&t===n||(e[$l]=a?r.display:``),e[eu]&&(r.display=`none`))}function Yc(e,t,n){if(k(n))n.forEach(n=>Yc(e,t,n));else if(n??=``,t.startsWith(`--`))iu.test(n)?e.setProperty(t,n.replace(iu,``),`important`):e.setProperty(t,n);else{let r=Xc(e,t);iu.test(n)?e.setProperty(be(r),n.replace(iu,``),`important`):e[r]=n}}function Xc(e,t){let n=ou[t];if(n)return n;let r=ve(t);if(r!==`filter`&&r in e)return ou[t]=r;r=xe(r);for(let n=0;n<au.length;n++){let i=au[n]+r;if(i in e)return ou[t]=i}return t}function Zc(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&se(r)&&n===r}function Qc(e,t,n,r,i,a=Fe(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(su,t.slice(6,t.length)):e.setAttributeNS(su,t,n):n==null||a&&!m(n)?e.removeAttribute(t):e.setAttribute(t,a?``:ce(n)?String(n):n)}function $c(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?Ll(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=m(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function el(e,t,n,r){e.addEventListener(t,n,r)}function tl(e,t,n,r){e.removeEventListener(t,n,r)}function nl(e,t,n,r,i=null){let a=e[cu]||(e[cu]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=rl(t);r?el(e,n,a[t]=il(r,i),s):o&&(tl(e,n,o,s),a[t]=void 0)}}function rl(e){let t,n;for(;(n=e.match(lu))&&!uu.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):be(e.slice(2)),t]}function il(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(k(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&Zn(e,t,5,a)}}else Zn(r,t,5,[e])};return n.value=e,n.attached=pu(),n}function al(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&mu(t)&&A(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return mu(t)&&se(n)?!1:t in e}function ol(e,t){let n=e._def.props;if(!n)return!1;let r=ve(t);return Array.isArray(n)?n.some(e=>ve(e)===r):Object.keys(n).some(e=>ve(e)===r)}// @__NO_SIDE_EFFECTS__
function sl(e,t,n){let r=/* @__PURE__ */ Rr(e,t);pe(r)&&(r=D({},r,t));class i extends yu{constructor(e){super(r,e,n)}}return i.def=r,i}function cl(e){let t=pc();return t&&t.ce||null}function ll(){let e=cl();return e&&e.shadowRoot}function ul(e=`$style`){{let t=pc();if(!t)return S;let n=t.type.__cssModules;return n&&n[e]||S}}function dl(e){let t=e.el;t[Su]&&t[Su](),t[Cu]&&t[Cu]()}function fl(e){return e.moveClass||`${e.name||`v`}-move`}function pl(e,t){xu.set(e,hl(e.el,t))}function ml(e){let t=bu.get(e),n=xu.get(e),r=t.left-n.left,i=t.top-n.top;if(r||i){let t=e.el,n=t.style,a=t.getBoundingClientRect(),o=1,s=1;return t.offsetWidth&&(o=a.width/t.offsetWidth),t.offsetHeight&&(s=a.height/t.offsetHeight),Number.isFinite(o)&&o!==0||(o=1),Number.isFinite(s)&&s!==0||(s=1),Math.abs(o-1)<.01&&(o=1),Math.abs(s-1)<.01&&(s=1),n.transform=n.webkitTransform=`translate(${r/o}px,${i/s}px)`,n.transitionDuration=`0s`,e}}function hl(e,t){let n=e.getBoundingClientRect();return{left:n.left-(t?t.left:0),top:n.top-(t?t.top:0)}}function gl(e){let t;for(let n=e.parent;n;n=n.parent){let r=wu.get(n);if(r){let i=_l(n.vnode.el,e.vnode.el);i&&(t||=[]).push(D(hl(i),{item:i,willMove:r}))}}return t}function _l(e,t){let n=e.nodeType===1?e:e.parentNode;for(;t&&t.parentNode!==n;)t=t.parentNode;if(t&&t.nodeType===1)return t}function vl(e,t){let n=e.find(e=>e.willMove()&&e.item.contains(t));return n&&hl(n.item,n)}function yl(e,t,n){let r=e.cloneNode(),i=e[Gl];i&&i.forEach(e=>{e.split(/\s+/).forEach(e=>e&&r.classList.remove(e))}),n.split(/\s+/).forEach(e=>e&&r.classList.add(e)),r.style.display=`none`;let a=t.nodeType===1?t:t.parentNode;a.appendChild(r);let{hasTransform:o}=Rc(r);return a.removeChild(r),o}function bl(e){e.target.composing=!0}function xl(e){let t=e.target;t.composing&&(t.composing=!1,t.dispatchEvent(new Event(`input`)))}function Sl(e,t,n){return t&&(e=e.trim()),n&&(e=Ee(e)),e}function Cl(e,{value:t,oldValue:n},r){e._modelValue=t;let i;if(k(t))i=b(t,r.props.value)>-1;else if(ie(t))i=t.has(r.props.value);else{if(t===n)return;i=y(t,Dl(e,!0))}e.checked!==i&&(e.checked=i)}function wl(e,t,n){if(!n||k(e))return y(e,t);if(ie(e)){if(e.size!==t.length)return!1;for(let n of t)if(!e.has(n))return!1;return!0}return!1}function Tl(e,t,n=!1){let r=e.multiple,i=k(t);if(!r||i||ie(t)){for(let a=0,o=e.options.length;a<o;a++){let o=e.options[a],s=El(o);if(r){if(i){let e=typeof s;o.selected=e===`string`||e===`number`?t.some(e=>String(e)===String(s)):b(t,s)>-1}else o.selected=t.has(s)||n&&typeof s==`string`&&t.has(Ee(s))}else if(y(El(o),t)){e.selectedIndex!==a&&(e.selectedIndex=a);return}}!r&&e.selectedIndex!==-1&&(e.selectedIndex=-1)}}function El(e){return`_value`in e?e._value:e.value}function Dl(e,t){let n=t?`_trueValue`:`_falseValue`;return n in e?e[n]:t}function Ol(e,t){switch(e){case`SELECT`:return Nu;case`TEXTAREA`:return Au;default:switch(t){case`checkbox`:return ju;case`radio`:return Mu;default:return Au}}}function kl(e,t,n,r,i){let a=Ol(e.tagName,n.props&&n.props.type)[i];a&&a(e,t,n,r)}function Al(){Au.getSSRProps=({value:e})=>({value:e}),Mu.getSSRProps=({value:e},t)=>{if(t.props&&y(t.props.value,e))return{checked:!0}},ju.getSSRProps=({value:e},t)=>{if(k(e)){if(t.props&&b(e,t.props.value)>-1)return{checked:!0}}else if(ie(e)){if(t.props&&e.has(t.props.value))return{checked:!0}}else if(e)return{checked:!0}},Pu.getSSRProps=(e,t)=>{if(typeof t.type!=`string`)return;let n=Ol(t.type.toUpperCase(),t.props&&t.props.type);if(n.getSSRProps)return n.getSSRProps(e,t)}}function jl(){return Vu||=fa(Bu)}function Ml(){return Vu=Hu?Vu:pa(Bu),Hu=!0,Vu}function Nl(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function Pl(e){return se(e)?document.querySelector(e):e}var Fl,Il,Ll,Rl,zl,Bl,Vl,Hl,Ul,Wl,Gl,Kl,ql,Jl,Yl,Xl,Zl,Ql,$l,eu,tu,nu,ru,iu,au,ou,su,cu,lu,uu,du,fu,pu,mu,hu,gu,_u,vu,yu,bu,xu,Su,Cu,wu,Tu,Eu,Du,Ou,ku,Au,ju,Mu,Nu,Pu,Fu,Iu,Lu,Ru,zu,Bu,Vu,Hu,Uu,Wu,Gu,Ku,qu,Ju,Yu=t((()=>{if(Ac(),Ac(),ze(),Fl=void 0,Il=typeof window<`u`&&window.trustedTypes,Il)try{Fl=/* @__PURE__ */ Il.createPolicy(`vue`,{createHTML:e=>e})}catch{}Ll=Fl?e=>Fl.createHTML(e):e=>e,Rl=`http://www.w3.org/2000/svg`,zl=`http://www.w3.org/1998/Math/MathML`,Bl=typeof document<`u`?document:null,Vl=Bl&&/* @__PURE__ */ Bl.createElement(`template`),Hl={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?Bl.createElementNS(Rl,e):t===`mathml`?Bl.createElementNS(zl,e):n?Bl.createElement(e,{is:n}):Bl.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>Bl.createTextNode(e),createComment:e=>Bl.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>Bl.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{Vl.innerHTML=Ll(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=Vl.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},Ul=`transition`,Wl=`animation`,Gl=/* @__PURE__ */ Symbol(`_vtc`),Kl={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},ql=/* @__PURE__ */ D({},Go,Kl),Jl=e=>(e.displayName=`Transition`,e.props=ql,e),Yl=/* @__PURE__ */ Jl((e,{slots:t})=>co(qo,jc(e),t)),Xl=(e,t=[])=>{k(e)?e.forEach(e=>e(...t)):e&&e(...t)},Zl=e=>e?k(e)?e.some(e=>e.length>1):e.length>1:!1,Ql=0,$l=/* @__PURE__ */ Symbol(`_vod`),eu=/* @__PURE__ */ Symbol(`_vsh`),tu={name:`show`,beforeMount(e,{value:t},{transition:n}){e[$l]=e.style.display===`none`?``:e.style.display,n&&t?n.beforeEnter(e):Uc(e,t)},mounted(e,{value:t},{transition:n}){n&&t&&n.enter(e)},updated(e,{value:t,oldValue:n},{transition:r}){!t!=!n&&(r?t?(r.beforeEnter(e),Uc(e,!0),r.enter(e)):r.leave(e,()=>{Uc(e,!1)}):Uc(e,t))},beforeUnmount(e,{value:t}){Uc(e,t)}},nu=/* @__PURE__ */ Symbol(``),ru=/(?:^|;)\s*display\s*:/,iu=/\s*!important$/,au=[`Webkit`,`Moz`,`ms`],ou={},su=`http://www.w3.org/1999/xlink`,cu=/* @__PURE__ */ Symbol(`_vei`),lu=/(Once|Passive|Capture)$/,uu=/^on:?(?:Once|Passive|Capture)$/,du=0,fu=/* @__PURE__ */ Promise.resolve(),pu=()=>du||=(fu.then(()=>du=0),Date.now()),mu=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,hu=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?Hc(e,r,o):t===`style`?Jc(e,n,r):T(t)?E(t)||nl(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):al(e,t,r,o))?($c(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||Qc(e,t,r,o,a,t!==`value`)):e._isVueCE&&(ol(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!se(r)))?$c(e,ve(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),Qc(e,t,r,o))},gu={},_u=/* @__NO_SIDE_EFFECTS__ */ ((e,t)=>/* @__PURE__ */ sl(e,t,Ku)),vu=typeof HTMLElement<`u`?HTMLElement:class{},yu=class e extends vu{constructor(e,t={},n=Gu){super(),this._def=e,this._props=t,this._createApp=n,this._isVueCE=!0,this._instance=null,this._app=null,this._nonce=this._def.nonce,this._connected=!1,this._resolved=!1,this._patching=!1,this._dirty=!1,this._numberProps=null,this._styleChildren=/* @__PURE__ */ new WeakSet,this._styleAnchors=/* @__PURE__ */ new WeakMap,this._ob=null,this.shadowRoot&&n!==Gu?this._root=this.shadowRoot:e.shadowRoot===!1?this._root=this:(this.attachShadow(D({},e.shadowRootOptions,{mode:`open`})),this._root=this.shadowRoot)}connectedCallback(){if(!this.isConnected)return;!this.shadowRoot&&!this._resolved&&this._parseSlots(),this._connected=!0;let t=this;for(;t&&=t.assignedSlot||t.parentNode||t.host;)if(t instanceof e){this._parent=t;break}this._instance||(this._resolved?this._mount(this._def):t&&t._pendingResolve?this._pendingResolve=t._pendingResolve.then(()=>{if(this._pendingResolve=void 0,this.isConnected)return this._resolveDef()}):this._resolveDef())}_setParent(e=this._parent){e&&(this._instance.parent=e._instance,this._inheritParentContext(e))}_inheritParentContext(e=this._parent){e&&this._app&&Object.setPrototypeOf(this._app._context.provides,e._instance.provides)}disconnectedCallback(){this._connected=!1,er(()=>{this._connected||(this._ob&&=(this._ob.disconnect(),null),this._app&&this._app.unmount(),this._instance&&(this._instance.ce=void 0),this._app=this._instance=null,this._teleportTargets&&=(this._teleportTargets.clear(),void 0))})}_processMutations(e){for(let t of e)this._setAttr(t.attributeName)}_resolveDef(){if(this._pendingResolve)return this._pendingResolve;for(let e=0;e<this.attributes.length;e++)this._setAttr(this.attributes[e].name);this._ob=new MutationObserver(this._processMutations.bind(this)),this._ob.observe(this,{attributes:!0});let e=(e,t=!1)=>{this._resolved=!0,this._pendingResolve=void 0;let{props:n,styles:r}=e,i;if(n&&!k(n))for(let e in n){let t=n[e];(t===Number||t&&t.type===Number)&&(e in this._props&&(this._props[e]=De(this._props[e])),(i||=/* @__PURE__ */ Object.create(null))[ve(e)]=!0)}this._numberProps=i,this._resolveProps(e),this.shadowRoot&&this._applyStyles(r),this._connected&&this._mount(e)},t=this._def.__asyncLoader;if(t)return this._pendingResolve=t().then(t=>{t.configureApp=this._def.configureApp,e(this._def=t,!0)}),this._pendingResolve;e(this._def)}_mount(e){this._app=this._createApp(e),this._inheritParentContext(),e.configureApp&&e.configureApp(this._app),this._app._ceVNode=this._createVNode(),this._app.mount(this._root);let t=this._instance&&this._instance.exposed;if(t)for(let e in t)O(this,e)||Object.defineProperty(this,e,{get:()=>P(t[e])})}_resolveProps(e){let{props:t}=e,n=k(t)?t:Object.keys(t||{});for(let e of Object.keys(this))e[0]!==`_`&&n.includes(e)&&this._setProp(e,this[e]);for(let e of n.map(ve))Object.defineProperty(this,e,{get(){return this._getProp(e)},set(t){this._setProp(e,t,!0,!this._patching)}})}_setAttr(e){if(e.startsWith(`data-v-`))return;let t=this.hasAttribute(e),n=t?this.getAttribute(e):gu,r=ve(e);t&&this._numberProps&&this._numberProps[r]&&(n=De(n)),this._setProp(r,n,!1,!0)}_getProp(e){return this._props[e]}_setProp(e,t,n=!0,r=!1){if(t!==this._props[e]&&(this._dirty=!0,t===gu?delete this._props[e]:(this._props[e]=t,e===`key`&&this._app&&(this._app._ceVNode.key=t)),r&&this._instance&&this._update(),n)){let n=this._ob;n&&(this._processMutations(n.takeRecords()),n.disconnect()),t===!0?this.setAttribute(be(e),``):typeof t==`string`||typeof t==`number`?this.setAttribute(be(e),t+``):t||this.removeAttribute(be(e)),n&&n.observe(this,{attributes:!0})}}_update(){let e=this._createVNode();this._app&&(e.appContext=this._app._context),Uu(e,this._root)}_createVNode(){let e={};this.shadowRoot||(e.onVnodeMounted=e.onVnodeUpdated=this._renderSlots.bind(this));let t=G(this._def,D(e,this._props));return this._instance||(t.ce=e=>{this._instance=e,e.ce=this,e.isCE=!0;let t=(e,t)=>{this.dispatchEvent(new CustomEvent(e,pe(t[0])?D({detail:t},t[0]):{detail:t}))};e.emit=(e,...n)=>{t(e,n),be(e)!==e&&t(be(e),n)},this._setParent()}),t}_applyStyles(e,t,n){if(!e)return;if(t){if(t===this._def||this._styleChildren.has(t))return;this._styleChildren.add(t)}let r=this._nonce,i=this.shadowRoot,a=n?this._getStyleAnchor(n)||this._getStyleAnchor(this._def):this._getRootStyleInsertionAnchor(i),o=null;for(let s=e.length-1;s>=0;s--){let c=document.createElement(`style`);r&&c.setAttribute(`nonce`,r),c.textContent=e[s],i.insertBefore(c,o||a),o=c,s===0&&(n||this._styleAnchors.set(this._def,c),t&&this._styleAnchors.set(t,c))}}_getStyleAnchor(e){if(!e)return null;let t=this._styleAnchors.get(e);return t&&t.parentNode===this.shadowRoot?t:(t&&this._styleAnchors.delete(e),null)}_getRootStyleInsertionAnchor(e){for(let t=0;t<e.childNodes.length;t++){let n=e.childNodes[t];if(!(n instanceof HTMLStyleElement))return n}return null}_parseSlots(){let e=this._slots={},t;for(;t=this.firstChild;){let n=t.nodeType===1&&t.getAttribute(`slot`)||`default`;(e[n]||(e[n]=[])).push(t),this.removeChild(t)}}_renderSlots(){let e=this._getSlots(),t=this._instance.type.__scopeId;for(let n=0;n<e.length;n++){let r=e[n],i=r.getAttribute(`name`)||`default`,a=this._slots[i],o=r.parentNode;if(a)for(let e of a){if(t&&e.nodeType===1){let n=t+`-s`,r=document.createTreeWalker(e,1);e.setAttribute(n,``);let i;for(;i=r.nextNode();)i.setAttribute(n,``)}o.insertBefore(e,r)}else for(;r.firstChild;)o.insertBefore(r.firstChild,r);o.removeChild(r)}}_getSlots(){let e=[this];this._teleportTargets&&e.push(...this._teleportTargets);let t=/* @__PURE__ */ new Set;for(let n of e){let e=n.querySelectorAll(`slot`);for(let n=0;n<e.length;n++)t.add(e[n])}return Array.from(t)}_injectChildStyle(e,t){this._applyStyles(e.styles,e,t)}_beginPatch(){this._patching=!0,this._dirty=!1}_endPatch(){this._patching=!1,this._dirty&&this._instance&&this._update()}_hasShadowRoot(){return this._def.shadowRoot!==!1}_removeChildStyle(e){}},bu=/* @__PURE__ */ new WeakMap,xu=/* @__PURE__ */ new WeakMap,Su=/* @__PURE__ */ Symbol(`_moveCb`),Cu=/* @__PURE__ */ Symbol(`_enterCb`),wu=/* @__PURE__ */ new WeakMap,Tu=e=>(delete e.props.mode,e),Eu=/* @__PURE__ */ Tu({name:`TransitionGroup`,props:/* @__PURE__ */ D({},ql,{tag:String,moveClass:String}),setup(e,{slots:t}){let n=pc(),r=kr(),i,a,o,s,c=()=>(s===void 0&&(s=i.length>0&&yl(i[0].el,n.vnode.el,fl(e))),s);return _s(()=>{if(wu.delete(n),!c()){i=[],o=void 0;return}let t=fl(e);i.forEach(dl);let r=o&&vl(o,n.vnode.el);o=void 0,i.forEach(e=>pl(e,r));let a=i.filter(ml);Vc(n.vnode.el),a.forEach(e=>{let n=e.el,r=n.style;Pc(n,t),r.transform=r.webkitTransform=r.transitionDuration=``;let i=n[Su]=e=>{e&&e.target!==n||(!e||e.propertyName.endsWith(`transform`))&&(n.removeEventListener(`transitionend`,i),n[Su]=null,Fc(n,t))};n.addEventListener(`transitionend`,i)}),i=[]}),()=>{let l=/* @__PURE__ */ jt(e),u=jc(l),d=l.tag||W;if(i=[],s=void 0,a)for(let e=0;e<a.length;e++){let t=a[e];t.el&&t.el instanceof Element&&!t.el[eu]&&(i.push(t),Fr(t,Mr(t,u,r,n)),bu.set(t,hl(t.el)))}a=t.default?Ir(t.default()):[];for(let e=0;e<a.length;e++){let t=a[e];t.key!=null&&Fr(t,Mr(t,u,r,n))}return i.length&&(o=gl(n),wu.set(n,c)),G(d,null,a)}}}),Du=e=>{let t=e.props[`onUpdate:modelValue`]||!1;return k(t)?e=>we(t,e):t},Ou=/* @__PURE__ */ Symbol(`_assign`),ku=/* @__PURE__ */ Symbol(`_initialValue`),Au={created(e,{modifiers:{lazy:t,trim:n,number:r}},i){e.parentNode&&(e.type===`text`?e[ku]=e.defaultValue.replace(/[\r\n]/g,``):e.type===`textarea`&&(e[ku]=e.defaultValue.replace(/\r\n?/g,`
`))),e[Ou]=Du(i);let a=r||i.props&&i.props.type===`number`;el(e,t?`change`:`input`,t=>{t.target.composing||e[Ou](Sl(e.value,n,a))}),(n||a)&&el(e,`change`,()=>{e.value=Sl(e.value,n,a)}),t||(el(e,`compositionstart`,bl),el(e,`compositionend`,xl),el(e,`change`,xl))},mounted(e,{value:t,modifiers:{trim:n,number:r}}){let i=t??``,a=e[ku];delete e[ku],a!==void 0&&(e.type===`text`||e.type===`textarea`)&&e.value!==a?e[Ou](Sl(e.value,n,r)):e.value=i},beforeUpdate(e,{value:t,oldValue:n,modifiers:{lazy:r,trim:i,number:a}},o){if(e[Ou]=Du(o),e.composing)return;let s=(a||e.type===`number`)&&!/^0\d/.test(e.value)?Ee(e.value):e.value,c=t??``;if(s===c)return;let l=e.getRootNode();(l instanceof Document||l instanceof ShadowRoot)&&l.activeElement===e&&e.type!==`range`&&(r&&t===n||i&&e.value.trim()===c)||(e.value=c)}},ju={deep:!0,created(e,t,n){e[Ou]=Du(n),el(e,`change`,()=>{let t=e._modelValue,n=El(e),r=e.checked,i=e[Ou];if(k(t)){let e=b(t,n),a=e!==-1;if(r&&!a)i(t.concat(n));else if(!r&&a){let n=[...t];n.splice(e,1),i(n)}}else if(ie(t)){let e=new Set(t);r?e.add(n):e.delete(n),i(e)}else i(Dl(e,r))})},mounted:Cl,beforeUpdate(e,t,n){e[Ou]=Du(n),Cl(e,t,n)}},Mu={created(e,{value:t},n){e.checked=y(t,n.props.value),e[Ou]=Du(n),el(e,`change`,()=>{e[Ou](El(e))})},beforeUpdate(e,{value:t,oldValue:n},r){e[Ou]=Du(r),t!==n&&(e.checked=y(t,r.props.value))}},Nu={deep:!0,created(e,{value:t,modifiers:{number:n}},r){e._modelValue=t,el(e,`change`,()=>{let t=Array.prototype.filter.call(e.options,e=>e.selected).map(e=>n?Ee(El(e)):El(e)),r=e.multiple,i=r?ie(e._modelValue)?new Set(t):t:t[0],a=e._pendingValue=[r,r?k(i)?t.slice():t:i];try{e[Ou](i)}finally{er(()=>{e._pendingValue===a&&(e._pendingValue=void 0)})}}),e[Ou]=Du(r)},mounted(e,{value:t,modifiers:{number:n}}){Tl(e,t,n)},beforeUpdate(e,{value:t},n){e._modelValue=t,e[Ou]=Du(n)},updated(e,{value:t,modifiers:{number:n}}){let r=e._pendingValue;e._pendingValue=void 0,r&&r[0]===e.multiple&&wl(t,r[1],r[0])||Tl(e,t,n)}},Pu={created(e,t,n){kl(e,t,n,null,`created`)},mounted(e,t,n){kl(e,t,n,null,`mounted`)},beforeUpdate(e,t,n,r){kl(e,t,n,r,`beforeUpdate`)},updated(e,t,n,r){kl(e,t,n,r,`updated`)}},Fu=[`ctrl`,`shift`,`alt`,`meta`],Iu={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>Fu.some(n=>e[`${n}Key`]&&!t.includes(n))},Lu=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=Iu[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},Ru={esc:`escape`,space:` `,up:`arrow-up`,left:`arrow-left`,right:`arrow-right`,down:`arrow-down`,delete:`backspace`},zu=(e,t)=>{let n=e._withKeys||={},r=t.join(`.`);return n[r]||(n[r]=(n=>{if(!(`key`in n))return;let r=be(n.key);if(t.some(e=>e===r||Ru[e]===r))return e(n)}))},Bu=/* @__PURE__ */ D({patchProp:hu},Hl),Hu=!1,Uu=((...e)=>{jl().render(...e)}),Wu=((...e)=>{Ml().hydrate(...e)}),Gu=((...e)=>{let t=jl().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=Pl(e);if(!r)return;let i=t._component;A(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,Nl(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t}),Ku=((...e)=>{let t=Ml().createApp(...e),{mount:n}=t;return t.mount=e=>{let t=Pl(e);if(t)return n(t,!0,Nl(t))},t}),qu=!1,Ju=()=>{qu||(qu=!0,Al(),Wc())}})),Xu=/* @__PURE__ */ n({BaseTransition:()=>qo,BaseTransitionPropsValidators:()=>Go,Comment:()=>rc,DeprecationTypes:()=>null,EffectScope:()=>Yt,ErrorCodes:()=>mo,ErrorTypeStrings:()=>Ec,Fragment:()=>W,KeepAlive:()=>fs,ReactiveEffect:()=>Qt,Static:()=>ic,Suspense:()=>tc,Teleport:()=>Vo,Text:()=>nc,TrackOpTypes:()=>Vn,Transition:()=>Yl,TransitionGroup:()=>Eu,TriggerOpTypes:()=>Hn,VueElement:()=>yu,assertNumber:()=>Yn,callWithAsyncErrorHandling:()=>Zn,callWithErrorHandling:()=>Xn,camelize:()=>ve,capitalize:()=>xe,cloneVNode:()=>Wa,compatUtils:()=>null,compile:()=>Zu,computed:()=>K,createApp:()=>Gu,createBlock:()=>z,createCommentVNode:()=>H,createElementBlock:()=>R,createElementVNode:()=>B,createHydrationRenderer:()=>pa,createPropsRestProxy:()=>Ni,createRenderer:()=>fa,createSSRApp:()=>Ku,createSlots:()=>_i,createStaticVNode:()=>Ga,createTextVNode:()=>V,createVNode:()=>G,customRef:()=>zt,defineAsyncComponent:()=>ei,defineComponent:()=>Rr,defineCustomElement:()=>sl,defineEmits:()=>xi,defineExpose:()=>Si,defineModel:()=>Ti,defineOptions:()=>Ci,defineProps:()=>bi,defineSSRCustomElement:()=>_u,defineSlots:()=>wi,devtools:()=>Dc,effect:()=>Qe,effectScope:()=>Be,getCurrentInstance:()=>pc,getCurrentScope:()=>Ve,getCurrentWatcher:()=>Wt,getTransitionRawChildren:()=>Ir,guardReactiveProps:()=>Ua,h:()=>co,handleError:()=>Qn,hasInjectionContext:()=>_r,hydrate:()=>Wu,hydrateOnIdle:()=>os,hydrateOnInteraction:()=>ls,hydrateOnMediaQuery:()=>cs,hydrateOnVisible:()=>ss,initCustomFormatter:()=>lo,initDirectivesForSSR:()=>Ju,inject:()=>gr,isMemoSame:()=>fo,isProxy:()=>At,isReactive:()=>Dt,isReadonly:()=>Ot,isRef:()=>Nt,isRuntimeOnly:()=>xc,isShallow:()=>kt,isVNode:()=>za,markRaw:()=>Mt,mergeDefaults:()=>ji,mergeModels:()=>Mi,mergeProps:()=>U,nextTick:()=>er,nodeOps:()=>Hl,normalizeClass:()=>f,normalizeProps:()=>p,normalizeStyle:()=>u,onActivated:()=>ri,onBeforeMount:()=>ms,onBeforeUnmount:()=>vs,onBeforeUpdate:()=>gs,onDeactivated:()=>ii,onErrorCaptured:()=>ui,onMounted:()=>hs,onRenderTracked:()=>Ss,onRenderTriggered:()=>xs,onScopeDispose:()=>He,onServerPrefetch:()=>bs,onUnmounted:()=>ys,onUpdated:()=>_s,onWatcherCleanup:()=>Gt,openBlock:()=>L,patchProp:()=>hu,popScopeId:()=>fr,provide:()=>hr,proxyRefs:()=>Rt,pushScopeId:()=>dr,queuePostFlushCb:()=>ir,reactive:()=>St,readonly:()=>wt,ref:()=>N,registerRuntimeCompiler:()=>no,render:()=>Uu,renderList:()=>gi,renderSlot:()=>I,resolveComponent:()=>di,resolveDirective:()=>pi,resolveDynamicComponent:()=>fi,resolveFilter:()=>null,resolveTransitionHooks:()=>Mr,setBlockTracking:()=>La,setDevtoolsHook:()=>Oc,setTransitionHooks:()=>Fr,shallowReactive:()=>Ct,shallowReadonly:()=>Tt,shallowRef:()=>Pt,ssrContextKey:()=>Ao,ssrUtils:()=>kc,stop:()=>$e,toDisplayString:()=>M,toHandlerKey:()=>Se,toHandlers:()=>yi,toRaw:()=>jt,toRef:()=>Vt,toRefs:()=>Bt,toValue:()=>Lt,transformVNodeArgs:()=>Va,triggerRef:()=>It,unref:()=>P,useAttrs:()=>Oi,useCssModule:()=>ul,useCssVars:()=>Gc,useHost:()=>cl,useId:()=>zr,useModel:()=>Xi,useSSRContext:()=>jo,useShadowRoot:()=>ll,useSlots:()=>Di,useTemplateRef:()=>Vr,useTransitionState:()=>kr,vModelCheckbox:()=>ju,vModelDynamic:()=>Pu,vModelRadio:()=>Mu,vModelSelect:()=>Nu,vModelText:()=>Au,vShow:()=>tu,version:()=>wc,warn:()=>Tc,watch:()=>xr,watchEffect:()=>vr,watchPostEffect:()=>yr,watchSyncEffect:()=>br,withAsyncContext:()=>Pi,withCtx:()=>F,withDefaults:()=>Ei,withDirectives:()=>pr,withKeys:()=>zu,withMemo:()=>uo,withModifiers:()=>Lu,withScopeId:()=>ko}),Zu,q=t((()=>{Yu(),Zu=()=>{}}));function Qu(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[Qu(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}var $u=t((()=>{}));function ed(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function td(e,t){if(e&&t){let n=t=>{ed(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function nd(){return window.innerWidth-document.documentElement.offsetWidth}function rd(e){typeof e==`string`?td(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.setProperty(e.variableName,nd()+`px`),td(document.body,e?.className||`p-overflow-hidden`))}function id(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function ad(e){typeof e==`string`?id(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.removeProperty(e.variableName),id(document.body,e?.className||`p-overflow-hidden`))}function od(e){for(let t of document==null?void 0:document.styleSheets)try{for(let n of t?.cssRules)for(let t of n?.style)if(e.test(t))return{name:t,value:n.style.getPropertyValue(t).trim()}}catch{}return null}function sd(e){let t={width:0,height:0};if(e){let[n,r]=[e.style.visibility,e.style.display],i=e.getBoundingClientRect();e.style.visibility=`hidden`,e.style.display=`block`,t.width=i.width||e.offsetWidth,t.height=i.height||e.offsetHeight,e.style.display=r,e.style.visibility=n}return t}function cd(){let e=window,t=document,n=t.documentElement,r=t.getElementsByTagName(`body`)[0];return{width:e.innerWidth||n.clientWidth||r.clientWidth,height:e.innerHeight||n.clientHeight||r.clientHeight}}function ld(e){return e?Math.abs(e.scrollLeft):0}function ud(){let e=document.documentElement;return(window.pageXOffset||ld(e))-(e.clientLeft||0)}function dd(){let e=document.documentElement;return(window.pageYOffset||e.scrollTop)-(e.clientTop||0)}function fd(e){return e?getComputedStyle(e).direction===`rtl`:!1}function pd(e,t,n=!0){if(e){let r=e.offsetParent?{width:e.offsetWidth,height:e.offsetHeight}:sd(e),i=r.height,a=r.width,o=t.offsetHeight,s=t.offsetWidth,c=t.getBoundingClientRect(),l=dd(),u=ud(),d=cd(),f,p,m=`top`;c.top+o+i>d.height?(f=c.top+l-i,m=`bottom`,f<0&&(f=l)):f=o+c.top+l,p=c.left+a>d.width?Math.max(0,c.left+u+s-a):c.left+u,fd(e)?e.style.insetInlineEnd=p+`px`:e.style.insetInlineStart=p+`px`,e.style.top=f+`px`,e.style.transformOrigin=m,n&&(e.style.marginTop=m===`bottom`?`calc(${od(/-anchor-gutter$/)?.value??`2px`} * -1)`:od(/-anchor-gutter$/)?.value??``)}}function md(e,t){e&&(typeof t==`string`?e.style.cssText=t:Object.entries(t||{}).forEach(([t,n])=>e.style[t]=n))}function hd(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function gd(e,t,n=!0,r=void 0){if(e){let i=e.offsetParent?{width:e.offsetWidth,height:e.offsetHeight}:sd(e),a=t.offsetHeight,o=t.getBoundingClientRect(),s=cd(),c,l,u=r??`top`;if(!r&&o.top+a+i.height>s.height?(c=-1*i.height,u=`bottom`,o.top+c<0&&(c=-1*o.top)):c=a,l=i.width>s.width?o.left*-1:o.left+i.width>s.width?(o.left+i.width-s.width)*-1:0,e.style.top=c+`px`,e.style.insetInlineStart=l+`px`,e.style.transformOrigin=u,n){let t=od(/-anchor-gutter$/)?.value;e.style.marginTop=u===`bottom`?`calc(${t??`2px`} * -1)`:t??``}}}function _d(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function vd(e){return!!(e!=null&&e.nodeName&&_d(e))}function yd(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function bd(){if(window.getSelection){let e=window.getSelection()||{};e.empty?e.empty():e.removeAllRanges&&e.rangeCount>0&&e.getRangeAt(0).getClientRects().length>0&&e.removeAllRanges()}}function xd(e,t={}){if(yd(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?xd(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function Sd(e,t={},...n){if(e){let r=document.createElement(e);return xd(r,t),r.append(...n),r}}function Cd(e,t){if(e){e.style.opacity=`0`;let n=+/* @__PURE__ */ new Date,r=`0`,i=function(){r=`${+e.style.opacity+((/* @__PURE__ */ new Date()).getTime()-n)/t}`,e.style.opacity=r,n=+/* @__PURE__ */ new Date,+r<1&&(`requestAnimationFrame`in window?requestAnimationFrame(i):setTimeout(i,16))};i()}}function wd(e,t){return yd(e)?Array.from(e.querySelectorAll(t)):[]}function Td(e,t){return yd(e)?e.matches(t)?e:e.querySelector(t):null}function Ed(e,t){e&&document.activeElement!==e&&e.focus(t)}function Dd(e,t){if(yd(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function Od(e,t=``){let n=wd(e,`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href]:not([tabindex = "-1"]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`),r=[];for(let e of n)getComputedStyle(e).display!=`none`&&getComputedStyle(e).visibility!=`hidden`&&r.push(e);return r}function kd(e,t){let n=Od(e,t);return n.length>0?n[0]:null}function Ad(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function jd(e,t){let n=Od(e,t);return n.length>0?n[n.length-1]:null}function Md(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||ld(document.documentElement)||ld(document.body)||0)}}return{top:`auto`,left:`auto`}}function Nd(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function Pd(e,t=[]){let n=_d(e);return n===null?t:Pd(n,t.concat([n]))}function Fd(e){let t=[];if(e){let n=Pd(e),r=/(auto|scroll)/,i=e=>{try{let t=window.getComputedStyle(e,null);return r.test(t.getPropertyValue(`overflow`))||r.test(t.getPropertyValue(`overflowX`))||r.test(t.getPropertyValue(`overflowY`))}catch{return!1}};for(let e of n){let n=e.nodeType===1&&e.dataset.scrollselectors;if(n){let r=n.split(`,`);for(let n of r){let r=Td(e,n);r&&i(r)&&t.push(r)}}e.nodeType!==9&&i(e)&&t.push(e)}}return t}function Id(){if(window.getSelection)return window.getSelection().toString();if(document.getSelection)return document.getSelection().toString()}function Ld(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function Rd(){return/(android)/i.test(navigator.userAgent)}function zd(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function Bd(e,t=``){return yd(e)?e.matches(`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href][clientHeight][clientWidth]:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`):!1}function Vd(e){return!!(e&&e.offsetParent!=null)}function Hd(){return`ontouchstart`in window||navigator.maxTouchPoints>0||navigator.msMaxTouchPoints>0}function Ud(e,t=``,n){yd(e)&&n!=null&&e.setAttribute(t,n)}var Wd=t((()=>{}));function Gd(){let e=/* @__PURE__ */ new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}var Kd=t((()=>{})),qd=t((()=>{}));function Jd(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function Yd(e,t,n=/* @__PURE__ */ new WeakSet){if(e===t)return!0;if(!e||!t||typeof e!=`object`||typeof t!=`object`||n.has(e)||n.has(t))return!1;n.add(e).add(t);let r=Array.isArray(e),i=Array.isArray(t),a,o,s;if(r&&i){if(o=e.length,o!=t.length)return!1;for(a=o;a--!==0;)if(!Yd(e[a],t[a],n))return!1;return!0}if(r!=i)return!1;let c=e instanceof Date,l=t instanceof Date;if(c!=l)return!1;if(c&&l)return e.getTime()==t.getTime();let u=e instanceof RegExp,d=t instanceof RegExp;if(u!=d)return!1;if(u&&d)return e.toString()==t.toString();let f=Object.keys(e);if(o=f.length,o!==Object.keys(t).length)return!1;for(a=o;a--!==0;)if(!Object.prototype.hasOwnProperty.call(t,f[a]))return!1;for(a=o;a--!==0;)if(s=f[a],!Yd(e[s],t[s],n))return!1;return!0}function Xd(e,t){return Yd(e,t)}function Zd(e){return typeof e==`function`&&`call`in e&&`apply`in e}function J(e){return!Jd(e)}function Qd(e,t){if(!e||!t)return null;try{let n=e[t];if(J(n))return n}catch{}if(Object.keys(e).length){if(Zd(t))return t(e);if(t.indexOf(`.`)===-1)return e[t];{let n=t.split(`.`),r=e;for(let e=0,t=n.length;e<t;++e){if(r==null)return null;r=r[n[e]]}return r}}return null}function $d(e,t,n){return n?Qd(e,n)===Qd(t,n):Xd(e,t)}function ef(e,t){if(e!=null&&t&&t.length){for(let n of t)if($d(e,n))return!0}return!1}function tf(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function nf(e={},t={}){let n=wf({},e);return Object.keys(t).forEach(r=>{let i=r;tf(t[i])&&i in e&&tf(e[i])?n[i]=nf(e[i],t[i]):n[i]=t[i]}),n}function rf(...e){return e.reduce((e,t,n)=>n===0?t:nf(e,t),{})}function af(e,t){let n=-1;if(J(e))try{n=e.findLastIndex(t)}catch{n=e.lastIndexOf([...e].reverse().find(t))}return n}function of(e,...t){return Zd(e)?e(...t):e}function sf(e,t=!0){return typeof e==`string`&&(t||e!==``)}function cf(e){return sf(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function lf(e,t=``,n={}){let r=cf(t).split(`.`),i=r.shift();return i?tf(e)?lf(of(e[Object.keys(e).find(e=>cf(e)===i)||``],n),r.join(`.`),n):void 0:of(e,n)}function uf(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function df(e){return J(e)&&!isNaN(e)}function ff(e=``){return J(e)&&e.length===1&&!!e.match(/\S| /)}function pf(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function mf(...e){return rf(...e)}function hf(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function gf(e){if(e&&/[\xC0-\xFF\u0100-\u017E]/.test(e)){let t={A:/[\xC0-\xC5\u0100\u0102\u0104]/g,AE:/[\xC6]/g,C:/[\xC7\u0106\u0108\u010A\u010C]/g,D:/[\xD0\u010E\u0110]/g,E:/[\xC8-\xCB\u0112\u0114\u0116\u0118\u011A]/g,G:/[\u011C\u011E\u0120\u0122]/g,H:/[\u0124\u0126]/g,I:/[\xCC-\xCF\u0128\u012A\u012C\u012E\u0130]/g,IJ:/[\u0132]/g,J:/[\u0134]/g,K:/[\u0136]/g,L:/[\u0139\u013B\u013D\u013F\u0141]/g,N:/[\xD1\u0143\u0145\u0147\u014A]/g,O:/[\xD2-\xD6\xD8\u014C\u014E\u0150]/g,OE:/[\u0152]/g,R:/[\u0154\u0156\u0158]/g,S:/[\u015A\u015C\u015E\u0160]/g,T:/[\u0162\u0164\u0166]/g,U:/[\xD9-\xDC\u0168\u016A\u016C\u016E\u0170\u0172]/g,W:/[\u0174]/g,Y:/[\xDD\u0176\u0178]/g,Z:/[\u0179\u017B\u017D]/g,a:/[\xE0-\xE5\u0101\u0103\u0105]/g,ae:/[\xE6]/g,c:/[\xE7\u0107\u0109\u010B\u010D]/g,d:/[\u010F\u0111]/g,e:/[\xE8-\xEB\u0113\u0115\u0117\u0119\u011B]/g,g:/[\u011D\u011F\u0121\u0123]/g,i:/[\xEC-\xEF\u0129\u012B\u012D\u012F\u0131]/g,ij:/[\u0133]/g,j:/[\u0135]/g,k:/[\u0137,\u0138]/g,l:/[\u013A\u013C\u013E\u0140\u0142]/g,n:/[\xF1\u0144\u0146\u0148\u014B]/g,p:/[\xFE]/g,o:/[\xF2-\xF6\xF8\u014D\u014F\u0151]/g,oe:/[\u0153]/g,r:/[\u0155\u0157\u0159]/g,s:/[\u015B\u015D\u015F\u0161]/g,t:/[\u0163\u0165\u0167]/g,u:/[\xF9-\xFC\u0169\u016B\u016D\u016F\u0171\u0173]/g,w:/[\u0175]/g,y:/[\xFD\xFF\u0177]/g,z:/[\u017A\u017C\u017E]/g};for(let n in t)e=e.replace(t[n],n)}return e}function _f(e){return sf(e,!1)?e[0].toUpperCase()+e.slice(1):e}function vf(e){return sf(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}var yf,bf,xf,Sf,Cf,wf,Tf=t((()=>{yf=Object.defineProperty,bf=Object.getOwnPropertySymbols,xf=Object.prototype.hasOwnProperty,Sf=Object.prototype.propertyIsEnumerable,Cf=(e,t,n)=>t in e?yf(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,wf=(e,t)=>{for(var n in t||={})xf.call(t,n)&&Cf(e,n,t[n]);if(bf)for(var n of bf(t))Sf.call(t,n)&&Cf(e,n,t[n]);return e}}));function Ef(e=`pui_id_`){return Object.hasOwn(Df,e)||(Df[e]=0),Df[e]++,`${e}${Df[e]}`}var Df,Of=t((()=>{Df={}}));function kf(){let e=[],t=(t,n,r=999)=>{let a=i(t,n,r),o=a.value+(a.key===t?0:r)+1;return e.push({key:t,value:o}),o},n=t=>{e=e.filter(e=>e.value!==t)},r=(e,t)=>i(e,t).value,i=(t,n,r=0)=>[...e].reverse().find(e=>n?!0:e.key===t)||{key:t,value:r},a=e=>e&&parseInt(e.style.zIndex,10)||0;return{get:a,set:(e,n,r)=>{n&&(n.style.zIndex=String(t(e,!0,r)))},clear:e=>{e&&(n(a(e)),e.style.zIndex=``)},getCurrent:e=>r(e,!0)}}var Af,jf=t((()=>{Af=kf()})),Mf=t((()=>{$u(),Wd(),Kd(),qd(),Tf(),Of(),jf()}));function Nf(...e){return rf(...e)}function Pf(e){return sf(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function Ff(e){return tf(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function If(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function Lf(e=``,t=``){return If(`${sf(e,!1)&&sf(t,!1)?`${e}-`:e}${t}`)}function Rf(e=``,t=``){return`--${Lf(e,t)}`}function zf(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function Bf(e,t=``,n=``,r=[],i){if(sf(e)){let t=e.trim();if(zf(t))return;if(pf(t,rp)){let e=t.replaceAll(rp,e=>`var(${Rf(n,vf(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>pf(e,t))).join(`-`)))}${J(i)?`, ${i}`:``})`);return pf(e.replace(ap,`0`),ip)?`calc(${e})`:e}return t}if(df(e))return e}function Vf(e,t,n){sf(t,!1)&&e.push(`${t}:${n};`)}function Hf(e,t){return e?`${e}{${t}}`:``}function Uf(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(Uf(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}function Wf(e,...t){return e instanceof Array?Uf(e.reduce((e,n,r)=>e+n+(of(t[r],{dt:sp})??``),``),sp):of(e,{dt:sp})}function Gf(e,t={}){let n=up.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=Ff(i),u=pf(n,a)?Lf(t):Lf(t,vf(n));if(tf(l))c.push({node:l,path:u});else{Vf(s,Rf(u),Bf(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:Hf(i,l)}}var Kf,qf,Jf,Yf,Xf,Zf,Qf,$f,ep,tp,np,rp,ip,ap,op,sp,cp,lp,up,dp=t((()=>{Tf(),Kd(),Mf(),Kf=Object.defineProperty,qf=Object.defineProperties,Jf=Object.getOwnPropertyDescriptors,Yf=Object.getOwnPropertySymbols,Xf=Object.prototype.hasOwnProperty,Zf=Object.prototype.propertyIsEnumerable,Qf=(e,t,n)=>t in e?Kf(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,$f=(e,t)=>{for(var n in t||={})Xf.call(t,n)&&Qf(e,n,t[n]);if(Yf)for(var n of Yf(t))Zf.call(t,n)&&Qf(e,n,t[n]);return e},ep=(e,t)=>qf(e,Jf(t)),tp=(e,t)=>{var n={};for(var r in e)Xf.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Yf)for(var r of Yf(e))t.indexOf(r)<0&&Zf.call(e,r)&&(n[r]=e[r]);return n},np=Gd(),rp=/{([^}]*)}/g,ip=/(\d+\s+[\+\-\*\/]\s+\d+)/g,ap=/var\([^)]+\)/g,op=e=>{let t=up.getTheme(),n=cp(t,e,void 0,`variable`);return{name:n?.match(/--[\w-]+/g)?.[0],variable:n,value:cp(t,e,void 0,`value`)}},sp=(...e)=>cp(up.getTheme(),...e),cp=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=up.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=pf(t,rp)?t:`{${t}}`;return r===`value`||Jd(r)&&s===`strict`?up.getTokenValue(t):Bf(c,void 0,o,[i.excludedKeyRegex],n)}return``},lp={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return Gf(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(J(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=tp(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=tp(v,[`colorScheme`]),x=g||{},{dark:S}=x,C=tp(x,[`dark`]),w=y||{},{dark:ee}=w,T=tp(w,[`dark`]),E=J(t)?this._toVariables({primitive:t},o):{},D=J(_)?this._toVariables({semantic:_},o):{},te=J(C)?this._toVariables({light:C},o):{},ne=J(S)?this._toVariables({dark:S},o):{},O=J(b)?this._toVariables({semantic:b},o):{},k=J(T)?this._toVariables({light:T},o):{},re=J(ee)?this._toVariables({dark:ee},o):{},[ie,ae]=[E.declarations??``,E.tokens],[oe,A]=[D.declarations??``,D.tokens||[]],[se,ce]=[te.declarations??``,te.tokens||[]],[j,le]=[ne.declarations??``,ne.tokens||[]],[ue,de]=[O.declarations??``,O.tokens||[]],[fe,pe]=[k.declarations??``,k.tokens||[]],[me,he]=[re.declarations??``,re.tokens||[]];s=this.transformCSS(e,ie,`light`,`variable`,o,r,i),c=ae,l=`${this.transformCSS(e,`${oe}${se}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${j}`,`dark`,`variable`,o,r,i)}`,u=[.../* @__PURE__ */ new Set([...A,...ce,...le])],d=`${this.transformCSS(e,`${ue}${fe}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${me}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[.../* @__PURE__ */ new Set([...de,...pe,...he])],p=of(a.css,{dt:sp})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(J(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=tp(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=tp(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=tp(v,[`dark`]),x=g||{},{dark:S}=x,C=tp(x,[`dark`]),w=J(m)?this._toVariables({[r]:$f($f({},m),_)},n):{},ee=J(b)?this._toVariables({[r]:$f($f({},b),C)},n):{},T=J(y)?this._toVariables({[r]:$f($f({},y),S)},n):{},[E,D]=[w.declarations??``,w.tokens||[]],[te,ne]=[ee.declarations??``,ee.tokens||[]],[O,k]=[T.declarations??``,T.tokens||[]];s=`${this.transformCSS(r,`${E}${te}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,O,`dark`,`variable`,n,i,a,o)}`,c=[.../* @__PURE__ */ new Set([...D,...ne,...k])],l=of(p,{dt:sp})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${of(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(tf(n)&&Object.hasOwn(n,`css`)){let r=hf(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-mm-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-mm-style-id="${e}-variables" ${c}>${hf(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&rp.test(this.value)){let i=this.value.trim().replace(rp,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=ip.test(i.replace(ap,`0`))?`calc(${i})`:i}return Jd(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=pf(e,t.variable.excludedKeyRegex)?n:n?`${n}.${Pf(e)}`:Pf(e),l=r?`${r}.${e}`:e;tf(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!pf(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=tp(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?Hf(J(t)?`${e}${t},${e} ${t}`:e,r):Hf(e,Hf(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(J(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(J(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):Hf(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};tf(c)&&(n.name=of(c.name,{name:e,type:r})),J(n.name)&&(t=Hf(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},up={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:/* @__PURE__ */ new Set,_loadedStyleNames:/* @__PURE__ */ new Set,_loadingStyles:/* @__PURE__ */ new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=ep($f({},t),{options:$f($f({},this.defaults.options),t.options)}),this._tokens=lp.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),np.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=ep($f({},this.theme),{preset:e}),this._tokens=lp.createTokens(e,this.defaults),this.clearLoadedStyleNames(),np.emit(`preset:change`,e),np.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=ep($f({},this.theme),{options:e}),this.clearLoadedStyleNames(),np.emit(`options:change`,e),np.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return lp.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return lp.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return lp.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return lp.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return lp.getPreset(i)},getLayerOrderCSS(e=``){return lp.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return lp.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return lp.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return lp.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),np.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&np.emit(`theme:load`))}}})),fp,pp=t((()=>{fp={_loadedStyleNames:/* @__PURE__ */ new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}}})),mp,hp=t((()=>{mp=`
    *,
    ::before,
    ::after {
        box-sizing: border-box;
    }

    .p-collapsible-enter-active {
        animation: p-animate-collapsible-expand 0.2s ease-out;
        overflow: hidden;
    }

    .p-collapsible-leave-active {
        animation: p-animate-collapsible-collapse 0.2s ease-out;
        overflow: hidden;
    }

    @keyframes p-animate-collapsible-expand {
        from {
            grid-template-rows: 0fr;
        }
        to {
            grid-template-rows: 1fr;
        }
    }

    @keyframes p-animate-collapsible-collapse {
        from {
            grid-template-rows: 1fr;
        }
        to {
            grid-template-rows: 0fr;
        }
    }

    .p-disabled,
    .p-disabled * {
        cursor: default;
        pointer-events: none;
        user-select: none;
    }

    .p-disabled,
    .p-component:disabled {
        opacity: dt('disabled.opacity');
    }

    .pi {
        font-size: dt('icon.size');
    }

    .p-icon {
        width: dt('icon.size');
        height: dt('icon.size');
    }

    .p-overlay-mask {
        background: var(--px-mask-background, dt('mask.background'));
        color: dt('mask.color');
        position: fixed;
        top: 0;
        left: 0;
        width: 100%;
        height: 100%;
    }

    .p-overlay-mask-enter-active {
        animation: p-animate-overlay-mask-enter dt('mask.transition.duration') forwards;
    }

    .p-overlay-mask-leave-active {
        animation: p-animate-overlay-mask-leave dt('mask.transition.duration') forwards;
    }

    @keyframes p-animate-overlay-mask-enter {
        from {
            background: transparent;
        }
        to {
            background: var(--px-mask-background, dt('mask.background'));
        }
    }
    @keyframes p-animate-overlay-mask-leave {
        from {
            background: var(--px-mask-background, dt('mask.background'));
        }
        to {
            background: transparent;
        }
    }

    .p-anchored-overlay-enter-active {
        animation: p-animate-anchored-overlay-enter 300ms cubic-bezier(.19,1,.22,1);
    }

    .p-anchored-overlay-leave-active {
        animation: p-animate-anchored-overlay-leave 300ms cubic-bezier(.19,1,.22,1);
    }

    @keyframes p-animate-anchored-overlay-enter {
        from {
            opacity: 0;
            transform: scale(0.93);
        }
    }

    @keyframes p-animate-anchored-overlay-leave {
        to {
            opacity: 0;
            transform: scale(0.93);
        }
    }
`}));function gp(e){let t=[],n=0,r=null,i=``;for(let a=0;a<e.length;a++){let o=e[a];if(r)o===r&&e[a-1]!==`\\`&&(r=null);else if(o===`"`||o===`'`)r=o;else if(o===`(`||o===`[`)n++;else if(o===`)`||o===`]`)n--;else if(o===`,`&&n===0){t.push(i.trim()),i=``;continue}i+=o}return i.trim()&&t.push(i.trim()),t}function _p(e){if(/^(:root|:host|html|body)$/i.test(e))return Op;if(e.startsWith(`.mm-`))return e;let t=/^(:root|:host|html|body)(\s*)(.*)$/i.exec(e);return t&&t[3]&&!/^[\w-]/.test(t[3])?t[2]?`${Op} ${t[3]}`:`${Op}${t[3]}`:`${Op} ${e}`}function vp(e){for(let t of Array.from(e))if(t instanceof CSSStyleRule){t.selectorText=gp(t.selectorText).map(_p).join(`, `);let e=t.style.getPropertyValue(`animation-name`);e&&/\bp-/.test(e)&&t.style.setProperty(`animation-name`,Ap(e))}else typeof CSSKeyframesRule<`u`&&t instanceof CSSKeyframesRule?t.name.startsWith(`p-`)&&(t.name=`mm-${t.name}`):`cssRules`in t&&t.cssRules&&vp(t.cssRules)}function yp(e,t=``){if(!e||t===`layer-order`||typeof CSSStyleSheet>`u`)return e;let n;try{n=new CSSStyleSheet,n.replaceSync(e)}catch{return e}return vp(n.cssRules),Array.from(n.cssRules,e=>e.cssText).join(`
`)}function bp(e=document){if(e.body?.classList.contains(`dark-theme`)||e.documentElement.classList.contains(`dark-theme`))return!0;let t=e.documentElement.style.colorScheme;if(t)return/\bdark\b/.test(t)&&!/\blight\b/.test(t);try{let t=getComputedStyle(e.body??e.documentElement).colorScheme;return/^dark\b/.test(t??``)}catch{return!1}}function xp(){let e=Mp();for(let t of jp)t.classList.toggle(Dp,e)}function Sp(){Np||typeof MutationObserver>`u`||(Np=new MutationObserver(xp),Np.observe(document.documentElement,{attributes:!0,attributeFilter:[`class`,`style`]}),document.body&&Np.observe(document.body,{attributes:!0,attributeFilter:[`class`]}))}function Cp(e){Mp=e,xp()}function wp(e){return e.classList.add(Ep),jp.add(e),Sp(),xp(),()=>{jp.delete(e),e.classList.remove(Ep,Dp)}}function Tp(){let e=document.getElementById(kp);return e||(e=document.createElement(`div`),e.id=kp,e.setAttribute(`data-mm`,`overlays`),document.body.appendChild(e),wp(e)),e}var Ep,Dp,Op,kp,Ap,jp,Mp,Np,Pp=t((()=>{Ep=`mm-scope`,Dp=`mm-dark`,Op=`:where(.${Ep})`,kp=`mm-overlays`,Ap=e=>e.split(`,`).map(e=>/^\s*p-[\w-]+\s*$/.test(e)?`mm-${e.trim()}`:e.trim()).join(`, `),jp=/* @__PURE__ */ new Set,Mp=()=>bp(),Np=null}));function Fp(e){"@babel/helpers - typeof";return Fp=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Fp(e)}function Ip(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Lp(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Ip(Object(n),!0).forEach(function(t){Rp(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Ip(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Rp(e,t,n){return(t=zp(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function zp(e){var t=Bp(e,`string`);return Fp(t)==`symbol`?t:t+``}function Bp(e,t){if(Fp(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Fp(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Vp(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;pc()&&pc().components?hs(e):t?e():er(e)}function Hp(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=/* @__PURE__ */ N(!1),r=/* @__PURE__ */ N(e),i=/* @__PURE__ */ N(null),a=zd()?window.document:void 0,o=t.document,s=o===void 0?a:o,c=t.immediate,l=c===void 0||c,u=t.manual,d=u!==void 0&&u,f=t.name,p=f===void 0?`style_${++Up}`:f,m=t.id,h=m===void 0?void 0:m,g=t.media,_=g===void 0?void 0:g,v=t.nonce,y=v===void 0?void 0:v;t.first;var b=t.onMounted,x=b===void 0?void 0:b,S=t.onUpdated,C=S===void 0?void 0:S,w=t.onLoad,ee=w===void 0?void 0:w,T=t.props,E=T===void 0?{}:T,D=function(){},te=function(t){var a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(s){var o=Lp(Lp({},E),a),c=o.name||p,l=o.id||h,u=o.nonce||y;i.value=s.querySelector(`style[data-mm-style-id="${c}"]`)||s.getElementById(l)||s.createElement(`style`),i.value.isConnected||(r.value=t||e,xd(i.value,{type:`text/css`,id:l,media:_,nonce:u}),s.head.appendChild(i.value),Ud(i.value,`data-mm-style-id`,c),xd(i.value,o),i.value.onload=function(e){return ee?.(e,{name:c})},x?.(c)),n.value||=(D=xr(r,function(e){i.value.textContent=yp(e,c),C?.(c)},{immediate:!0}),!0)}};return l&&!d&&Vp(te),{id:h,name:p,el:i,css:r,unload:function(){s&&n.value&&(D(),vd(i.value)&&s.head.removeChild(i.value),n.value=!1,i.value=null)},load:te,isLoaded:/* @__PURE__ */ wt(n)}}var Up,Wp=t((()=>{Pp(),Wd(),q(),Up=0}));function Gp(e){"@babel/helpers - typeof";return Gp=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Gp(e)}function Kp(e,t){return Zp(e)||Xp(e,t)||Jp(e,t)||qp()}function qp(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Jp(e,t){if(e){if(typeof e==`string`)return Yp(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Yp(e,t):void 0}}function Yp(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Xp(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Zp(e){if(Array.isArray(e))return e}function Qp(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function $p(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Qp(Object(n),!0).forEach(function(t){em(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Qp(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function em(e,t,n){return(t=tm(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function tm(e){var t=nm(e,`string`);return Gp(t)==`symbol`?t:t+``}function nm(e,t){if(Gp(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Gp(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function rm(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var im,am,om,sm,Y,cm=t((()=>{dp(),hp(),Tf(),Wp(),Y={name:`base`,css:function(e){var t=e.dt;return`
.p-hidden-accessible {
    border: 0;
    clip: rect(0 0 0 0);
    height: 1px;
    margin: -1px;
    opacity: 0;
    overflow: hidden;
    padding: 0;
    pointer-events: none;
    position: absolute;
    white-space: nowrap;
    width: 1px;
}

.p-overflow-hidden {
    overflow: hidden;
    padding-right: ${t(`scrollbar.width`)};
}
`},style:mp,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(Wf(im||=rm([``,``]),e));return J(n)?Hp(hf(n),$p({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return up.transformCSS(t.name||e.name,`${r}${Wf(am||=rm([``,``]),n)}`)})},getCommonTheme:function(e){return up.getCommon(this.name,e)},getComponentTheme:function(e){return up.getComponent(this.name,e)},getDirectiveTheme:function(e){return up.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return up.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return up.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=of(this.css,{dt:sp})||``,r=hf(Wf(om||=rm([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=Kp(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return J(r)?`<style type="text/css" data-mm-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return up.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[up.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=Wf(sm||=rm([``,``]),of(this.style,{dt:sp})),a=hf(up.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=Kp(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);J(a)&&n.push(`<style type="text/css" data-mm-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return $p($p({},this),{},{css:void 0,style:void 0},e)}}}));function lm(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${zr().replace(`v-`,``).replaceAll(`-`,`_`)}`}var um=t((()=>{q()}));function dm(e){"@babel/helpers - typeof";return dm=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},dm(e)}function fm(e){return ym(e)||pm(e)||gm(e)||hm()}function pm(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function mm(e,t){return ym(e)||vm(e,t)||gm(e,t)||hm()}function hm(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function gm(e,t){if(e){if(typeof e==`string`)return _m(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?_m(e,t):void 0}}function _m(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function vm(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function ym(e){if(Array.isArray(e))return e}function bm(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function xm(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?bm(Object(n),!0).forEach(function(t){Sm(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):bm(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Sm(e,t,n){return(t=Cm(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Cm(e){var t=wm(e,`string`);return dm(t)==`symbol`?t:t+``}function wm(e,t){if(dm(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(dm(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Tm,Em,Dm=t((()=>{dp(),Wd(),Tf(),pp(),cm(),um(),q(),Tm=Y.extend({name:`common`}),Em={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){np.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;np.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=lm(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=Td(yd(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=xm({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return Zd(e)?e.apply(void 0,t):U.apply(void 0,t)},_load:function(){fp.isStyleNameLoaded(`base`)||(Y.loadCSS(this.$styleOptions),this._loadGlobalStyles(),fp.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!fp.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(Tm.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),fp.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);J(e)&&Y.load(e,xm({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!up.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;Y.load(i?.css,xm({name:`primitive-variables`},this.$styleOptions)),Y.load(a?.css,xm({name:`semantic-variables`},this.$styleOptions)),Y.load(o?.css,xm({name:`global-variables`},this.$styleOptions)),Y.loadStyle(xm({name:`global-style`},this.$styleOptions),s),up.setLoadedStyleName(`common`)}if(!up.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,xm({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(xm({name:`${this.$style.name}-style`},this.$styleOptions),m),up.setLoadedStyleName(this.$style.name)}if(!up.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);Y.load(_,xm({name:`layer-order`,first:!0},this.$styleOptions)),up.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,xm({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};fp.clearLoadedStyleNames(),np.on(`theme:change`,e)},_removeThemeListeners:function(){np.off(`theme:change`,this._loadCoreStyles),np.off(`theme:change`,this._load),np.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return lf(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,xm(xm({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):xm(xm(xm({},u),d),f):xm(xm({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return U(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&J(this.pt?.[`data-pc-section`]);return e!==`transition`&&xm(xm({},e===`root`&&xm(xm(Sm({},`${t}name`,cf(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&Sm({},`${t}extend`,cf(this.$.type.name))),{},Sm({},`${this.$attrSelector}`,``))),{},Sm({},`${t}section`,cf(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return sf(e)||uf(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=cf(n),s=cf(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:sf(d)?d:sf(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):xm(xm({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,xm(xm({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=U(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,xm({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,xm(xm({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,xm(xm({},this.$params),n));return[this._getOptionValue(Tm.inlineStyles,e,xm(xm({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return of(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,xm({},e.$params))||of(t,xm({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=mm(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return xm(xm({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return mm(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=mm(t,2),r=n[0],i=n[1];return _m(fm(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=mm(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=mm(t,2),r=n[0];return e[r]=n[1],e},{})}}}})),Om,km=t((()=>{Om=`
    .p-badge {
        display: inline-flex;
        border-radius: dt('badge.border.radius');
        align-items: center;
        justify-content: center;
        padding: dt('badge.padding');
        background: dt('badge.primary.background');
        color: dt('badge.primary.color');
        font-size: dt('badge.font.size');
        font-weight: dt('badge.font.weight');
        min-width: dt('badge.min.width');
        height: dt('badge.height');
    }

    .p-badge-dot {
        width: dt('badge.dot.size');
        min-width: dt('badge.dot.size');
        height: dt('badge.dot.size');
        border-radius: 50%;
        padding: 0;
    }

    .p-badge-circle {
        padding: 0;
        border-radius: 50%;
    }

    .p-badge-secondary {
        background: dt('badge.secondary.background');
        color: dt('badge.secondary.color');
    }

    .p-badge-success {
        background: dt('badge.success.background');
        color: dt('badge.success.color');
    }

    .p-badge-info {
        background: dt('badge.info.background');
        color: dt('badge.info.color');
    }

    .p-badge-warn {
        background: dt('badge.warn.background');
        color: dt('badge.warn.color');
    }

    .p-badge-danger {
        background: dt('badge.danger.background');
        color: dt('badge.danger.color');
    }

    .p-badge-contrast {
        background: dt('badge.contrast.background');
        color: dt('badge.contrast.color');
    }

    .p-badge-sm {
        font-size: dt('badge.sm.font.size');
        min-width: dt('badge.sm.min.width');
        height: dt('badge.sm.height');
    }

    .p-badge-lg {
        font-size: dt('badge.lg.font.size');
        min-width: dt('badge.lg.min.width');
        height: dt('badge.lg.height');
    }

    .p-badge-xl {
        font-size: dt('badge.xl.font.size');
        min-width: dt('badge.xl.min.width');
        height: dt('badge.xl.height');
    }
`})),Am,jm=t((()=>{km(),Tf(),cm(),Am=Y.extend({name:`badge`,style:Om,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":J(t.value)&&String(t.value).length===1,"p-badge-dot":Jd(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}})}));function Mm(e){"@babel/helpers - typeof";return Mm=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Mm(e)}function Nm(e,t,n){return(t=Pm(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Pm(e){var t=Fm(e,`string`);return Mm(t)==`symbol`?t:t+``}function Fm(e,t){if(Mm(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Mm(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Im(e,t,n,r,i,a){return L(),R(`span`,U({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[I(e.$slots,`default`,{},function(){return[V(M(e.value),1)]})],16,zm)}var Lm,Rm,zm,Bm=t((()=>{Mf(),Dm(),jm(),q(),Lm={name:`BaseBadge`,extends:Em,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:Am,provide:function(){return{$pcBadge:this,$parentInstance:this}}},Rm={name:`Badge`,extends:Lm,inheritAttrs:!1,computed:{dataP:function(){return Qu(Nm(Nm({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},zm=[`data-p`],Rm.render=Im})),Vm,Hm=t((()=>{cm(),Vm=Y.extend({name:`baseicon`,css:`
.p-icon {
    display: inline-block;
    vertical-align: baseline;
    flex-shrink: 0;
}

.p-icon-spin {
    -webkit-animation: p-icon-spin 2s infinite linear;
    animation: p-icon-spin 2s infinite linear;
}

@-webkit-keyframes p-icon-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}

@keyframes p-icon-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}
`})}));function Um(e){"@babel/helpers - typeof";return Um=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Um(e)}function Wm(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Gm(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Wm(Object(n),!0).forEach(function(t){Km(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Wm(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Km(e,t,n){return(t=qm(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function qm(e){var t=Jm(e,`string`);return Um(t)==`symbol`?t:t+``}function Jm(e,t){if(Um(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Um(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Ym,Xm=t((()=>{Tf(),Dm(),Hm(),Ym={name:`BaseIcon`,extends:Em,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:Vm,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=Jd(this.label);return Gm(Gm({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}}}));function Zm(e){return th(e)||eh(e)||$m(e)||Qm()}function Qm(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function $m(e,t){if(e){if(typeof e==`string`)return nh(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?nh(e,t):void 0}}function eh(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function th(e){if(Array.isArray(e))return nh(e)}function nh(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function rh(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Zm(t[0]||=[B(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}var ih,ah=t((()=>{Xm(),q(),ih={name:`SpinnerIcon`,extends:Ym},ih.render=rh})),oh,sh=t((()=>{Kd(),oh=Gd()}));function ch(e){"@babel/helpers - typeof";return ch=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ch(e)}function lh(e,t){return mh(e)||ph(e,t)||dh(e,t)||uh()}function uh(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function dh(e,t){if(e){if(typeof e==`string`)return fh(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?fh(e,t):void 0}}function fh(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ph(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function mh(e){if(Array.isArray(e))return e}function hh(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function gh(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?hh(Object(n),!0).forEach(function(t){_h(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):hh(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function _h(e,t,n){return(t=vh(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function vh(e){var t=yh(e,`string`);return ch(t)==`symbol`?t:t+``}function yh(e,t){if(ch(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ch(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var X,bh=t((()=>{dp(),Tf(),Of(),pp(),cm(),sh(),q(),X={_getMeta:function(){return[tf(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],of(tf(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:lf,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=X._getOptionValue.apply(X,arguments);return sf(e)||uf(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?X._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=X._usePT(t,X._getPT(n,t.$name),o,r,gh(gh({},i),{},{global:f||{}})),m=X._getPTDatasets(t,r);return l||!l&&p?d?X._mergeProps(t,d,f,p,m):gh(gh(gh({},f),p),m):gh(gh({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return gh(gh({},t===`root`&&_h({},`${n}name`,cf(e.$name))),{},_h({},`${n}section`,cf(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=cf(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:sf(f)?f:sf(d)?d:c||!c&&f?u?X._mergeProps(e,u,d,f):gh(gh({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return X._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=X._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};X._loadCoreStyles(t,a),X._loadThemeStyles(t,a),X._loadScopedThemeStyles(t,a),X._removeThemeListeners(t),t.$loadStyles=function(){return X._loadThemeStyles(t,a)},X._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!fp.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;Y.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),fp.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!up.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;Y.load(s?.css,gh({name:`primitive-variables`},r)),Y.load(c?.css,gh({name:`semantic-variables`},r)),Y.load(l?.css,gh({name:`global-variables`},r)),Y.loadStyle(gh({name:`global-style`},r),u),up.setLoadedStyleName(`common`)}if(!up.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,gh({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(gh({name:`${n.$style.name}-style`},r),_),up.setLoadedStyleName(n.$style.name)}if(!up.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);Y.load(b,gh({name:`layer-order`,first:!0},r)),up.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,gh({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};fp.clearLoadedStyleNames(),np.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};np.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${_f(t)}`,l=X._getConfig(r,i),u=n?.$instance,d=X._usePT(u,X._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),X._getOptionValue,`hooks.${c}`),f=X._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],X._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return Zd(e)?e.apply(void 0,t):U.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=X._getConfig(i,a),d=r._$instances[e]||{},f=Jd(d)?gh(gh({},t),t?.methods):{};r._$instances[e]=gh(gh({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:gh({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return X._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return X._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,gh({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return X._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:X._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,gh({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?X._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,gh({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,X._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=gh(gh({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),oh.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),oh.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(oh.off(`config:change`,n.config),oh.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:Ef(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){X._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){X._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){X._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),X._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=lh(X._getMeta.apply(X,arguments),2),t=e[0],n=e[1];return gh({extend:function(){var e=lh(X._getMeta.apply(X,arguments),2),t=e[0],r=e[1];return X.extend(t,gh(gh(gh({},n),n?.methods),r))}},X._extend(t,n))}}})),xh,Sh=t((()=>{xh=`
    .p-ink {
        display: block;
        position: absolute;
        background: dt('ripple.background');
        border-radius: 100%;
        transform: scale(0);
        pointer-events: none;
    }

    .p-ink-active {
        animation: ripple 0.4s linear;
    }

    @keyframes ripple {
        100% {
            opacity: 0;
            transform: scale(2.5);
        }
    }
`})),Ch,wh=t((()=>{Sh(),cm(),Ch=Y.extend({name:`ripple-directive`,style:xh,classes:{root:`p-ink`}})}));function Th(e){"@babel/helpers - typeof";return Th=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Th(e)}function Eh(e){return Ah(e)||kh(e)||Oh(e)||Dh()}function Dh(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Oh(e,t){if(e){if(typeof e==`string`)return jh(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?jh(e,t):void 0}}function kh(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Ah(e){if(Array.isArray(e))return jh(e)}function jh(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Mh(e,t,n){return(t=Nh(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Nh(e){var t=Ph(e,`string`);return Th(t)==`symbol`?t:t+``}function Ph(e,t){if(Th(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Th(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Fh,Ih,Lh=t((()=>{Wd(),bh(),wh(),Fh=X.extend({style:Ch}),Ih=Fh.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=Sd(`span`,Mh(Mh({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&id(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!Ad(r)&&!Ld(r)){var i=Math.max(hd(n),Nd(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=Md(n),o=e.pageX-a.left+document.body.scrollTop-Ld(r)/2,s=e.pageY-a.top+document.body.scrollLeft-Ad(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&td(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&id(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&id(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?Eh(e.children).find(function(e){return Dd(e,`data-pc-name`)===`ripple`}):void 0}}})})),Rh,zh=t((()=>{Rh=`
    .p-button {
        display: inline-flex;
        cursor: pointer;
        user-select: none;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        position: relative;
        color: dt('button.primary.color');
        background: dt('button.primary.background');
        border: 1px solid dt('button.primary.border.color');
        padding: dt('button.padding.y') dt('button.padding.x');
        font-size: 1rem;
        font-family: inherit;
        font-feature-settings: inherit;
        transition:
            background dt('button.transition.duration'),
            color dt('button.transition.duration'),
            border-color dt('button.transition.duration'),
            outline-color dt('button.transition.duration'),
            box-shadow dt('button.transition.duration');
        border-radius: dt('button.border.radius');
        outline-color: transparent;
        gap: dt('button.gap');
    }

    .p-button:disabled {
        cursor: default;
    }

    .p-button-icon-right {
        order: 1;
    }

    .p-button-icon-right:dir(rtl) {
        order: -1;
    }

    .p-button:not(.p-button-vertical) .p-button-icon:not(.p-button-icon-right):dir(rtl) {
        order: 1;
    }

    .p-button-icon-bottom {
        order: 2;
    }

    .p-button-icon-only {
        width: dt('button.icon.only.width');
        padding-inline-start: 0;
        padding-inline-end: 0;
        gap: 0;
    }

    .p-button-icon-only.p-button-rounded {
        border-radius: 50%;
        height: dt('button.icon.only.width');
    }

    .p-button-icon-only .p-button-label {
        visibility: hidden;
        width: 0;
    }

    .p-button-icon-only::after {
        content: "\xA0";
        visibility: hidden;
        width: 0;
    }

    .p-button-sm {
        font-size: dt('button.sm.font.size');
        padding: dt('button.sm.padding.y') dt('button.sm.padding.x');
    }

    .p-button-sm .p-button-icon {
        font-size: dt('button.sm.font.size');
    }

    .p-button-sm.p-button-icon-only {
        width: dt('button.sm.icon.only.width');
    }

    .p-button-sm.p-button-icon-only.p-button-rounded {
        height: dt('button.sm.icon.only.width');
    }

    .p-button-lg {
        font-size: dt('button.lg.font.size');
        padding: dt('button.lg.padding.y') dt('button.lg.padding.x');
    }

    .p-button-lg .p-button-icon {
        font-size: dt('button.lg.font.size');
    }

    .p-button-lg.p-button-icon-only {
        width: dt('button.lg.icon.only.width');
    }

    .p-button-lg.p-button-icon-only.p-button-rounded {
        height: dt('button.lg.icon.only.width');
    }

    .p-button-vertical {
        flex-direction: column;
    }

    .p-button-label {
        font-weight: dt('button.label.font.weight');
    }

    .p-button-fluid {
        width: 100%;
    }

    .p-button-fluid.p-button-icon-only {
        width: dt('button.icon.only.width');
    }

    .p-button:not(:disabled):hover {
        background: dt('button.primary.hover.background');
        border: 1px solid dt('button.primary.hover.border.color');
        color: dt('button.primary.hover.color');
    }

    .p-button:not(:disabled):active {
        background: dt('button.primary.active.background');
        border: 1px solid dt('button.primary.active.border.color');
        color: dt('button.primary.active.color');
    }

    .p-button:focus-visible {
        box-shadow: dt('button.primary.focus.ring.shadow');
        outline: dt('button.focus.ring.width') dt('button.focus.ring.style') dt('button.primary.focus.ring.color');
        outline-offset: dt('button.focus.ring.offset');
    }

    .p-button .p-badge {
        min-width: dt('button.badge.size');
        height: dt('button.badge.size');
        line-height: dt('button.badge.size');
    }

    .p-button-raised {
        box-shadow: dt('button.raised.shadow');
    }

    .p-button-rounded {
        border-radius: dt('button.rounded.border.radius');
    }

    .p-button-secondary {
        background: dt('button.secondary.background');
        border: 1px solid dt('button.secondary.border.color');
        color: dt('button.secondary.color');
    }

    .p-button-secondary:not(:disabled):hover {
        background: dt('button.secondary.hover.background');
        border: 1px solid dt('button.secondary.hover.border.color');
        color: dt('button.secondary.hover.color');
    }

    .p-button-secondary:not(:disabled):active {
        background: dt('button.secondary.active.background');
        border: 1px solid dt('button.secondary.active.border.color');
        color: dt('button.secondary.active.color');
    }

    .p-button-secondary:focus-visible {
        outline-color: dt('button.secondary.focus.ring.color');
        box-shadow: dt('button.secondary.focus.ring.shadow');
    }

    .p-button-success {
        background: dt('button.success.background');
        border: 1px solid dt('button.success.border.color');
        color: dt('button.success.color');
    }

    .p-button-success:not(:disabled):hover {
        background: dt('button.success.hover.background');
        border: 1px solid dt('button.success.hover.border.color');
        color: dt('button.success.hover.color');
    }

    .p-button-success:not(:disabled):active {
        background: dt('button.success.active.background');
        border: 1px solid dt('button.success.active.border.color');
        color: dt('button.success.active.color');
    }

    .p-button-success:focus-visible {
        outline-color: dt('button.success.focus.ring.color');
        box-shadow: dt('button.success.focus.ring.shadow');
    }

    .p-button-info {
        background: dt('button.info.background');
        border: 1px solid dt('button.info.border.color');
        color: dt('button.info.color');
    }

    .p-button-info:not(:disabled):hover {
        background: dt('button.info.hover.background');
        border: 1px solid dt('button.info.hover.border.color');
        color: dt('button.info.hover.color');
    }

    .p-button-info:not(:disabled):active {
        background: dt('button.info.active.background');
        border: 1px solid dt('button.info.active.border.color');
        color: dt('button.info.active.color');
    }

    .p-button-info:focus-visible {
        outline-color: dt('button.info.focus.ring.color');
        box-shadow: dt('button.info.focus.ring.shadow');
    }

    .p-button-warn {
        background: dt('button.warn.background');
        border: 1px solid dt('button.warn.border.color');
        color: dt('button.warn.color');
    }

    .p-button-warn:not(:disabled):hover {
        background: dt('button.warn.hover.background');
        border: 1px solid dt('button.warn.hover.border.color');
        color: dt('button.warn.hover.color');
    }

    .p-button-warn:not(:disabled):active {
        background: dt('button.warn.active.background');
        border: 1px solid dt('button.warn.active.border.color');
        color: dt('button.warn.active.color');
    }

    .p-button-warn:focus-visible {
        outline-color: dt('button.warn.focus.ring.color');
        box-shadow: dt('button.warn.focus.ring.shadow');
    }

    .p-button-help {
        background: dt('button.help.background');
        border: 1px solid dt('button.help.border.color');
        color: dt('button.help.color');
    }

    .p-button-help:not(:disabled):hover {
        background: dt('button.help.hover.background');
        border: 1px solid dt('button.help.hover.border.color');
        color: dt('button.help.hover.color');
    }

    .p-button-help:not(:disabled):active {
        background: dt('button.help.active.background');
        border: 1px solid dt('button.help.active.border.color');
        color: dt('button.help.active.color');
    }

    .p-button-help:focus-visible {
        outline-color: dt('button.help.focus.ring.color');
        box-shadow: dt('button.help.focus.ring.shadow');
    }

    .p-button-danger {
        background: dt('button.danger.background');
        border: 1px solid dt('button.danger.border.color');
        color: dt('button.danger.color');
    }

    .p-button-danger:not(:disabled):hover {
        background: dt('button.danger.hover.background');
        border: 1px solid dt('button.danger.hover.border.color');
        color: dt('button.danger.hover.color');
    }

    .p-button-danger:not(:disabled):active {
        background: dt('button.danger.active.background');
        border: 1px solid dt('button.danger.active.border.color');
        color: dt('button.danger.active.color');
    }

    .p-button-danger:focus-visible {
        outline-color: dt('button.danger.focus.ring.color');
        box-shadow: dt('button.danger.focus.ring.shadow');
    }

    .p-button-contrast {
        background: dt('button.contrast.background');
        border: 1px solid dt('button.contrast.border.color');
        color: dt('button.contrast.color');
    }

    .p-button-contrast:not(:disabled):hover {
        background: dt('button.contrast.hover.background');
        border: 1px solid dt('button.contrast.hover.border.color');
        color: dt('button.contrast.hover.color');
    }

    .p-button-contrast:not(:disabled):active {
        background: dt('button.contrast.active.background');
        border: 1px solid dt('button.contrast.active.border.color');
        color: dt('button.contrast.active.color');
    }

    .p-button-contrast:focus-visible {
        outline-color: dt('button.contrast.focus.ring.color');
        box-shadow: dt('button.contrast.focus.ring.shadow');
    }

    .p-button-outlined {
        background: transparent;
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):hover {
        background: dt('button.outlined.primary.hover.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):active {
        background: dt('button.outlined.primary.active.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined.p-button-secondary {
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):hover {
        background: dt('button.outlined.secondary.hover.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):active {
        background: dt('button.outlined.secondary.active.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-success {
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):hover {
        background: dt('button.outlined.success.hover.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):active {
        background: dt('button.outlined.success.active.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-info {
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):hover {
        background: dt('button.outlined.info.hover.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):active {
        background: dt('button.outlined.info.active.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-warn {
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):hover {
        background: dt('button.outlined.warn.hover.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):active {
        background: dt('button.outlined.warn.active.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-help {
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):hover {
        background: dt('button.outlined.help.hover.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):active {
        background: dt('button.outlined.help.active.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-danger {
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):hover {
        background: dt('button.outlined.danger.hover.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):active {
        background: dt('button.outlined.danger.active.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-contrast {
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):hover {
        background: dt('button.outlined.contrast.hover.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):active {
        background: dt('button.outlined.contrast.active.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-plain {
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):hover {
        background: dt('button.outlined.plain.hover.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):active {
        background: dt('button.outlined.plain.active.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-text {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):hover {
        background: dt('button.text.primary.hover.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):active {
        background: dt('button.text.primary.active.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text.p-button-secondary {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):hover {
        background: dt('button.text.secondary.hover.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):active {
        background: dt('button.text.secondary.active.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-success {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):hover {
        background: dt('button.text.success.hover.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):active {
        background: dt('button.text.success.active.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-info {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):hover {
        background: dt('button.text.info.hover.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):active {
        background: dt('button.text.info.active.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-warn {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):hover {
        background: dt('button.text.warn.hover.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):active {
        background: dt('button.text.warn.active.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-help {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):hover {
        background: dt('button.text.help.hover.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):active {
        background: dt('button.text.help.active.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-danger {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):hover {
        background: dt('button.text.danger.hover.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):active {
        background: dt('button.text.danger.active.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-contrast {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):hover {
        background: dt('button.text.contrast.hover.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):active {
        background: dt('button.text.contrast.active.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-plain {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):hover {
        background: dt('button.text.plain.hover.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):active {
        background: dt('button.text.plain.active.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-link {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.color');
    }

    .p-button-link:not(:disabled):hover {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.hover.color');
    }

    .p-button-link:not(:disabled):hover .p-button-label {
        text-decoration: underline;
    }

    .p-button-link:not(:disabled):active {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.active.color');
    }
`}));function Bh(e){"@babel/helpers - typeof";return Bh=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Bh(e)}function Vh(e,t,n){return(t=Hh(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Hh(e){var t=Uh(e,`string`);return Bh(t)==`symbol`?t:t+``}function Uh(e,t){if(Bh(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Bh(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Wh,Gh=t((()=>{zh(),cm(),Wh=Y.extend({name:`button`,style:Rh,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,Vh(Vh(Vh(Vh(Vh(Vh(Vh(Vh(Vh({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,Vh({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}})}));function Kh(e){"@babel/helpers - typeof";return Kh=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Kh(e)}function qh(e,t,n){return(t=Jh(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Jh(e){var t=Yh(e,`string`);return Kh(t)==`symbol`?t:t+``}function Yh(e,t){if(Kh(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Kh(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Xh(e,t,n,r,i,a){var o=di(`SpinnerIcon`),s=di(`Badge`),c=pi(`ripple`);return e.asChild?I(e.$slots,`default`,{key:1,class:f(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):pr((L(),z(fi(e.as),U({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:F(function(){return[I(e.$slots,`default`,{},function(){return[e.loading?I(e.$slots,`loadingicon`,U({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(L(),R(`span`,U({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(L(),z(o,U({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):I(e.$slots,`icon`,U({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(L(),R(`span`,U({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,Qh)):H(``,!0)]}),e.label?(L(),R(`span`,U({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),M(e.label),17,$h)):H(``,!0),e.badge?(L(),z(s,{key:3,value:e.badge,class:f(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):H(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}var Zh,Z,Qh,$h,eg=t((()=>{Mf(),Tf(),ah(),Bm(),Lh(),q(),Dm(),Gh(),Zh={name:`BaseButton`,extends:Em,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:Wh,provide:function(){return{$pcButton:this,$parentInstance:this}}},Z={name:`Button`,extends:Zh,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return U(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return Jd(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return Qu(qh(qh(qh(qh(qh(qh(qh(qh(qh(qh({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return Qu(qh(qh({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return Qu(qh(qh({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:ih,Badge:Rm},directives:{ripple:Ih}},Qh=[`data-p`],$h=[`data-p`],Z.render=Xh})),tg,ng=t((()=>{Kd(),tg=Gd()}));function rg(e){return sg(e)||og(e)||ag(e)||ig()}function ig(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ag(e,t){if(e){if(typeof e==`string`)return cg(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?cg(e,t):void 0}}function og(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function sg(e){if(Array.isArray(e))return cg(e)}function cg(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function lg(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),rg(t[0]||=[B(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}var ug,dg=t((()=>{Xm(),q(),ug={name:`TimesIcon`,extends:Ym},ug.render=lg}));function fg(e){return gg(e)||hg(e)||mg(e)||pg()}function pg(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function mg(e,t){if(e){if(typeof e==`string`)return _g(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?_g(e,t):void 0}}function hg(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function gg(e){if(Array.isArray(e))return _g(e)}function _g(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function vg(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),fg(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14ZM9.77805 7.42192C9.89013 7.534 10.0415 7.59788 10.2 7.59995C10.3585 7.59788 10.5099 7.534 10.622 7.42192C10.7341 7.30985 10.798 7.15844 10.8 6.99995V3.94242C10.8066 3.90505 10.8096 3.86689 10.8089 3.82843C10.8079 3.77159 10.7988 3.7157 10.7824 3.6623C10.756 3.55552 10.701 3.45698 10.622 3.37798C10.5099 3.2659 10.3585 3.20202 10.2 3.19995H7.00002C6.84089 3.19995 6.68828 3.26317 6.57576 3.37569C6.46324 3.48821 6.40002 3.64082 6.40002 3.79995C6.40002 3.95908 6.46324 4.11169 6.57576 4.22422C6.68828 4.33674 6.84089 4.39995 7.00002 4.39995H8.80006L6.19997 7.00005C6.10158 7.11005 6.04718 7.25246 6.04718 7.40005C6.04718 7.54763 6.10158 7.69004 6.19997 7.80005C6.30202 7.91645 6.44561 7.98824 6.59997 8.00005C6.75432 7.98824 6.89791 7.91645 6.99997 7.80005L9.60002 5.26841V6.99995C9.6021 7.15844 9.66598 7.30985 9.77805 7.42192ZM1.4 14H3.8C4.17066 13.9979 4.52553 13.8498 4.78763 13.5877C5.04973 13.3256 5.1979 12.9707 5.2 12.6V10.2C5.1979 9.82939 5.04973 9.47452 4.78763 9.21242C4.52553 8.95032 4.17066 8.80215 3.8 8.80005H1.4C1.02934 8.80215 0.674468 8.95032 0.412371 9.21242C0.150274 9.47452 0.00210008 9.82939 0 10.2V12.6C0.00210008 12.9707 0.150274 13.3256 0.412371 13.5877C0.674468 13.8498 1.02934 13.9979 1.4 14ZM1.25858 10.0586C1.29609 10.0211 1.34696 10 1.4 10H3.8C3.85304 10 3.90391 10.0211 3.94142 10.0586C3.97893 10.0961 4 10.147 4 10.2V12.6C4 12.6531 3.97893 12.704 3.94142 12.7415C3.90391 12.779 3.85304 12.8 3.8 12.8H1.4C1.34696 12.8 1.29609 12.779 1.25858 12.7415C1.22107 12.704 1.2 12.6531 1.2 12.6V10.2C1.2 10.147 1.22107 10.0961 1.25858 10.0586Z`,fill:`currentColor`},null,-1)]),16)}var yg,bg=t((()=>{Xm(),q(),yg={name:`WindowMaximizeIcon`,extends:Ym},yg.render=vg}));function xg(e){return Tg(e)||wg(e)||Cg(e)||Sg()}function Sg(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Cg(e,t){if(e){if(typeof e==`string`)return Eg(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Eg(e,t):void 0}}function wg(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Tg(e){if(Array.isArray(e))return Eg(e)}function Eg(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Dg(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),xg(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0ZM6.368 7.952C6.44137 7.98326 6.52025 7.99958 6.6 8H9.8C9.95913 8 10.1117 7.93678 10.2243 7.82426C10.3368 7.71174 10.4 7.55913 10.4 7.4C10.4 7.24087 10.3368 7.08826 10.2243 6.97574C10.1117 6.86321 9.95913 6.8 9.8 6.8H8.048L10.624 4.224C10.73 4.11026 10.7877 3.95982 10.7849 3.80438C10.7822 3.64894 10.7192 3.50063 10.6093 3.3907C10.4994 3.28077 10.3511 3.2178 10.1956 3.21506C10.0402 3.21232 9.88974 3.27002 9.776 3.376L7.2 5.952V4.2C7.2 4.04087 7.13679 3.88826 7.02426 3.77574C6.91174 3.66321 6.75913 3.6 6.6 3.6C6.44087 3.6 6.28826 3.66321 6.17574 3.77574C6.06321 3.88826 6 4.04087 6 4.2V7.4C6.00042 7.47975 6.01674 7.55862 6.048 7.632C6.07656 7.70442 6.11971 7.7702 6.17475 7.82524C6.2298 7.88029 6.29558 7.92344 6.368 7.952ZM1.4 8.80005H3.8C4.17066 8.80215 4.52553 8.95032 4.78763 9.21242C5.04973 9.47452 5.1979 9.82939 5.2 10.2V12.6C5.1979 12.9707 5.04973 13.3256 4.78763 13.5877C4.52553 13.8498 4.17066 13.9979 3.8 14H1.4C1.02934 13.9979 0.674468 13.8498 0.412371 13.5877C0.150274 13.3256 0.00210008 12.9707 0 12.6V10.2C0.00210008 9.82939 0.150274 9.47452 0.412371 9.21242C0.674468 8.95032 1.02934 8.80215 1.4 8.80005ZM3.94142 12.7415C3.97893 12.704 4 12.6531 4 12.6V10.2C4 10.147 3.97893 10.0961 3.94142 10.0586C3.90391 10.0211 3.85304 10 3.8 10H1.4C1.34696 10 1.29609 10.0211 1.25858 10.0586C1.22107 10.0961 1.2 10.147 1.2 10.2V12.6C1.2 12.6531 1.22107 12.704 1.25858 12.7415C1.29609 12.779 1.34696 12.8 1.4 12.8H3.8C3.85304 12.8 3.90391 12.779 3.94142 12.7415Z`,fill:`currentColor`},null,-1)]),16)}var Og,kg=t((()=>{Xm(),q(),Og={name:`WindowMinimizeIcon`,extends:Ym},Og.render=Dg})),Ag,jg=t((()=>{cm(),Ag=Y.extend({name:`focustrap-directive`})}));function Mg(e){"@babel/helpers - typeof";return Mg=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Mg(e)}function Ng(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Pg(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Ng(Object(n),!0).forEach(function(t){Fg(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Ng(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Fg(e,t,n){return(t=Ig(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ig(e){var t=Lg(e,`string`);return Mg(t)==`symbol`?t:t+``}function Lg(e,t){if(Mg(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Mg(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Rg,zg,Bg=t((()=>{Wd(),Tf(),bh(),jg(),Rg=X.extend({style:Ag}),zg=Rg.extend(`focustrap`,{mounted:function(e,t){(t.value||{}).disabled||(this.createHiddenFocusableElements(e,t),this.bind(e,t),this.autoElementFocus(e,t)),e.setAttribute(`data-pd-focustrap`,!0),this.$el=e},updated:function(e,t){(t.value||{}).disabled&&this.unbind(e)},unmounted:function(e){this.unbind(e)},methods:{getComputedSelector:function(e){return`:not(.p-hidden-focusable):not([data-p-hidden-focusable="true"])${e??``}`},bind:function(e,t){var n=this,r=t.value||{},i=r.onFocusIn,a=r.onFocusOut;e.$_pfocustrap_mutationobserver=new MutationObserver(function(t){t.forEach(function(t){if(t.type===`childList`&&!e.contains(document.activeElement)){var r=function(t){var i=Bd(t)?Bd(t,n.getComputedSelector(e.$_pfocustrap_focusableselector))?t:kd(e,n.getComputedSelector(e.$_pfocustrap_focusableselector)):kd(t);return J(i)?i:t.nextSibling&&r(t.nextSibling)};Ed(r(t.nextSibling))}})}),e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_mutationobserver.observe(e,{childList:!0}),e.$_pfocustrap_focusinlistener=function(e){return i&&i(e)},e.$_pfocustrap_focusoutlistener=function(e){return a&&a(e)},e.addEventListener(`focusin`,e.$_pfocustrap_focusinlistener),e.addEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)},unbind:function(e){e.$_pfocustrap_mutationobserver&&e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_focusinlistener&&e.removeEventListener(`focusin`,e.$_pfocustrap_focusinlistener)&&(e.$_pfocustrap_focusinlistener=null),e.$_pfocustrap_focusoutlistener&&e.removeEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)&&(e.$_pfocustrap_focusoutlistener=null)},autoFocus:function(e){this.autoElementFocus(this.$el,{value:Pg(Pg({},e),{},{autoFocus:!0})})},autoElementFocus:function(e,t){var n=t.value||{},r=n.autoFocusSelector,i=r===void 0?``:r,a=n.firstFocusableSelector,o=a===void 0?``:a,s=n.autoFocus,c=s!==void 0&&s,l=kd(e,`[autofocus]${this.getComputedSelector(i)}`);c&&!l&&(l=kd(e,this.getComputedSelector(o))),Ed(l)},onFirstHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;Ed(r===n.$_pfocustrap_lasthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?kd(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_lasthiddenfocusableelement)},onLastHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;Ed(r===n.$_pfocustrap_firsthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?jd(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_firsthiddenfocusableelement)},createHiddenFocusableElements:function(e,t){var n=this,r=t.value||{},i=r.tabIndex,a=i===void 0?0:i,o=r.firstFocusableSelector,s=o===void 0?``:o,c=r.lastFocusableSelector,l=c===void 0?``:c,u=function(e){return Sd(`span`,{class:`p-hidden-accessible p-hidden-focusable`,tabIndex:a,role:`presentation`,"aria-hidden":!0,"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0,onFocus:e?.bind(n)})},d=u(this.onFirstHiddenElementFocus),f=u(this.onLastHiddenElementFocus);d.$_pfocustrap_lasthiddenfocusableelement=f,d.$_pfocustrap_focusableselector=s,d.setAttribute(`data-pc-section`,`firstfocusableelement`),f.$_pfocustrap_firsthiddenfocusableelement=d,f.$_pfocustrap_focusableselector=l,f.setAttribute(`data-pc-section`,`lastfocusableelement`),e.prepend(d),e.append(f)}}})}));function Vg(e,t,n,r,i,a){return a.inline?I(e.$slots,`default`,{key:0}):i.mounted?(L(),z(Vo,{key:1,to:n.appendTo===`body`?Tp():n.appendTo},[I(e.$slots,`default`)],8,[`to`])):H(``,!0)}var Hg,Ug=t((()=>{Pp(),Wd(),q(),Hg={name:`Portal`,props:{appendTo:{type:[String,Object],default:`body`},disabled:{type:Boolean,default:!1}},data:function(){return{mounted:!1}},mounted:function(){this.mounted=zd()},computed:{inline:function(){return this.disabled||this.appendTo===`self`}}},Hg.render=Vg}));function Wg(){rd({variableName:op(`scrollbar.width`).name})}function Gg(){ad({variableName:op(`scrollbar.width`).name})}var Kg=t((()=>{dp(),Mf()})),qg,Jg=t((()=>{qg=`
    .p-dialog {
        max-height: 90%;
        transform: scale(1);
        border-radius: dt('dialog.border.radius');
        box-shadow: dt('dialog.shadow');
        background: dt('dialog.background');
        border: 1px solid dt('dialog.border.color');
        color: dt('dialog.color');
        will-change: transform;
    }

    .p-dialog-content {
        overflow-y: auto;
        padding: dt('dialog.content.padding');
        flex-grow: 1;
    }

    .p-dialog-header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        flex-shrink: 0;
        padding: dt('dialog.header.padding');
    }

    .p-dialog-title {
        font-weight: dt('dialog.title.font.weight');
        font-size: dt('dialog.title.font.size');
    }

    .p-dialog-footer {
        flex-shrink: 0;
        padding: dt('dialog.footer.padding');
        display: flex;
        justify-content: flex-end;
        gap: dt('dialog.footer.gap');
    }

    .p-dialog-header-actions {
        display: flex;
        align-items: center;
        gap: dt('dialog.header.gap');
    }

    .p-dialog-top .p-dialog,
    .p-dialog-bottom .p-dialog,
    .p-dialog-left .p-dialog,
    .p-dialog-right .p-dialog,
    .p-dialog-topleft .p-dialog,
    .p-dialog-topright .p-dialog,
    .p-dialog-bottomleft .p-dialog,
    .p-dialog-bottomright .p-dialog {
        margin: 1rem;
    }

    .p-dialog-maximized {
        width: 100vw !important;
        height: 100vh !important;
        top: 0px !important;
        left: 0px !important;
        max-height: 100%;
        height: 100%;
        border-radius: 0;
    }

    .p-dialog .p-resizable-handle {
        position: absolute;
        font-size: 0.1px;
        display: block;
        cursor: se-resize;
        width: 12px;
        height: 12px;
        right: 1px;
        bottom: 1px;
    }

    .p-dialog-enter-active {
        animation: p-animate-dialog-enter 300ms cubic-bezier(.19,1,.22,1);
    }

    .p-dialog-leave-active {
        animation: p-animate-dialog-leave 300ms cubic-bezier(.19,1,.22,1);
    }

    @keyframes p-animate-dialog-enter {
        from {
            opacity: 0;
            transform: scale(0.93);
        }
    }

    @keyframes p-animate-dialog-leave {
        to {
            opacity: 0;
            transform: scale(0.93);
        }
    }
`})),Yg,Xg=t((()=>{Jg(),cm(),Yg=Y.extend({name:`dialog`,style:qg,classes:{mask:function(e){var t=e.props,n=[`left`,`right`,`top`,`topleft`,`topright`,`bottom`,`bottomleft`,`bottomright`].find(function(e){return e===t.position});return[`p-dialog-mask`,{"p-overlay-mask p-overlay-mask-enter-active":t.modal},n?`p-dialog-${n}`:``]},root:function(e){var t=e.props,n=e.instance;return[`p-dialog p-component`,{"p-dialog-maximized":t.maximizable&&n.maximized}]},header:`p-dialog-header`,title:`p-dialog-title`,headerActions:`p-dialog-header-actions`,pcMaximizeButton:`p-dialog-maximize-button`,pcCloseButton:`p-dialog-close-button`,content:`p-dialog-content`,footer:`p-dialog-footer`},inlineStyles:{mask:function(e){var t=e.position,n=e.modal;return{position:`fixed`,height:`100%`,width:`100%`,left:0,top:0,display:`flex`,justifyContent:t===`left`||t===`topleft`||t===`bottomleft`?`flex-start`:t===`right`||t===`topright`||t===`bottomright`?`flex-end`:`center`,alignItems:t===`top`||t===`topleft`||t===`topright`?`flex-start`:t===`bottom`||t===`bottomleft`||t===`bottomright`?`flex-end`:`center`,pointerEvents:n?`auto`:`none`}},root:{display:`flex`,flexDirection:`column`,pointerEvents:`auto`}}})}));function Zg(e){"@babel/helpers - typeof";return Zg=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Zg(e)}function Qg(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function $g(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Qg(Object(n),!0).forEach(function(t){e_(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Qg(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function e_(e,t,n){return(t=t_(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function t_(e){var t=n_(e,`string`);return Zg(t)==`symbol`?t:t+``}function n_(e,t){if(Zg(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Zg(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function r_(e,t,n,r,i,a){var o=di(`Button`),s=di(`Portal`),c=pi(`focustrap`);return L(),z(s,{appendTo:e.appendTo},{default:F(function(){return[i.containerVisible?(L(),R(`div`,U({key:0,ref:a.maskRef,class:e.cx(`mask`),style:e.sx(`mask`,!0,{position:e.position,modal:e.modal}),onMousedown:t[1]||=function(){return a.onMaskMouseDown&&a.onMaskMouseDown.apply(a,arguments)},onMouseup:t[2]||=function(){return a.onMaskMouseUp&&a.onMaskMouseUp.apply(a,arguments)},"data-p":a.dataP},e.ptm(`mask`)),[G(Yl,U({name:`p-dialog`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onBeforeLeave:a.onBeforeLeave,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave,appear:``},e.ptm(`transition`)),{default:F(function(){return[e.visible?pr((L(),R(`div`,U({key:0,ref:a.containerRef,class:e.cx(`root`),style:e.sx(`root`),role:`dialog`,"aria-labelledby":a.ariaLabelledById,"aria-modal":e.modal,"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.container?I(e.$slots,`container`,{key:0,closeCallback:a.close,maximizeCallback:function(e){return a.maximize(e)},initDragCallback:a.initDrag}):(L(),R(W,{key:1},[e.showHeader?(L(),R(`div`,U({key:0,ref:a.headerContainerRef,class:e.cx(`header`),onMousedown:t[0]||=function(){return a.initDrag&&a.initDrag.apply(a,arguments)}},e.ptm(`header`)),[I(e.$slots,`header`,{class:f(e.cx(`title`))},function(){return[e.header?(L(),R(`span`,U({key:0,id:a.ariaLabelledById,class:e.cx(`title`)},e.ptm(`title`)),M(e.header),17,s_)):H(``,!0)]}),B(`div`,U({class:e.cx(`headerActions`)},e.ptm(`headerActions`)),[e.maximizable?I(e.$slots,`maximizebutton`,{key:0,maximized:i.maximized,maximizeCallback:function(e){return a.maximize(e)}},function(){return[G(o,U({ref:a.maximizableRef,autofocus:i.focusableMax,class:e.cx(`pcMaximizeButton`),onClick:a.maximize,tabindex:e.maximizable?`0`:`-1`,unstyled:e.unstyled},e.maximizeButtonProps,{pt:e.ptm(`pcMaximizeButton`),"data-pc-group-section":`headericon`}),{icon:F(function(t){return[I(e.$slots,`maximizeicon`,{maximized:i.maximized},function(){return[(L(),z(fi(a.maximizeIconComponent),U({class:[t.class,i.maximized?e.minimizeIcon:e.maximizeIcon]},e.ptm(`pcMaximizeButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`tabindex`,`unstyled`,`pt`])]}):H(``,!0),e.closable?I(e.$slots,`closebutton`,{key:1,closeCallback:a.close},function(){return[G(o,U({ref:a.closeButtonRef,autofocus:i.focusableClose,class:e.cx(`pcCloseButton`),onClick:a.close,"aria-label":a.closeAriaLabel,unstyled:e.unstyled},e.closeButtonProps,{pt:e.ptm(`pcCloseButton`),"data-pc-group-section":`headericon`}),{icon:F(function(t){return[I(e.$slots,`closeicon`,{},function(){return[(L(),z(fi(e.closeIcon?`span`:`TimesIcon`),U({class:[e.closeIcon,t.class]},e.ptm(`pcCloseButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`aria-label`,`unstyled`,`pt`])]}):H(``,!0)],16)],16)):H(``,!0),B(`div`,U({ref:a.contentRef,class:[e.cx(`content`),e.contentClass],style:e.contentStyle,"data-p":a.dataP},$g($g({},e.contentProps),e.ptm(`content`))),[I(e.$slots,`default`)],16,c_),e.footer||e.$slots.footer?(L(),R(`div`,U({key:1,ref:a.footerContainerRef,class:e.cx(`footer`)},e.ptm(`footer`)),[I(e.$slots,`footer`,{},function(){return[V(M(e.footer),1)]})],16)):H(``,!0)],64))],16,o_)),[[c,{disabled:!e.modal}]]):H(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])],16,a_)):H(``,!0)]}),_:3},8,[`appendTo`])}var i_,a_,o_,s_,c_,l_=t((()=>{Mf(),Wd(),jf(),dg(),bg(),kg(),eg(),Bg(),Ug(),Lh(),Kg(),q(),Dm(),Xg(),i_={name:`Dialog`,extends:{name:`BaseDialog`,extends:Em,props:{header:{type:null,default:null},footer:{type:null,default:null},visible:{type:Boolean,default:!1},modal:{type:Boolean,default:null},contentStyle:{type:null,default:null},contentClass:{type:String,default:null},contentProps:{type:null,default:null},maximizable:{type:Boolean,default:!1},dismissableMask:{type:Boolean,default:!1},closable:{type:Boolean,default:!0},closeOnEscape:{type:Boolean,default:!0},showHeader:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!1},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},position:{type:String,default:`center`},breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0},keepInViewport:{type:Boolean,default:!0},minX:{type:Number,default:0},minY:{type:Number,default:0},appendTo:{type:[String,Object],default:`body`},closeIcon:{type:String,default:void 0},maximizeIcon:{type:String,default:void 0},minimizeIcon:{type:String,default:void 0},closeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},maximizeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},_instance:null},style:Yg,provide:function(){return{$pcDialog:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:visible`,`show`,`hide`,`after-hide`,`maximize`,`unmaximize`,`dragstart`,`dragend`],provide:function(){var e=this;return{dialogRef:K(function(){return e._instance})}},data:function(){return{containerVisible:this.visible,maximized:!1,focusableMax:null,focusableClose:null,target:null}},documentKeydownListener:null,container:null,mask:null,content:null,headerContainer:null,footerContainer:null,maximizableButton:null,closeButton:null,styleElement:null,dragging:null,documentDragListener:null,documentDragEndListener:null,lastPageX:null,lastPageY:null,maskMouseDownTarget:null,updated:function(){this.visible&&(this.containerVisible=this.visible)},beforeUnmount:function(){this.unbindDocumentState(),this.unbindGlobalListeners(),this.destroyStyle(),this.mask&&this.autoZIndex&&Af.clear(this.mask),this.container=null,this.mask=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{close:function(){this.$emit(`update:visible`,!1)},onEnter:function(){this.$emit(`show`),this.target=document.activeElement,this.enableDocumentSettings(),this.bindGlobalListeners(),this.autoZIndex&&Af.set(`modal`,this.mask,this.baseZIndex||this.$primevue.config.zIndex.modal)},onAfterEnter:function(){this.focus()},onBeforeLeave:function(){this.modal&&!this.isUnstyled&&td(this.mask,`p-overlay-mask-leave-active`),this.dragging&&this.documentDragEndListener&&this.documentDragEndListener()},onLeave:function(){this.$emit(`hide`),Ed(this.target),this.target=null,this.focusableClose=null,this.focusableMax=null},onAfterLeave:function(){this.autoZIndex&&Af.clear(this.mask),this.containerVisible=!1,this.unbindDocumentState(),this.unbindGlobalListeners(),this.$emit(`after-hide`)},onMaskMouseDown:function(e){this.maskMouseDownTarget=e.target},onMaskMouseUp:function(){this.dismissableMask&&this.modal&&this.mask===this.maskMouseDownTarget&&this.close()},focus:function(){var e=function(e){return e&&e.querySelector(`[autofocus]`)},t=this.$slots.footer&&e(this.footerContainer);t||(t=this.$slots.header&&e(this.headerContainer),t||(t=this.$slots.default&&e(this.content),t||(this.maximizable?(this.focusableMax=!0,t=this.maximizableButton):(this.focusableClose=!0,t=this.closeButton)))),t&&Ed(t,{focusVisible:!0})},maximize:function(e){this.maximized?(this.maximized=!1,this.$emit(`unmaximize`,e)):(this.maximized=!0,this.$emit(`maximize`,e)),this.modal||(this.maximized?Wg():Gg())},enableDocumentSettings:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&Wg()},unbindDocumentState:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&Gg()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&!e.isComposing&&this.close()},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},containerRef:function(e){this.container=e},maskRef:function(e){this.mask=e},contentRef:function(e){this.content=e},headerContainerRef:function(e){this.headerContainer=e},footerContainerRef:function(e){this.footerContainer=e},maximizableRef:function(e){this.maximizableButton=e?e.$el:void 0},closeButtonRef:function(e){this.closeButton=e?e.$el:void 0},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,Ud(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-dialog[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},initDrag:function(e){e.target.closest(`div`).getAttribute(`data-pc-section`)!==`headeractions`&&this.draggable&&(this.dragging=!0,this.lastPageX=e.pageX,this.lastPageY=e.pageY,this.container.style.margin=`0`,document.body.setAttribute(`data-p-unselectable-text`,`true`),!this.isUnstyled&&md(document.body,{"user-select":`none`}),this.$emit(`dragstart`,e))},bindGlobalListeners:function(){this.draggable&&(this.bindDocumentDragListener(),this.bindDocumentDragEndListener()),this.closeOnEscape&&this.bindDocumentKeyDownListener()},unbindGlobalListeners:function(){this.unbindDocumentDragListener(),this.unbindDocumentDragEndListener(),this.unbindDocumentKeyDownListener()},bindDocumentDragListener:function(){var e=this;this.documentDragListener=function(t){if(e.dragging){var n=hd(e.container),r=Nd(e.container),i=t.pageX-e.lastPageX,a=t.pageY-e.lastPageY,o=e.container.getBoundingClientRect(),s=o.left+i,c=o.top+a,l=cd(),u=getComputedStyle(e.container),d=parseFloat(u.marginLeft),f=parseFloat(u.marginTop);e.container.style.position=`fixed`,e.keepInViewport?(s>=e.minX&&s+n<l.width&&(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`),c>=e.minY&&c+r<l.height&&(e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)):(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`,e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)}},window.document.addEventListener(`mousemove`,this.documentDragListener)},unbindDocumentDragListener:function(){this.documentDragListener&&=(window.document.removeEventListener(`mousemove`,this.documentDragListener),null)},bindDocumentDragEndListener:function(){var e=this;this.documentDragEndListener=function(t){e.dragging&&(e.dragging=!1,document.body.removeAttribute(`data-p-unselectable-text`),!e.isUnstyled&&(document.body.style[`user-select`]=``),e.$emit(`dragend`,t))},window.document.addEventListener(`mouseup`,this.documentDragEndListener)},unbindDocumentDragEndListener:function(){this.documentDragEndListener&&=(window.document.removeEventListener(`mouseup`,this.documentDragEndListener),null)}},computed:{maximizeIconComponent:function(){return this.maximized?this.minimizeIcon?`span`:`WindowMinimizeIcon`:this.maximizeIcon?`span`:`WindowMaximizeIcon`},ariaLabelledById:function(){return this.header!=null||this.$attrs[`aria-labelledby`]!==null?this.$id+`_header`:null},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return Qu({maximized:this.maximized,modal:this.modal})}},directives:{ripple:Ih,focustrap:zg},components:{Button:Z,Portal:Hg,WindowMinimizeIcon:Og,WindowMaximizeIcon:yg,TimesIcon:ug}},a_=[`data-p`],o_=[`aria-labelledby`,`aria-modal`,`data-p`],s_=[`id`],c_=[`data-p`],i_.render=r_})),u_,d_=t((()=>{u_=`
    .p-confirmdialog .p-dialog-content {
        display: flex;
        align-items: center;
        gap: dt('confirmdialog.content.gap');
    }

    .p-confirmdialog-icon {
        color: dt('confirmdialog.icon.color');
        font-size: dt('confirmdialog.icon.size');
        width: dt('confirmdialog.icon.size');
        height: dt('confirmdialog.icon.size');
    }
`})),f_,p_=t((()=>{d_(),cm(),f_=Y.extend({name:`confirmdialog`,style:u_,classes:{root:`p-confirmdialog`,icon:`p-confirmdialog-icon`,message:`p-confirmdialog-message`,pcRejectButton:`p-confirmdialog-reject-button`,pcAcceptButton:`p-confirmdialog-accept-button`}})}));function m_(e,t,n,r,i,a){var o=di(`Button`),s=di(`Dialog`);return L(),z(s,{visible:i.visible,"onUpdate:visible":[t[2]||=function(e){return i.visible=e},a.onHide],role:`alertdialog`,class:f(e.cx(`root`)),modal:a.modal,header:a.header,blockScroll:a.blockScroll,appendTo:a.appendTo,position:a.position,breakpoints:e.breakpoints,closeOnEscape:a.closeOnEscape,draggable:e.draggable,pt:e.pt,unstyled:e.unstyled},_i({default:F(function(){return[e.$slots.container?H(``,!0):(L(),R(W,{key:0},[e.$slots.message?(L(),z(fi(e.$slots.message),{key:1,message:i.confirmation},null,8,[`message`])):(L(),R(W,{key:0},[I(e.$slots,`icon`,{},function(){return[e.$slots.icon?(L(),z(fi(e.$slots.icon),{key:0,class:f(e.cx(`icon`))},null,8,[`class`])):i.confirmation.icon?(L(),R(`span`,U({key:1,class:[i.confirmation.icon,e.cx(`icon`)]},e.ptm(`icon`)),null,16)):H(``,!0)]}),B(`span`,U({class:e.cx(`message`)},e.ptm(`message`)),M(a.message),17)],64))],64))]}),_:2},[e.$slots.container?{name:`container`,fn:F(function(t){return[I(e.$slots,`container`,{message:i.confirmation,closeCallback:t.closeCallback,acceptCallback:a.accept,rejectCallback:a.reject,initDragCallback:t.initDragCallback})]}),key:`0`}:void 0,e.$slots.container?void 0:{name:`footer`,fn:F(function(){return[G(o,U({class:[e.cx(`pcRejectButton`),i.confirmation.rejectClass],autofocus:a.autoFocusReject,unstyled:e.unstyled,text:i.confirmation.rejectProps?.text||!1,onClick:t[0]||=function(e){return a.reject()}},i.confirmation.rejectProps,{label:a.rejectLabel,pt:e.ptm(`pcRejectButton`)}),_i({_:2},[a.rejectIcon||e.$slots.rejecticon?{name:`icon`,fn:F(function(t){return[I(e.$slots,`rejecticon`,{},function(){return[B(`span`,U({class:[a.rejectIcon,t.class]},e.ptm(`pcRejectButton`).icon,{"data-pc-section":`rejectbuttonicon`}),null,16)]})]}),key:`0`}:void 0]),1040,[`class`,`autofocus`,`unstyled`,`text`,`label`,`pt`]),G(o,U({label:a.acceptLabel,class:[e.cx(`pcAcceptButton`),i.confirmation.acceptClass],autofocus:a.autoFocusAccept,unstyled:e.unstyled,onClick:t[1]||=function(e){return a.accept()}},i.confirmation.acceptProps,{pt:e.ptm(`pcAcceptButton`)}),_i({_:2},[a.acceptIcon||e.$slots.accepticon?{name:`icon`,fn:F(function(t){return[I(e.$slots,`accepticon`,{},function(){return[B(`span`,U({class:[a.acceptIcon,t.class]},e.ptm(`pcAcceptButton`).icon,{"data-pc-section":`acceptbuttonicon`}),null,16)]})]}),key:`0`}:void 0]),1040,[`label`,`class`,`autofocus`,`unstyled`,`pt`])]}),key:`1`}]),1032,[`visible`,`class`,`modal`,`header`,`blockScroll`,`appendTo`,`position`,`breakpoints`,`closeOnEscape`,`draggable`,`onUpdate:visible`,`pt`,`unstyled`])}var h_,g_=t((()=>{eg(),ng(),l_(),Dm(),p_(),q(),h_={name:`ConfirmDialog`,extends:{name:`BaseConfirmDialog`,extends:Em,props:{group:String,breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0}},style:f_,provide:function(){return{$pcConfirmDialog:this,$parentInstance:this}}},confirmListener:null,closeListener:null,data:function(){return{visible:!1,confirmation:null}},mounted:function(){var e=this;this.confirmListener=function(t){t&&t.group===e.group&&(e.confirmation=t,e.confirmation.onShow&&e.confirmation.onShow(),e.visible=!0)},this.closeListener=function(){e.visible=!1,e.confirmation=null},tg.on(`confirm`,this.confirmListener),tg.on(`close`,this.closeListener)},beforeUnmount:function(){tg.off(`confirm`,this.confirmListener),tg.off(`close`,this.closeListener)},methods:{accept:function(){this.confirmation.accept&&this.confirmation.accept(),this.visible=!1},reject:function(){this.confirmation.reject&&this.confirmation.reject(),this.visible=!1},onHide:function(){this.confirmation.onHide&&this.confirmation.onHide(),this.visible=!1}},computed:{appendTo:function(){return this.confirmation?this.confirmation.appendTo:`body`},target:function(){return this.confirmation?this.confirmation.target:null},modal:function(){return!this.confirmation||this.confirmation.modal==null||this.confirmation.modal},header:function(){return this.confirmation?this.confirmation.header:null},message:function(){return this.confirmation?this.confirmation.message:null},blockScroll:function(){return!this.confirmation||this.confirmation.blockScroll},position:function(){return this.confirmation?this.confirmation.position:null},acceptLabel:function(){if(this.confirmation){var e=this.confirmation;return e.acceptLabel||e.acceptProps?.label||this.$primevue.config.locale.accept}return this.$primevue.config.locale.accept},rejectLabel:function(){if(this.confirmation){var e=this.confirmation;return e.rejectLabel||e.rejectProps?.label||this.$primevue.config.locale.reject}return this.$primevue.config.locale.reject},acceptIcon:function(){var e;return this.confirmation?this.confirmation.acceptIcon:(e=this.confirmation)!=null&&e.acceptProps?this.confirmation.acceptProps.icon:null},rejectIcon:function(){var e;return this.confirmation?this.confirmation.rejectIcon:(e=this.confirmation)!=null&&e.rejectProps?this.confirmation.rejectProps.icon:null},autoFocusAccept:function(){return this.confirmation.defaultFocus===void 0||this.confirmation.defaultFocus===`accept`},autoFocusReject:function(){return this.confirmation.defaultFocus===`reject`},closeOnEscape:function(){return!this.confirmation||this.confirmation.closeOnEscape}},components:{Dialog:i_,Button:Z}},h_.render=m_})),__,v_=t((()=>{cm(),__=Y.extend({name:`tab`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-tab`,{"p-tab-active":t.active,"p-disabled":n.disabled}]}}})}));function y_(e,t,n,r,i,a){var o=pi(`ripple`);return e.asChild?I(e.$slots,`default`,{key:1,dataP:a.dataP,class:f(e.cx(`root`)),active:a.active,a11yAttrs:a.a11yAttrs,onClick:a.onClick}):pr((L(),z(fi(e.as),U({key:0,class:e.cx(`root`),"data-p":a.dataP,onClick:a.onClick},a.attrs),{default:F(function(){return[I(e.$slots,`default`)]}),_:3},16,[`class`,`data-p`,`onClick`])),[[o]])}var b_,x_=t((()=>{Mf(),Wd(),Tf(),Lh(),q(),Dm(),v_(),b_={name:`Tab`,extends:{name:`BaseTab`,extends:Em,props:{value:{type:[String,Number],default:void 0},disabled:{type:Boolean,default:!1},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1}},style:__,provide:function(){return{$pcTab:this,$parentInstance:this}}},inheritAttrs:!1,inject:[`$pcTabs`,`$pcTabList`],methods:{onFocus:function(){this.$pcTabs.selectOnFocus&&this.changeActiveValue()},onClick:function(){this.changeActiveValue()},onKeydown:function(e){switch(e.code){case`ArrowRight`:this.onArrowRightKey(e);break;case`ArrowLeft`:this.onArrowLeftKey(e);break;case`Home`:this.onHomeKey(e);break;case`End`:this.onEndKey(e);break;case`PageDown`:this.onPageDownKey(e);break;case`PageUp`:this.onPageUpKey(e);break;case`Enter`:case`NumpadEnter`:case`Space`:this.onEnterKey(e)}},onArrowRightKey:function(e){var t=this.findNextTab(e.currentTarget);t?this.changeFocusedTab(e,t):this.onHomeKey(e),e.preventDefault()},onArrowLeftKey:function(e){var t=this.findPrevTab(e.currentTarget);t?this.changeFocusedTab(e,t):this.onEndKey(e),e.preventDefault()},onHomeKey:function(e){var t=this.findFirstTab();this.changeFocusedTab(e,t),e.preventDefault()},onEndKey:function(e){var t=this.findLastTab();this.changeFocusedTab(e,t),e.preventDefault()},onPageDownKey:function(e){this.scrollInView(this.findLastTab()),e.preventDefault()},onPageUpKey:function(e){this.scrollInView(this.findFirstTab()),e.preventDefault()},onEnterKey:function(e){this.changeActiveValue()},findNextTab:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1]?e:e.nextElementSibling;return t?Dd(t,`data-p-disabled`)||Dd(t,`data-pc-section`)===`activebar`?this.findNextTab(t):Td(t,`[data-pc-name="tab"]`):null},findPrevTab:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1]?e:e.previousElementSibling;return t?Dd(t,`data-p-disabled`)||Dd(t,`data-pc-section`)===`activebar`?this.findPrevTab(t):Td(t,`[data-pc-name="tab"]`):null},findFirstTab:function(){return this.findNextTab(this.$pcTabList.$refs.tabs.firstElementChild,!0)},findLastTab:function(){return this.findPrevTab(this.$pcTabList.$refs.tabs.lastElementChild,!0)},changeActiveValue:function(){this.$pcTabs.updateValue(this.value)},changeFocusedTab:function(e,t){Ed(t),this.scrollInView(t)},scrollInView:function(e){var t;e==null||(t=e.scrollIntoView)==null||t.call(e,{block:`nearest`})}},computed:{active:function(){return $d(this.$pcTabs?.d_value,this.value)},id:function(){return`${this.$pcTabs?.$id}_tab_${this.value}`},ariaControls:function(){return`${this.$pcTabs?.$id}_tabpanel_${this.value}`},attrs:function(){return U(this.asAttrs,this.a11yAttrs,this.ptmi(`root`,this.ptParams))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{id:this.id,tabindex:this.active?this.$pcTabs.tabindex:-1,role:`tab`,"aria-selected":this.active,"aria-controls":this.ariaControls,"data-pc-name":`tab`,"data-p-disabled":this.disabled,"data-p-active":this.active,onFocus:this.onFocus,onKeydown:this.onKeydown}},ptParams:function(){return{context:{active:this.active}}},dataP:function(){return Qu({active:this.active})}},directives:{ripple:Ih}},b_.render=y_}));function S_(e){return E_(e)||T_(e)||w_(e)||C_()}function C_(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function w_(e,t){if(e){if(typeof e==`string`)return D_(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?D_(e,t):void 0}}function T_(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function E_(e){if(Array.isArray(e))return D_(e)}function D_(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function O_(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),S_(t[0]||=[B(`path`,{d:`M9.61296 13C9.50997 13.0005 9.40792 12.9804 9.3128 12.9409C9.21767 12.9014 9.13139 12.8433 9.05902 12.7701L3.83313 7.54416C3.68634 7.39718 3.60388 7.19795 3.60388 6.99022C3.60388 6.78249 3.68634 6.58325 3.83313 6.43628L9.05902 1.21039C9.20762 1.07192 9.40416 0.996539 9.60724 1.00012C9.81032 1.00371 10.0041 1.08597 10.1477 1.22959C10.2913 1.37322 10.3736 1.56698 10.3772 1.77005C10.3808 1.97313 10.3054 2.16968 10.1669 2.31827L5.49496 6.99022L10.1669 11.6622C10.3137 11.8091 10.3962 12.0084 10.3962 12.2161C10.3962 12.4238 10.3137 12.6231 10.1669 12.7701C10.0945 12.8433 10.0083 12.9014 9.91313 12.9409C9.81801 12.9804 9.71596 13.0005 9.61296 13Z`,fill:`currentColor`},null,-1)]),16)}var k_,A_=t((()=>{Xm(),q(),k_={name:`ChevronLeftIcon`,extends:Ym},k_.render=O_}));function j_(e){return F_(e)||P_(e)||N_(e)||M_()}function M_(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function N_(e,t){if(e){if(typeof e==`string`)return I_(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?I_(e,t):void 0}}function P_(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function F_(e){if(Array.isArray(e))return I_(e)}function I_(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function L_(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),j_(t[0]||=[B(`path`,{d:`M4.38708 13C4.28408 13.0005 4.18203 12.9804 4.08691 12.9409C3.99178 12.9014 3.9055 12.8433 3.83313 12.7701C3.68634 12.6231 3.60388 12.4238 3.60388 12.2161C3.60388 12.0084 3.68634 11.8091 3.83313 11.6622L8.50507 6.99022L3.83313 2.31827C3.69467 2.16968 3.61928 1.97313 3.62287 1.77005C3.62645 1.56698 3.70872 1.37322 3.85234 1.22959C3.99596 1.08597 4.18972 1.00371 4.3928 1.00012C4.59588 0.996539 4.79242 1.07192 4.94102 1.21039L10.1669 6.43628C10.3137 6.58325 10.3962 6.78249 10.3962 6.99022C10.3962 7.19795 10.3137 7.39718 10.1669 7.54416L4.94102 12.7701C4.86865 12.8433 4.78237 12.9014 4.68724 12.9409C4.59212 12.9804 4.49007 13.0005 4.38708 13Z`,fill:`currentColor`},null,-1)]),16)}var R_,z_=t((()=>{Xm(),q(),R_={name:`ChevronRightIcon`,extends:Ym},R_.render=L_})),B_,V_=t((()=>{cm(),B_=Y.extend({name:`tablist`,classes:{root:`p-tablist`,content:`p-tablist-content p-tablist-viewport`,tabList:`p-tablist-tab-list`,activeBar:`p-tablist-active-bar`,prevButton:`p-tablist-prev-button p-tablist-nav-button`,nextButton:`p-tablist-next-button p-tablist-nav-button`}})}));function H_(e,t,n,r,i,a){var o=pi(`ripple`);return L(),R(`div`,U({ref:`list`,class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[a.showNavigators&&i.isPrevButtonEnabled?pr((L(),R(`button`,U({key:0,ref:`prevButton`,type:`button`,class:e.cx(`prevButton`),"aria-label":a.prevButtonAriaLabel,tabindex:a.$pcTabs.tabindex,onClick:t[0]||=function(){return a.onPrevButtonClick&&a.onPrevButtonClick.apply(a,arguments)}},e.ptm(`prevButton`),{"data-pc-group-section":`navigator`}),[(L(),z(fi(a.templates.previcon||`ChevronLeftIcon`),U({"aria-hidden":`true`},e.ptm(`prevIcon`)),null,16))],16,G_)),[[o]]):H(``,!0),B(`div`,U({ref:`content`,class:e.cx(`content`),onScroll:t[1]||=function(){return a.onScroll&&a.onScroll.apply(a,arguments)},"data-p":a.dataP},e.ptm(`content`)),[B(`div`,U({ref:`tabs`,class:e.cx(`tabList`),role:`tablist`,"aria-orientation":a.$pcTabs.orientation||`horizontal`},e.ptm(`tabList`)),[I(e.$slots,`default`),B(`span`,U({ref:`inkbar`,class:e.cx(`activeBar`),role:`presentation`,"aria-hidden":`true`},e.ptm(`activeBar`)),null,16)],16,q_)],16,K_),a.showNavigators&&i.isNextButtonEnabled?pr((L(),R(`button`,U({key:1,ref:`nextButton`,type:`button`,class:e.cx(`nextButton`),"aria-label":a.nextButtonAriaLabel,tabindex:a.$pcTabs.tabindex,onClick:t[2]||=function(){return a.onNextButtonClick&&a.onNextButtonClick.apply(a,arguments)}},e.ptm(`nextButton`),{"data-pc-group-section":`navigator`}),[(L(),z(fi(a.templates.nexticon||`ChevronRightIcon`),U({"aria-hidden":`true`},e.ptm(`nextIcon`)),null,16))],16,J_)),[[o]]):H(``,!0)],16,W_)}var U_,W_,G_,K_,q_,J_,Y_=t((()=>{Mf(),Wd(),A_(),z_(),Lh(),Dm(),V_(),q(),U_={name:`TabList`,extends:{name:`BaseTabList`,extends:Em,props:{},style:B_,provide:function(){return{$pcTabList:this,$parentInstance:this}}},inheritAttrs:!1,inject:[`$pcTabs`],data:function(){return{isPrevButtonEnabled:!1,isNextButtonEnabled:!0}},resizeObserver:void 0,inkBarObserver:void 0,watch:{showNavigators:function(e){e?this.bindResizeObserver():this.unbindResizeObserver()},activeValue:{flush:`post`,handler:function(){this.updateInkBar(),this.bindInkBarObserver()}}},mounted:function(){var e=this;setTimeout(function(){e.updateInkBar(),e.bindInkBarObserver()},150),this.showNavigators&&(this.updateButtonState(),this.bindResizeObserver())},updated:function(){this.showNavigators&&this.updateButtonState()},beforeUnmount:function(){this.unbindResizeObserver(),this.unbindInkBarObserver()},methods:{onScroll:function(e){this.showNavigators&&this.updateButtonState(),e.preventDefault()},onPrevButtonClick:function(){var e=this.$refs.content,t=this.getVisibleButtonWidths(),n=Ld(e)-t,r=Math.abs(e.scrollLeft)-n*.8,i=Math.max(r,0);e.scrollLeft=fd(e)?-1*i:i},onNextButtonClick:function(){var e=this.$refs.content,t=this.getVisibleButtonWidths(),n=Ld(e)-t,r=Math.abs(e.scrollLeft)+n*.8,i=e.scrollWidth-n,a=Math.min(r,i);e.scrollLeft=fd(e)?-1*a:a},bindResizeObserver:function(){var e=this;this.resizeObserver=new ResizeObserver(function(){return e.updateButtonState()}),this.resizeObserver.observe(this.$refs.list)},unbindResizeObserver:function(){var e;(e=this.resizeObserver)==null||e.unobserve(this.$refs.list),this.resizeObserver=void 0},bindInkBarObserver:function(){var e=this;this.unbindInkBarObserver();var t=this.$refs.content,n=Td(t,`[data-pc-name="tab"][data-p-active="true"]`);n&&(this.inkBarObserver=new ResizeObserver(function(){return e.updateInkBar()}),this.inkBarObserver.observe(n))},unbindInkBarObserver:function(){var e;(e=this.inkBarObserver)==null||e.disconnect(),this.inkBarObserver=void 0},updateInkBar:function(){var e=this.$refs,t=e.content,n=e.inkbar,r=e.tabs;if(n){var i=Td(t,`[data-pc-name="tab"][data-p-active="true"]`);this.$pcTabs.isVertical()?(n.style.height=Nd(i)+`px`,n.style.top=Md(i).top-Md(r).top+`px`):(n.style.width=hd(i)+`px`,n.style.left=Md(i).left-Md(r).left+`px`)}},updateButtonState:function(){var e=this.$refs,t=e.list,n=e.content,r=n.scrollTop,i=n.scrollWidth,a=n.scrollHeight,o=n.offsetWidth,s=n.offsetHeight,c=Math.abs(n.scrollLeft),l=[Ld(n),Ad(n)],u=l[0],d=l[1];this.$pcTabs.isVertical()?(this.isPrevButtonEnabled=r!==0,this.isNextButtonEnabled=t.offsetHeight>=s&&parseInt(r)!==a-d):(this.isPrevButtonEnabled=c!==0,this.isNextButtonEnabled=t.offsetWidth>=o&&parseInt(c)!==i-u)},getVisibleButtonWidths:function(){var e=this.$refs,t=e.prevButton,n=e.nextButton,r=0;return this.showNavigators&&(r=(t?.offsetWidth||0)+(n?.offsetWidth||0)),r}},computed:{templates:function(){return this.$pcTabs.$slots},activeValue:function(){return this.$pcTabs.d_value},showNavigators:function(){return this.$pcTabs.showNavigators},prevButtonAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.previous:void 0},nextButtonAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.next:void 0},dataP:function(){return Qu({scrollable:this.$pcTabs.scrollable})}},components:{ChevronLeftIcon:k_,ChevronRightIcon:R_},directives:{ripple:Ih}},W_=[`data-p`],G_=[`aria-label`,`tabindex`],K_=[`data-p`],q_=[`aria-orientation`],J_=[`aria-label`,`tabindex`],U_.render=H_})),X_,Z_=t((()=>{cm(),X_=Y.extend({name:`tabpanel`,classes:{root:function(e){return[`p-tabpanel`,{"p-tabpanel-active":e.instance.active}]}}})}));function Q_(e,t,n,r,i,a){var o,s;return a.$pcTabs?(L(),R(W,{key:1},[e.asChild?I(e.$slots,`default`,{key:1,class:f(e.cx(`root`)),active:a.active,a11yAttrs:a.a11yAttrs}):(L(),R(W,{key:0},[!((o=a.$pcTabs)!=null&&o.lazy)||a.active?pr((L(),z(fi(e.as),U({key:0,class:e.cx(`root`)},a.attrs),{default:F(function(){return[I(e.$slots,`default`)]}),_:3},16,[`class`])),[[tu,(s=a.$pcTabs)!=null&&s.lazy?!0:a.active]]):H(``,!0)],64))],64)):I(e.$slots,`default`,{key:0})}var $_,ev=t((()=>{Tf(),q(),Dm(),Z_(),$_={name:`TabPanel`,extends:{name:`BaseTabPanel`,extends:Em,props:{value:{type:[String,Number],default:void 0},as:{type:[String,Object],default:`DIV`},asChild:{type:Boolean,default:!1},header:null,headerStyle:null,headerClass:null,headerProps:null,headerActionProps:null,contentStyle:null,contentClass:null,contentProps:null,disabled:Boolean},style:X_,provide:function(){return{$pcTabPanel:this,$parentInstance:this}}},inheritAttrs:!1,inject:[`$pcTabs`],computed:{active:function(){return $d(this.$pcTabs?.d_value,this.value)},id:function(){return`${this.$pcTabs?.$id}_tabpanel_${this.value}`},ariaLabelledby:function(){return`${this.$pcTabs?.$id}_tab_${this.value}`},attrs:function(){return U(this.a11yAttrs,this.ptmi(`root`,this.ptParams))},a11yAttrs:function(){return{id:this.id,tabindex:this.$pcTabs?.tabindex,role:`tabpanel`,"aria-labelledby":this.ariaLabelledby,"data-pc-name":`tabpanel`,"data-p-active":this.active}},ptParams:function(){return{context:{active:this.active}}}}},$_.render=Q_})),tv,nv=t((()=>{cm(),tv=Y.extend({name:`tabpanels`,classes:{root:`p-tabpanels`}})}));function rv(e,t,n,r,i,a){return L(),R(`div`,U({class:e.cx(`root`),role:`presentation`},e.ptmi(`root`)),[I(e.$slots,`default`)],16)}var iv,av=t((()=>{Dm(),nv(),q(),iv={name:`TabPanels`,extends:{name:`BaseTabPanels`,extends:Em,props:{},style:tv,provide:function(){return{$pcTabPanels:this,$parentInstance:this}}},inheritAttrs:!1},iv.render=rv})),ov,sv=t((()=>{ov=`
    .p-tabs {
        display: flex;
        flex-direction: column;
    }

    .p-tablist {
        display: flex;
        position: relative;
        overflow: hidden;
        background: dt('tabs.tablist.background');
    }

    .p-tablist-viewport {
        overflow-x: auto;
        overflow-y: hidden;
        scroll-behavior: smooth;
        scrollbar-width: none;
        overscroll-behavior: contain auto;
    }

    .p-tablist-viewport::-webkit-scrollbar {
        display: none;
    }

    .p-tablist-tab-list {
        position: relative;
        display: flex;
        border-style: solid;
        border-color: dt('tabs.tablist.border.color');
        border-width: dt('tabs.tablist.border.width');
    }

    .p-tablist-content {
        flex-grow: 1;
    }

    .p-tablist-nav-button {
        all: unset;
        position: absolute !important;
        flex-shrink: 0;
        inset-block-start: 0;
        z-index: 2;
        height: 100%;
        display: flex;
        align-items: center;
        justify-content: center;
        background: dt('tabs.nav.button.background');
        color: dt('tabs.nav.button.color');
        width: dt('tabs.nav.button.width');
        transition:
            color dt('tabs.transition.duration'),
            outline-color dt('tabs.transition.duration'),
            box-shadow dt('tabs.transition.duration');
        box-shadow: dt('tabs.nav.button.shadow');
        outline-color: transparent;
        cursor: pointer;
    }

    .p-tablist-nav-button:focus-visible {
        z-index: 1;
        box-shadow: dt('tabs.nav.button.focus.ring.shadow');
        outline: dt('tabs.nav.button.focus.ring.width') dt('tabs.nav.button.focus.ring.style') dt('tabs.nav.button.focus.ring.color');
        outline-offset: dt('tabs.nav.button.focus.ring.offset');
    }

    .p-tablist-nav-button:hover {
        color: dt('tabs.nav.button.hover.color');
    }

    .p-tablist-prev-button {
        inset-inline-start: 0;
    }

    .p-tablist-next-button {
        inset-inline-end: 0;
    }

    .p-tablist-prev-button:dir(rtl),
    .p-tablist-next-button:dir(rtl) {
        transform: rotate(180deg);
    }

    .p-tab {
        flex-shrink: 0;
        cursor: pointer;
        user-select: none;
        position: relative;
        border-style: solid;
        white-space: nowrap;
        gap: dt('tabs.tab.gap');
        background: dt('tabs.tab.background');
        border-width: dt('tabs.tab.border.width');
        border-color: dt('tabs.tab.border.color');
        color: dt('tabs.tab.color');
        padding: dt('tabs.tab.padding');
        font-weight: dt('tabs.tab.font.weight');
        transition:
            background dt('tabs.transition.duration'),
            border-color dt('tabs.transition.duration'),
            color dt('tabs.transition.duration'),
            outline-color dt('tabs.transition.duration'),
            box-shadow dt('tabs.transition.duration');
        margin: dt('tabs.tab.margin');
        outline-color: transparent;
    }

    .p-tab:not(.p-disabled):focus-visible {
        z-index: 1;
        box-shadow: dt('tabs.tab.focus.ring.shadow');
        outline: dt('tabs.tab.focus.ring.width') dt('tabs.tab.focus.ring.style') dt('tabs.tab.focus.ring.color');
        outline-offset: dt('tabs.tab.focus.ring.offset');
    }

    .p-tab:not(.p-tab-active):not(.p-disabled):hover {
        background: dt('tabs.tab.hover.background');
        border-color: dt('tabs.tab.hover.border.color');
        color: dt('tabs.tab.hover.color');
    }

    .p-tab-active {
        background: dt('tabs.tab.active.background');
        border-color: dt('tabs.tab.active.border.color');
        color: dt('tabs.tab.active.color');
    }

    .p-tabpanels {
        background: dt('tabs.tabpanel.background');
        color: dt('tabs.tabpanel.color');
        padding: dt('tabs.tabpanel.padding');
        outline: 0 none;
    }

    .p-tabpanel:focus-visible {
        box-shadow: dt('tabs.tabpanel.focus.ring.shadow');
        outline: dt('tabs.tabpanel.focus.ring.width') dt('tabs.tabpanel.focus.ring.style') dt('tabs.tabpanel.focus.ring.color');
        outline-offset: dt('tabs.tabpanel.focus.ring.offset');
    }

    .p-tablist-active-bar {
        z-index: 1;
        display: block;
        position: absolute;
        inset-block-end: dt('tabs.active.bar.bottom');
        height: dt('tabs.active.bar.height');
        background: dt('tabs.active.bar.background');
        transition: 250ms cubic-bezier(0.35, 0, 0.25, 1);
    }
`})),cv,lv=t((()=>{sv(),cm(),cv=Y.extend({name:`tabs`,style:ov,classes:{root:function(e){return[`p-tabs p-component`,{"p-tabs-scrollable":e.props.scrollable}]}}})}));function uv(e,t,n,r,i,a){return L(),R(`div`,U({class:e.cx(`root`)},e.ptmi(`root`)),[I(e.$slots,`default`)],16)}var dv,fv=t((()=>{Dm(),lv(),q(),dv={name:`Tabs`,extends:{name:`BaseTabs`,extends:Em,props:{value:{type:[String,Number],default:void 0},lazy:{type:Boolean,default:!1},scrollable:{type:Boolean,default:!1},showNavigators:{type:Boolean,default:!0},tabindex:{type:Number,default:0},selectOnFocus:{type:Boolean,default:!1}},style:cv,provide:function(){return{$pcTabs:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:value`],data:function(){return{d_value:this.value}},watch:{value:function(e){this.d_value=e}},methods:{updateValue:function(e){this.d_value!==e&&(this.d_value=e,this.$emit(`update:value`,e))},isVertical:function(){return this.orientation===`vertical`}}},dv.render=uv})),pv,mv=t((()=>{Kd(),pv=Gd()})),hv,gv=t((()=>{hv=`
    .p-toast {
        width: dt('toast.width');
        white-space: pre-line;
        word-break: break-word;
    }

    .p-toast-message {
        margin: 0 0 1rem 0;
        display: grid;
        grid-template-rows: 1fr;
    }

    .p-toast-message-icon {
        flex-shrink: 0;
        font-size: dt('toast.icon.size');
        width: dt('toast.icon.size');
        height: dt('toast.icon.size');
    }

    .p-toast-message-content {
        display: flex;
        align-items: flex-start;
        padding: dt('toast.content.padding');
        gap: dt('toast.content.gap');
        min-height: 0;
        overflow: hidden;
        transition: padding 250ms ease-in;
    }

    .p-toast-message-text {
        flex: 1 1 auto;
        display: flex;
        flex-direction: column;
        gap: dt('toast.text.gap');
    }

    .p-toast-summary {
        font-weight: dt('toast.summary.font.weight');
        font-size: dt('toast.summary.font.size');
    }

    .p-toast-detail {
        font-weight: dt('toast.detail.font.weight');
        font-size: dt('toast.detail.font.size');
    }

    .p-toast-close-button {
        display: flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        position: relative;
        cursor: pointer;
        background: transparent;
        transition:
            background dt('toast.transition.duration'),
            color dt('toast.transition.duration'),
            outline-color dt('toast.transition.duration'),
            box-shadow dt('toast.transition.duration');
        outline-color: transparent;
        color: inherit;
        width: dt('toast.close.button.width');
        height: dt('toast.close.button.height');
        border-radius: dt('toast.close.button.border.radius');
        margin: -25% 0 0 0;
        right: -25%;
        padding: 0;
        border: none;
        user-select: none;
    }

    .p-toast-close-button:dir(rtl) {
        margin: -25% 0 0 auto;
        left: -25%;
        right: auto;
    }

    .p-toast-message-info,
    .p-toast-message-success,
    .p-toast-message-warn,
    .p-toast-message-error,
    .p-toast-message-secondary,
    .p-toast-message-contrast {
        border-width: dt('toast.border.width');
        border-style: solid;
        backdrop-filter: blur(dt('toast.blur'));
        border-radius: dt('toast.border.radius');
    }

    .p-toast-close-icon {
        font-size: dt('toast.close.icon.size');
        width: dt('toast.close.icon.size');
        height: dt('toast.close.icon.size');
    }

    .p-toast-close-button:focus-visible {
        outline-width: dt('focus.ring.width');
        outline-style: dt('focus.ring.style');
        outline-offset: dt('focus.ring.offset');
    }

    .p-toast-message-info {
        background: dt('toast.info.background');
        border-color: dt('toast.info.border.color');
        color: dt('toast.info.color');
        box-shadow: dt('toast.info.shadow');
    }

    .p-toast-message-info .p-toast-detail {
        color: dt('toast.info.detail.color');
    }

    .p-toast-message-info .p-toast-close-button:focus-visible {
        outline-color: dt('toast.info.close.button.focus.ring.color');
        box-shadow: dt('toast.info.close.button.focus.ring.shadow');
    }

    .p-toast-message-info .p-toast-close-button:hover {
        background: dt('toast.info.close.button.hover.background');
    }

    .p-toast-message-success {
        background: dt('toast.success.background');
        border-color: dt('toast.success.border.color');
        color: dt('toast.success.color');
        box-shadow: dt('toast.success.shadow');
    }

    .p-toast-message-success .p-toast-detail {
        color: dt('toast.success.detail.color');
    }

    .p-toast-message-success .p-toast-close-button:focus-visible {
        outline-color: dt('toast.success.close.button.focus.ring.color');
        box-shadow: dt('toast.success.close.button.focus.ring.shadow');
    }

    .p-toast-message-success .p-toast-close-button:hover {
        background: dt('toast.success.close.button.hover.background');
    }

    .p-toast-message-warn {
        background: dt('toast.warn.background');
        border-color: dt('toast.warn.border.color');
        color: dt('toast.warn.color');
        box-shadow: dt('toast.warn.shadow');
    }

    .p-toast-message-warn .p-toast-detail {
        color: dt('toast.warn.detail.color');
    }

    .p-toast-message-warn .p-toast-close-button:focus-visible {
        outline-color: dt('toast.warn.close.button.focus.ring.color');
        box-shadow: dt('toast.warn.close.button.focus.ring.shadow');
    }

    .p-toast-message-warn .p-toast-close-button:hover {
        background: dt('toast.warn.close.button.hover.background');
    }

    .p-toast-message-error {
        background: dt('toast.error.background');
        border-color: dt('toast.error.border.color');
        color: dt('toast.error.color');
        box-shadow: dt('toast.error.shadow');
    }

    .p-toast-message-error .p-toast-detail {
        color: dt('toast.error.detail.color');
    }

    .p-toast-message-error .p-toast-close-button:focus-visible {
        outline-color: dt('toast.error.close.button.focus.ring.color');
        box-shadow: dt('toast.error.close.button.focus.ring.shadow');
    }

    .p-toast-message-error .p-toast-close-button:hover {
        background: dt('toast.error.close.button.hover.background');
    }

    .p-toast-message-secondary {
        background: dt('toast.secondary.background');
        border-color: dt('toast.secondary.border.color');
        color: dt('toast.secondary.color');
        box-shadow: dt('toast.secondary.shadow');
    }

    .p-toast-message-secondary .p-toast-detail {
        color: dt('toast.secondary.detail.color');
    }

    .p-toast-message-secondary .p-toast-close-button:focus-visible {
        outline-color: dt('toast.secondary.close.button.focus.ring.color');
        box-shadow: dt('toast.secondary.close.button.focus.ring.shadow');
    }

    .p-toast-message-secondary .p-toast-close-button:hover {
        background: dt('toast.secondary.close.button.hover.background');
    }

    .p-toast-message-contrast {
        background: dt('toast.contrast.background');
        border-color: dt('toast.contrast.border.color');
        color: dt('toast.contrast.color');
        box-shadow: dt('toast.contrast.shadow');
    }
    
    .p-toast-message-contrast .p-toast-detail {
        color: dt('toast.contrast.detail.color');
    }

    .p-toast-message-contrast .p-toast-close-button:focus-visible {
        outline-color: dt('toast.contrast.close.button.focus.ring.color');
        box-shadow: dt('toast.contrast.close.button.focus.ring.shadow');
    }

    .p-toast-message-contrast .p-toast-close-button:hover {
        background: dt('toast.contrast.close.button.hover.background');
    }

    .p-toast-top-center {
        transform: translateX(-50%);
    }

    .p-toast-bottom-center {
        transform: translateX(-50%);
    }

    .p-toast-center {
        min-width: 20vw;
        transform: translate(-50%, -50%);
    }

    .p-toast-message-enter-active {
        animation: p-animate-toast-enter 300ms ease-out;
    }

    .p-toast-message-leave-active {
        animation: p-animate-toast-leave 250ms ease-in;
    }

    .p-toast-message-leave-to .p-toast-message-content {
        padding-top: 0;
        padding-bottom: 0;
    }

    @keyframes p-animate-toast-enter {
        from {
            opacity: 0;
            transform: scale(0.6);
        }
        to {
            opacity: 1;
            grid-template-rows: 1fr;
        }
    }

     @keyframes p-animate-toast-leave {
        from {
            opacity: 1;
        }
        to {
            opacity: 0;
            margin-bottom: 0;
            grid-template-rows: 0fr;
            transform: translateY(-100%) scale(0.6);
        }
    }
`}));function _v(e){"@babel/helpers - typeof";return _v=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},_v(e)}function vv(e,t,n){return(t=yv(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function yv(e){var t=bv(e,`string`);return _v(t)==`symbol`?t:t+``}function bv(e,t){if(_v(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(_v(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var xv,Sv=t((()=>{gv(),cm(),xv=Y.extend({name:`toast`,style:hv,classes:{root:function(e){return[`p-toast p-component p-toast-`+e.props.position]},message:function(e){var t=e.props;return[`p-toast-message`,{"p-toast-message-info":t.message.severity===`info`||t.message.severity===void 0,"p-toast-message-warn":t.message.severity===`warn`,"p-toast-message-error":t.message.severity===`error`,"p-toast-message-success":t.message.severity===`success`,"p-toast-message-secondary":t.message.severity===`secondary`,"p-toast-message-contrast":t.message.severity===`contrast`}]},messageContent:`p-toast-message-content`,messageIcon:function(e){var t=e.props;return[`p-toast-message-icon`,vv(vv(vv(vv({},t.infoIcon,t.message.severity===`info`),t.warnIcon,t.message.severity===`warn`),t.errorIcon,t.message.severity===`error`),t.successIcon,t.message.severity===`success`)]},messageText:`p-toast-message-text`,summary:`p-toast-summary`,detail:`p-toast-detail`,closeButton:`p-toast-close-button`,closeIcon:`p-toast-close-icon`},inlineStyles:{root:function(e){var t=e.position;return{position:`fixed`,top:t===`top-right`||t===`top-left`||t===`top-center`?`20px`:t===`center`?`50%`:null,right:(t===`top-right`||t===`bottom-right`)&&`20px`,bottom:(t===`bottom-left`||t===`bottom-right`||t===`bottom-center`)&&`20px`,left:t===`top-left`||t===`bottom-left`?`20px`:t===`center`||t===`top-center`||t===`bottom-center`?`50%`:null}}}})}));function Cv(e){return Dv(e)||Ev(e)||Tv(e)||wv()}function wv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Tv(e,t){if(e){if(typeof e==`string`)return Ov(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ov(e,t):void 0}}function Ev(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Dv(e){if(Array.isArray(e))return Ov(e)}function Ov(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function kv(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Cv(t[0]||=[B(`path`,{d:`M4.86199 11.5948C4.78717 11.5923 4.71366 11.5745 4.64596 11.5426C4.57826 11.5107 4.51779 11.4652 4.46827 11.4091L0.753985 7.69483C0.683167 7.64891 0.623706 7.58751 0.580092 7.51525C0.536478 7.44299 0.509851 7.36177 0.502221 7.27771C0.49459 7.19366 0.506156 7.10897 0.536046 7.03004C0.565935 6.95111 0.613367 6.88 0.674759 6.82208C0.736151 6.76416 0.8099 6.72095 0.890436 6.69571C0.970973 6.67046 1.05619 6.66385 1.13966 6.67635C1.22313 6.68886 1.30266 6.72017 1.37226 6.76792C1.44186 6.81567 1.4997 6.8786 1.54141 6.95197L4.86199 10.2503L12.6397 2.49483C12.7444 2.42694 12.8689 2.39617 12.9932 2.40745C13.1174 2.41873 13.2343 2.47141 13.3251 2.55705C13.4159 2.64268 13.4753 2.75632 13.4938 2.87973C13.5123 3.00315 13.4888 3.1292 13.4271 3.23768L5.2557 11.4091C5.20618 11.4652 5.14571 11.5107 5.07801 11.5426C5.01031 11.5745 4.9368 11.5923 4.86199 11.5948Z`,fill:`currentColor`},null,-1)]),16)}var Av,jv=t((()=>{Xm(),q(),Av={name:`CheckIcon`,extends:Ym},Av.render=kv}));function Mv(e){return Iv(e)||Fv(e)||Pv(e)||Nv()}function Nv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Pv(e,t){if(e){if(typeof e==`string`)return Lv(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Lv(e,t):void 0}}function Fv(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Iv(e){if(Array.isArray(e))return Lv(e)}function Lv(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Rv(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Mv(t[0]||=[B(`path`,{d:`M13.4018 13.1893H0.598161C0.49329 13.189 0.390283 13.1615 0.299143 13.1097C0.208003 13.0578 0.131826 12.9832 0.0780112 12.8932C0.0268539 12.8015 0 12.6982 0 12.5931C0 12.4881 0.0268539 12.3848 0.0780112 12.293L6.47985 1.08982C6.53679 1.00399 6.61408 0.933574 6.70484 0.884867C6.7956 0.836159 6.897 0.810669 7 0.810669C7.103 0.810669 7.2044 0.836159 7.29516 0.884867C7.38592 0.933574 7.46321 1.00399 7.52015 1.08982L13.922 12.293C13.9731 12.3848 14 12.4881 14 12.5931C14 12.6982 13.9731 12.8015 13.922 12.8932C13.8682 12.9832 13.792 13.0578 13.7009 13.1097C13.6097 13.1615 13.5067 13.189 13.4018 13.1893ZM1.63046 11.989H12.3695L7 2.59425L1.63046 11.989Z`,fill:`currentColor`},null,-1),B(`path`,{d:`M6.99996 8.78801C6.84143 8.78594 6.68997 8.72204 6.57787 8.60993C6.46576 8.49782 6.40186 8.34637 6.39979 8.18784V5.38703C6.39979 5.22786 6.46302 5.0752 6.57557 4.96265C6.68813 4.85009 6.84078 4.78686 6.99996 4.78686C7.15914 4.78686 7.31179 4.85009 7.42435 4.96265C7.5369 5.0752 7.60013 5.22786 7.60013 5.38703V8.18784C7.59806 8.34637 7.53416 8.49782 7.42205 8.60993C7.30995 8.72204 7.15849 8.78594 6.99996 8.78801Z`,fill:`currentColor`},null,-1),B(`path`,{d:`M6.99996 11.1887C6.84143 11.1866 6.68997 11.1227 6.57787 11.0106C6.46576 10.8985 6.40186 10.7471 6.39979 10.5885V10.1884C6.39979 10.0292 6.46302 9.87658 6.57557 9.76403C6.68813 9.65147 6.84078 9.58824 6.99996 9.58824C7.15914 9.58824 7.31179 9.65147 7.42435 9.76403C7.5369 9.87658 7.60013 10.0292 7.60013 10.1884V10.5885C7.59806 10.7471 7.53416 10.8985 7.42205 11.0106C7.30995 11.1227 7.15849 11.1866 6.99996 11.1887Z`,fill:`currentColor`},null,-1)]),16)}var zv,Bv=t((()=>{Xm(),q(),zv={name:`ExclamationTriangleIcon`,extends:Ym},zv.render=Rv}));function Vv(e){return Gv(e)||Wv(e)||Uv(e)||Hv()}function Hv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Uv(e,t){if(e){if(typeof e==`string`)return Kv(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Kv(e,t):void 0}}function Wv(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Gv(e){if(Array.isArray(e))return Kv(e)}function Kv(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function qv(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Vv(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M3.11101 12.8203C4.26215 13.5895 5.61553 14 7 14C8.85652 14 10.637 13.2625 11.9497 11.9497C13.2625 10.637 14 8.85652 14 7C14 5.61553 13.5895 4.26215 12.8203 3.11101C12.0511 1.95987 10.9579 1.06266 9.67879 0.532846C8.3997 0.00303296 6.99224 -0.13559 5.63437 0.134506C4.2765 0.404603 3.02922 1.07129 2.05026 2.05026C1.07129 3.02922 0.404603 4.2765 0.134506 5.63437C-0.13559 6.99224 0.00303296 8.3997 0.532846 9.67879C1.06266 10.9579 1.95987 12.0511 3.11101 12.8203ZM3.75918 2.14976C4.71846 1.50879 5.84628 1.16667 7 1.16667C8.5471 1.16667 10.0308 1.78125 11.1248 2.87521C12.2188 3.96918 12.8333 5.45291 12.8333 7C12.8333 8.15373 12.4912 9.28154 11.8502 10.2408C11.2093 11.2001 10.2982 11.9478 9.23232 12.3893C8.16642 12.8308 6.99353 12.9463 5.86198 12.7212C4.73042 12.4962 3.69102 11.9406 2.87521 11.1248C2.05941 10.309 1.50384 9.26958 1.27876 8.13803C1.05367 7.00647 1.16919 5.83358 1.61071 4.76768C2.05222 3.70178 2.79989 2.79074 3.75918 2.14976ZM7.00002 4.8611C6.84594 4.85908 6.69873 4.79698 6.58977 4.68801C6.48081 4.57905 6.4187 4.43185 6.41669 4.27776V3.88888C6.41669 3.73417 6.47815 3.58579 6.58754 3.4764C6.69694 3.367 6.84531 3.30554 7.00002 3.30554C7.15473 3.30554 7.3031 3.367 7.4125 3.4764C7.52189 3.58579 7.58335 3.73417 7.58335 3.88888V4.27776C7.58134 4.43185 7.51923 4.57905 7.41027 4.68801C7.30131 4.79698 7.1541 4.85908 7.00002 4.8611ZM7.00002 10.6945C6.84594 10.6925 6.69873 10.6304 6.58977 10.5214C6.48081 10.4124 6.4187 10.2652 6.41669 10.1111V6.22225C6.41669 6.06754 6.47815 5.91917 6.58754 5.80977C6.69694 5.70037 6.84531 5.63892 7.00002 5.63892C7.15473 5.63892 7.3031 5.70037 7.4125 5.80977C7.52189 5.91917 7.58335 6.06754 7.58335 6.22225V10.1111C7.58134 10.2652 7.51923 10.4124 7.41027 10.5214C7.30131 10.6304 7.1541 10.6925 7.00002 10.6945Z`,fill:`currentColor`},null,-1)]),16)}var Jv,Yv=t((()=>{Xm(),q(),Jv={name:`InfoCircleIcon`,extends:Ym},Jv.render=qv}));function Xv(e){return ey(e)||$v(e)||Qv(e)||Zv()}function Zv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Qv(e,t){if(e){if(typeof e==`string`)return ty(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?ty(e,t):void 0}}function $v(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ey(e){if(Array.isArray(e))return ty(e)}function ty(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ny(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Xv(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14C5.61553 14 4.26215 13.5895 3.11101 12.8203C1.95987 12.0511 1.06266 10.9579 0.532846 9.67879C0.00303296 8.3997 -0.13559 6.99224 0.134506 5.63437C0.404603 4.2765 1.07129 3.02922 2.05026 2.05026C3.02922 1.07129 4.2765 0.404603 5.63437 0.134506C6.99224 -0.13559 8.3997 0.00303296 9.67879 0.532846C10.9579 1.06266 12.0511 1.95987 12.8203 3.11101C13.5895 4.26215 14 5.61553 14 7C14 8.85652 13.2625 10.637 11.9497 11.9497C10.637 13.2625 8.85652 14 7 14ZM7 1.16667C5.84628 1.16667 4.71846 1.50879 3.75918 2.14976C2.79989 2.79074 2.05222 3.70178 1.61071 4.76768C1.16919 5.83358 1.05367 7.00647 1.27876 8.13803C1.50384 9.26958 2.05941 10.309 2.87521 11.1248C3.69102 11.9406 4.73042 12.4962 5.86198 12.7212C6.99353 12.9463 8.16642 12.8308 9.23232 12.3893C10.2982 11.9478 11.2093 11.2001 11.8502 10.2408C12.4912 9.28154 12.8333 8.15373 12.8333 7C12.8333 5.45291 12.2188 3.96918 11.1248 2.87521C10.0308 1.78125 8.5471 1.16667 7 1.16667ZM4.66662 9.91668C4.58998 9.91704 4.51404 9.90209 4.44325 9.87271C4.37246 9.84333 4.30826 9.8001 4.2544 9.74557C4.14516 9.6362 4.0838 9.48793 4.0838 9.33335C4.0838 9.17876 4.14516 9.0305 4.2544 8.92113L6.17553 7L4.25443 5.07891C4.15139 4.96832 4.09529 4.82207 4.09796 4.67094C4.10063 4.51982 4.16185 4.37563 4.26872 4.26876C4.3756 4.16188 4.51979 4.10066 4.67091 4.09799C4.82204 4.09532 4.96829 4.15142 5.07887 4.25446L6.99997 6.17556L8.92106 4.25446C9.03164 4.15142 9.1779 4.09532 9.32903 4.09799C9.48015 4.10066 9.62434 4.16188 9.73121 4.26876C9.83809 4.37563 9.89931 4.51982 9.90198 4.67094C9.90464 4.82207 9.84855 4.96832 9.74551 5.07891L7.82441 7L9.74554 8.92113C9.85478 9.0305 9.91614 9.17876 9.91614 9.33335C9.91614 9.48793 9.85478 9.6362 9.74554 9.74557C9.69168 9.8001 9.62748 9.84333 9.55669 9.87271C9.4859 9.90209 9.40996 9.91704 9.33332 9.91668C9.25668 9.91704 9.18073 9.90209 9.10995 9.87271C9.03916 9.84333 8.97495 9.8001 8.9211 9.74557L6.99997 7.82444L5.07884 9.74557C5.02499 9.8001 4.96078 9.84333 4.88999 9.87271C4.81921 9.90209 4.74326 9.91704 4.66662 9.91668Z`,fill:`currentColor`},null,-1)]),16)}var ry,iy=t((()=>{Xm(),q(),ry={name:`TimesCircleIcon`,extends:Ym},ry.render=ny}));function ay(e){"@babel/helpers - typeof";return ay=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ay(e)}function oy(e,t,n){return(t=sy(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function sy(e){var t=cy(e,`string`);return ay(t)==`symbol`?t:t+``}function cy(e,t){if(ay(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ay(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function ly(e){"@babel/helpers - typeof";return ly=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ly(e)}function uy(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function dy(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?uy(Object(n),!0).forEach(function(t){fy(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):uy(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function fy(e,t,n){return(t=py(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function py(e){var t=my(e,`string`);return ly(t)==`symbol`?t:t+``}function my(e,t){if(ly(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ly(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function hy(e,t,n,r,i,a){var o=pi(`ripple`);return L(),R(`div`,U({class:[e.cx(`message`),n.message.styleClass],role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`message`),{onClick:t[1]||=function(){return a.onMessageClick&&a.onMessageClick.apply(a,arguments)},onMouseenter:t[2]||=function(){return a.handleMouseEnter&&a.handleMouseEnter.apply(a,arguments)},onMouseleave:t[3]||=function(){return a.handleMouseLeave&&a.handleMouseLeave.apply(a,arguments)}}),[n.templates.container?(L(),z(fi(n.templates.container),{key:0,message:n.message,closeCallback:a.onCloseClick},null,8,[`message`,`closeCallback`])):(L(),R(`div`,U({key:1,class:[e.cx(`messageContent`),n.message.contentStyleClass]},e.ptm(`messageContent`)),[n.templates.message?(L(),z(fi(n.templates.message),{key:1,message:n.message},null,8,[`message`])):(L(),R(W,{key:0},[(L(),z(fi(n.templates.messageicon?n.templates.messageicon:n.templates.icon?n.templates.icon:a.iconComponent&&a.iconComponent.name?a.iconComponent:`span`),U({class:e.cx(`messageIcon`)},e.ptm(`messageIcon`)),null,16,[`class`])),B(`div`,U({class:e.cx(`messageText`),"data-p":a.dataP},e.ptm(`messageText`)),[B(`span`,U({class:e.cx(`summary`),"data-p":a.dataP},e.ptm(`summary`)),M(n.message.summary),17,Ly),n.message.detail?(L(),R(`div`,U({key:0,class:e.cx(`detail`),"data-p":a.dataP},e.ptm(`detail`)),M(n.message.detail),17,Ry)):H(``,!0)],16,Iy)],64)),n.message.closable===!1?H(``,!0):(L(),R(`div`,p(U({key:2},e.ptm(`buttonContainer`))),[pr((L(),R(`button`,U({class:e.cx(`closeButton`),type:`button`,"aria-label":a.closeAriaLabel,onClick:t[0]||=function(){return a.onCloseClick&&a.onCloseClick.apply(a,arguments)},autofocus:``,"data-p":a.dataP},dy(dy({},n.closeButtonProps),e.ptm(`closeButton`))),[(L(),z(fi(n.templates.closeicon||`TimesIcon`),U({class:[e.cx(`closeIcon`),n.closeIcon]},e.ptm(`closeIcon`)),null,16,[`class`]))],16,zy)),[[o]])],16))],16))],16,Fy)}function gy(e){"@babel/helpers - typeof";return gy=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},gy(e)}function _y(e,t,n){return(t=vy(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function vy(e){var t=yy(e,`string`);return gy(t)==`symbol`?t:t+``}function yy(e,t){if(gy(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(gy(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function by(e){return wy(e)||Cy(e)||Sy(e)||xy()}function xy(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Sy(e,t){if(e){if(typeof e==`string`)return Ty(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ty(e,t):void 0}}function Cy(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function wy(e){if(Array.isArray(e))return Ty(e)}function Ty(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Ey(e){"@babel/helpers - typeof";return Ey=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ey(e)}function Dy(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Oy(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Dy(Object(n),!0).forEach(function(t){ky(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Dy(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function ky(e,t,n){return(t=Ay(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ay(e){var t=jy(e,`string`);return Ey(t)==`symbol`?t:t+``}function jy(e,t){if(Ey(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ey(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function My(e,t,n,r,i,a){var o=di(`ToastMessage`),s=di(`Portal`);return L(),z(s,null,{default:F(function(){return[B(`div`,U({ref:`container`,class:e.cx(`root`),style:e.sx(`root`,!0,{position:e.position}),"data-p":a.dataP},e.ptmi(`root`)),[G(Eu,U({name:`p-toast-message`,tag:`div`,onEnter:a.onEnter,onLeave:a.onLeave},Oy({},e.ptm(`transition`))),{default:F(function(){return[(L(!0),R(W,null,gi(i.messages,function(n){return L(),z(o,{key:n.id,message:n,templates:e.$slots,closeIcon:e.closeIcon,infoIcon:e.infoIcon,warnIcon:e.warnIcon,errorIcon:e.errorIcon,successIcon:e.successIcon,closeButtonProps:e.closeButtonProps,onMouseEnter:e.onMouseEnter,onMouseLeave:e.onMouseLeave,onClick:e.onClick,unstyled:e.unstyled,onClose:t[0]||=function(e){return a.remove(e)},pt:e.pt},null,8,[`message`,`templates`,`closeIcon`,`infoIcon`,`warnIcon`,`errorIcon`,`successIcon`,`closeButtonProps`,`onMouseEnter`,`onMouseLeave`,`onClick`,`unstyled`,`pt`])}),128))]}),_:1},16,[`onEnter`,`onLeave`])],16,Hy)]}),_:1})}var Ny,Py,Fy,Iy,Ly,Ry,zy,By,Vy,Hy,Uy=t((()=>{Mf(),Wd(),Tf(),jf(),Ug(),mv(),Dm(),Sv(),jv(),Bv(),Yv(),dg(),iy(),Lh(),q(),Ny={name:`BaseToast`,extends:Em,props:{group:{type:String,default:null},position:{type:String,default:`top-right`},autoZIndex:{type:Boolean,default:!0},baseZIndex:{type:Number,default:0},breakpoints:{type:Object,default:null},closeIcon:{type:String,default:void 0},infoIcon:{type:String,default:void 0},warnIcon:{type:String,default:void 0},errorIcon:{type:String,default:void 0},successIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},onMouseEnter:{type:Function,default:void 0},onMouseLeave:{type:Function,default:void 0},onClick:{type:Function,default:void 0}},style:xv,provide:function(){return{$pcToast:this,$parentInstance:this}}},Py={name:`ToastMessage`,hostName:`Toast`,extends:Em,emits:[`close`],closeTimeout:null,createdAt:null,lifeRemaining:null,props:{message:{type:null,default:null},templates:{type:Object,default:null},closeIcon:{type:String,default:null},infoIcon:{type:String,default:null},warnIcon:{type:String,default:null},errorIcon:{type:String,default:null},successIcon:{type:String,default:null},closeButtonProps:{type:null,default:null},onMouseEnter:{type:Function,default:void 0},onMouseLeave:{type:Function,default:void 0},onClick:{type:Function,default:void 0}},mounted:function(){this.message.life&&(this.lifeRemaining=this.message.life,this.startTimeout())},beforeUnmount:function(){this.clearCloseTimeout()},methods:{startTimeout:function(){var e=this;this.createdAt=(/* @__PURE__ */ new Date()).valueOf(),this.closeTimeout=setTimeout(function(){e.close({message:e.message,type:`life-end`})},this.lifeRemaining)},close:function(e){this.$emit(`close`,e)},onCloseClick:function(){this.clearCloseTimeout(),this.close({message:this.message,type:`close`})},clearCloseTimeout:function(){this.closeTimeout&&=(clearTimeout(this.closeTimeout),null)},onMessageClick:function(e){var t;(t=this.onClick)==null||t.call(this,{originalEvent:e,message:this.message})},handleMouseEnter:function(e){if(this.onMouseEnter){if(this.onMouseEnter({originalEvent:e,message:this.message}),e.defaultPrevented)return;this.message.life&&(this.lifeRemaining=this.createdAt+this.lifeRemaining-(/* @__PURE__ */ new Date()).valueOf(),this.createdAt=null,this.clearCloseTimeout())}},handleMouseLeave:function(e){if(this.onMouseLeave){if(this.onMouseLeave({originalEvent:e,message:this.message}),e.defaultPrevented)return;this.message.life&&this.startTimeout()}}},computed:{iconComponent:function(){return{info:!this.infoIcon&&Jv,success:!this.successIcon&&Av,warn:!this.warnIcon&&zv,error:!this.errorIcon&&ry}[this.message.severity]},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return Qu(oy({},this.message.severity,this.message.severity))}},components:{TimesIcon:ug,InfoCircleIcon:Jv,CheckIcon:Av,ExclamationTriangleIcon:zv,TimesCircleIcon:ry},directives:{ripple:Ih}},Fy=[`data-p`],Iy=[`data-p`],Ly=[`data-p`],Ry=[`data-p`],zy=[`aria-label`,`data-p`],Py.render=hy,By=0,Vy={name:`Toast`,extends:Ny,inheritAttrs:!1,emits:[`close`,`life-end`],data:function(){return{messages:[]}},styleElement:null,mounted:function(){pv.on(`add`,this.onAdd),pv.on(`remove`,this.onRemove),pv.on(`remove-group`,this.onRemoveGroup),pv.on(`remove-all-groups`,this.onRemoveAllGroups),this.breakpoints&&this.createStyle()},beforeUnmount:function(){this.destroyStyle(),this.$refs.container&&this.autoZIndex&&Af.clear(this.$refs.container),pv.off(`add`,this.onAdd),pv.off(`remove`,this.onRemove),pv.off(`remove-group`,this.onRemoveGroup),pv.off(`remove-all-groups`,this.onRemoveAllGroups)},methods:{add:function(e){e.id??=By++,this.messages=[].concat(by(this.messages),[e])},remove:function(e){var t=this.messages.findIndex(function(t){return t.id===e.message.id});t!==-1&&(this.messages.splice(t,1),this.$emit(e.type,{message:e.message}))},onAdd:function(e){this.group==e.group&&this.add(e)},onRemove:function(e){this.remove({message:e,type:`close`})},onRemoveGroup:function(e){this.group===e&&(this.messages=[])},onRemoveAllGroups:function(){var e=this;this.messages.forEach(function(t){return e.$emit(`close`,{message:t})}),this.messages=[]},onEnter:function(){this.autoZIndex&&Af.set(`modal`,this.$refs.container,this.baseZIndex||this.$primevue.config.zIndex.modal)},onLeave:function(){var e=this;this.$refs.container&&this.autoZIndex&&Jd(this.messages)&&setTimeout(function(){Af.clear(e.$refs.container)},200)},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,Ud(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints){var r=``;for(var i in this.breakpoints[n])r+=i+`:`+this.breakpoints[n][i]+`!important;`;t+=`
                        @media screen and (max-width: ${n}) {
                            .p-toast[${this.$attrSelector}] {
                                ${r}
                            }
                        }
                    `}this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)}},computed:{dataP:function(){return Qu(_y({},this.position,this.position))}},components:{ToastMessage:Py,Portal:Hg}},Hy=[`data-p`],Vy.render=My}));function Wy(){var e=gr(Gy);if(!e)throw Error(`No PrimeVue Toast provided!`);return e}var Gy,Ky=t((()=>{q(),Gy=Symbol()}));function qy(e,t){typeof console<`u`&&(console.warn(`[intlify] `+e),t&&console.warn(t.stack))}function Jy(e){return e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/\//g,`&#x2F;`).replace(/=/g,`&#x3D;`)}function Yy(e){return e.replace(/&(?![a-zA-Z0-9#]{2,6};)/g,`&amp;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`)}function Xy(e){return e=e.replace(/(\w+)\s*=\s*"([^"]*)"/g,(e,t,n)=>`${t}="${Yy(n)}"`),e=e.replace(/(\w+)\s*=\s*'([^']*)'/g,(e,t,n)=>`${t}='${Yy(n)}'`),/\s*on\w+\s*=\s*["']?[^"'>]+["']?/gi.test(e)&&(e=e.replace(/(\s+)(on)(\w+\s*=)/gi,`$1&#111;n$3`)),[/(\s+(?:href|src|action|formaction)\s*=\s*["']?)\s*javascript:/gi,/(style\s*=\s*["'][^"']*url\s*\(\s*)javascript:/gi].forEach(t=>{e=e.replace(t,`$1javascript&#58;`)}),e}function Zy(e,t){return pb.call(e,t)}function Qy(e,t=``){return e.reduce((e,n,r)=>r===0?e+n:e+t+n,``)}function $y(e,t){if(Cb(e)||Cb(t))throw Error(`Invalid value`);let n=[{src:e,des:t}];for(;n.length;){let{src:e,des:t}=n.pop();Object.keys(e).forEach(r=>{r!==`__proto__`&&(_b(e[r])&&!_b(t[r])&&(t[r]=Array.isArray(e[r])?[]:ub()),Cb(t[r])||Cb(e[r])?t[r]=e[r]:n.push({src:e[r],des:t[r]}))})}}var eb,tb,nb,rb,ib,ab,ob,sb,cb,lb,ub,db,fb,pb,mb,hb,Q,gb,_b,vb,yb,bb,xb,Sb,Cb,wb=t((()=>{eb=typeof window<`u`,tb=(e,t=!1)=>t?Symbol.for(e):Symbol(e),nb=(e,t,n)=>rb({l:e,k:t,s:n}),rb=e=>JSON.stringify(e).replace(/\u2028/g,`\\u2028`).replace(/\u2029/g,`\\u2029`).replace(/\u0027/g,`\\u0027`),ib=e=>typeof e==`number`&&isFinite(e),ab=e=>bb(e)===`[object Date]`,ob=e=>bb(e)===`[object RegExp]`,sb=e=>xb(e)&&Object.keys(e).length===0,cb=Object.assign,lb=Object.create,ub=(e=null)=>lb(e),fb=()=>db||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:ub(),pb=Object.prototype.hasOwnProperty,mb=Array.isArray,hb=e=>typeof e==`function`,Q=e=>typeof e==`string`,gb=e=>typeof e==`boolean`,_b=e=>typeof e==`object`&&!!e,vb=e=>_b(e)&&hb(e.then)&&hb(e.catch),yb=Object.prototype.toString,bb=e=>yb.call(e),xb=e=>bb(e)===`[object Object]`,Sb=e=>e==null?``:mb(e)||xb(e)&&e.toString===yb?JSON.stringify(e,null,2):String(e),Cb=e=>!_b(e)||mb(e)}));function Tb(e,t,n){return{line:e,column:t,offset:n}}function Eb(e,t,n){let r={start:e,end:t};return n!=null&&(r.source=n),r}function Db(e,t,n={}){let{domain:r,messages:i,args:a}=n,o=SyntaxError(String(e));return o.code=e,t&&(o.location=t),o.domain=r,o}function Ob(e){throw e}function kb(e){let t=e,n=0,r=1,i=1,a=0,o=e=>t[e]===Xb&&t[e+1]===Zb,s=e=>t[e]===Zb,c=e=>t[e]===$b,l=e=>t[e]===Qb,u=e=>o(e)||s(e)||c(e)||l(e),d=()=>n,f=()=>r,p=()=>i,m=()=>a,h=e=>o(e)||c(e)||l(e)?Zb:t[e],g=()=>h(n),_=()=>h(n+a);function v(){return a=0,u(n)&&(r++,i=0),o(n)&&n++,n++,i++,t[n]}function y(){return o(n+a)&&a++,a++,t[n+a]}function b(){n=0,r=1,i=1,a=0}function x(e=0){a=e}function S(){let e=n+a;for(;e!==n;)v();a=0}return{index:d,line:f,column:p,peekOffset:m,charAt:h,currentChar:g,currentPeek:_,next:v,peek:y,reset:b,resetPeek:x,skipToPeek:S}}function Ab(e,t={}){let n=t.location!==!1,r=kb(e),i=()=>r.index(),a=()=>Tb(r.line(),r.column(),r.index()),o=a(),s=i(),c={currentType:13,offset:s,startLoc:o,endLoc:o,lastType:13,lastOffset:s,lastStartLoc:o,lastEndLoc:o,braceNest:0,inLinked:!1,text:``},l=()=>c,{onError:u}=t;function d(e,t,r,...i){let a=l();if(t.column+=r,t.offset+=r,u){let r=Db(e,n?Eb(a.startLoc,t):null,{domain:nx,args:i});u(r)}}function f(e,t,r){e.endLoc=a(),e.currentType=t;let i={type:t};return n&&(i.loc=Eb(e.startLoc,e.endLoc)),r!=null&&(i.value=r),i}let p=e=>f(e,13);function m(e,t){return e.currentChar()===t?(e.next(),t):(d($.EXPECTED_TOKEN,a(),0,t),``)}function h(e){let t=``;for(;e.currentPeek()===Yb||e.currentPeek()===Zb;)t+=e.currentPeek(),e.peek();return t}function g(e){let t=h(e);return e.skipToPeek(),t}function _(e){if(e===ex)return!1;let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t===95}function v(e){if(e===ex)return!1;let t=e.charCodeAt(0);return t>=48&&t<=57}function y(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function b(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=v(e.currentPeek()===`-`?e.peek():e.currentPeek());return e.resetPeek(),r}function x(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=e.currentPeek()===tx;return e.resetPeek(),r}function S(e,t){let{currentType:n}=t;if(n!==7)return!1;h(e);let r=e.currentPeek()===`.`;return e.resetPeek(),r}function C(e,t){let{currentType:n}=t;if(n!==8)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function w(e,t){let{currentType:n}=t;if(n!==7&&n!==11)return!1;h(e);let r=e.currentPeek()===`:`;return e.resetPeek(),r}function ee(e,t){let{currentType:n}=t;if(n!==9)return!1;let r=()=>{let t=e.currentPeek();return t===`{`?_(e.peek()):t===`@`||t===`|`||t===`:`||t===`.`||t===Yb||!t?!1:t===Zb?(e.peek(),r()):E(e,!1)},i=r();return e.resetPeek(),i}function T(e){h(e);let t=e.currentPeek()===`|`;return e.resetPeek(),t}function E(e,t=!0){let n=(t=!1,r=``)=>{let i=e.currentPeek();return i===`{`||i===`@`||!i?t:i===`|`?r!==Yb&&r!==Zb:i===Yb?(e.peek(),n(!0,Yb)):i!==Zb||(e.peek(),n(!0,Zb))},r=n();return t&&e.resetPeek(),r}function D(e,t){let n=e.currentChar();if(n!==ex)return t(n)?(e.next(),n):null}function te(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36}function ne(e){return D(e,te)}function O(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36||t===45}function k(e){return D(e,O)}function re(e){let t=e.charCodeAt(0);return t>=48&&t<=57}function ie(e){return D(e,re)}function ae(e){let t=e.charCodeAt(0);return t>=48&&t<=57||t>=65&&t<=70||t>=97&&t<=102}function oe(e){return D(e,ae)}function A(e){let t=``,n=``;for(;t=ie(e);)n+=t;return n}function se(e){let t=``;for(;;){let n=e.currentChar();if(n===`\\`){let r=e.peek();r===`{`||r===`}`||r===`@`||r===`|`||r===`\\`?(t+=n+r,e.next(),e.next()):(e.resetPeek(),t+=n,e.next())}else if(n===`{`||n===`}`||n===`@`||n===`|`||!n)break;else if(n===Yb||n===Zb){if(E(e))t+=n,e.next();else if(T(e))break;else t+=n,e.next()}else t+=n,e.next()}return t}function ce(e){g(e);let t=``,n=``;for(;t=k(e);)n+=t;let r=e.currentChar();if(r&&r!==`}`&&r!==ex&&r!==Yb&&r!==Zb&&r!==`　`){let t=me(e);return d($.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n+t),n+t}return e.currentChar()===ex&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),n}function j(e){g(e);let t=``;return e.currentChar()===`-`?(e.next(),t+=`-${A(e)}`):t+=A(e),e.currentChar()===ex&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),t}function le(e){return e!==tx&&e!==Zb}function ue(e){g(e),m(e,`'`);let t=``,n=``;for(;t=D(e,le);)n+=t===`\\`?de(e):t;let r=e.currentChar();return r===Zb||r===ex?(d($.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,a(),0),r===Zb&&(e.next(),m(e,`'`)),n):(m(e,`'`),n)}function de(e){let t=e.currentChar();switch(t){case`\\`:case`'`:return e.next(),`\\${t}`;case`u`:return fe(e,t,4);case`U`:return fe(e,t,6);default:return d($.UNKNOWN_ESCAPE_SEQUENCE,a(),0,t),``}}function fe(e,t,n){m(e,t);let r=``;for(let i=0;i<n;i++){let n=oe(e);if(!n){d($.INVALID_UNICODE_ESCAPE_SEQUENCE,a(),0,`\\${t}${r}${e.currentChar()}`);break}r+=n}return`\\${t}${r}`}function pe(e){return e!==`{`&&e!==`}`&&e!==Yb&&e!==Zb}function me(e){g(e);let t=``,n=``;for(;t=D(e,pe);)n+=t;return n}function he(e){let t=``,n=``;for(;t=ne(e);)n+=t;return n}function ge(e){let t=n=>{let r=e.currentChar();return r===`{`||r===`@`||r===`|`||r===`(`||r===`)`||!r||r===Yb?n:(n+=r,e.next(),t(n))};return t(``)}function _e(e){g(e);let t=m(e,`|`);return g(e),t}function ve(e,t){let n=null;switch(e.currentChar()){case`{`:return t.braceNest>=1&&d($.NOT_ALLOW_NEST_PLACEHOLDER,a(),0),e.next(),n=f(t,2,`{`),g(e),t.braceNest++,n;case`}`:return t.braceNest>0&&t.currentType===2&&d($.EMPTY_PLACEHOLDER,a(),0),e.next(),n=f(t,3,`}`),t.braceNest--,t.braceNest>0&&g(e),t.inLinked&&t.braceNest===0&&(t.inLinked=!1),n;case`@`:return t.braceNest>0&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),n=ye(e,t)||p(t),t.braceNest=0,n;default:{let r=!0,i=!0,o=!0;if(T(e))return t.braceNest>0&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),n=f(t,1,_e(e)),t.braceNest=0,t.inLinked=!1,n;if(t.braceNest>0&&(t.currentType===4||t.currentType===5||t.currentType===6))return d($.UNTERMINATED_CLOSING_BRACE,a(),0),t.braceNest=0,be(e,t);if(r=y(e,t))return n=f(t,4,ce(e)),g(e),n;if(i=b(e,t))return n=f(t,5,j(e)),g(e),n;if(o=x(e,t))return n=f(t,6,ue(e)),g(e),n;if(!r&&!i&&!o)return n=f(t,12,me(e)),d($.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n.value),g(e),n;break}}return n}function ye(e,t){let{currentType:n}=t,r=null,i=e.currentChar();switch(n!==7&&n!==8&&n!==11&&n!==9||i!==Zb&&i!==Yb||d($.INVALID_LINKED_FORMAT,a(),0),i){case`@`:return e.next(),r=f(t,7,`@`),t.inLinked=!0,r;case`.`:return g(e),e.next(),f(t,8,`.`);case`:`:return g(e),e.next(),f(t,9,`:`);default:return T(e)?(r=f(t,1,_e(e)),t.braceNest=0,t.inLinked=!1,r):S(e,t)||w(e,t)?(g(e),ye(e,t)):C(e,t)?(g(e),f(t,11,he(e))):ee(e,t)?(g(e),i===`{`?ve(e,t)||r:f(t,10,ge(e))):(n===7&&d($.INVALID_LINKED_FORMAT,a(),0),t.braceNest=0,t.inLinked=!1,be(e,t))}}function be(e,t){let n={type:13};if(t.braceNest>0)return ve(e,t)||p(t);if(t.inLinked)return ye(e,t)||p(t);switch(e.currentChar()){case`{`:return ve(e,t)||p(t);case`}`:return d($.UNBALANCED_CLOSING_BRACE,a(),0),e.next(),f(t,3,`}`);case`@`:return ye(e,t)||p(t);default:if(T(e))return n=f(t,1,_e(e)),t.braceNest=0,t.inLinked=!1,n;if(E(e))return f(t,0,se(e))}return n}function xe(){let{currentType:e,offset:t,startLoc:n,endLoc:o}=c;return c.lastType=e,c.lastOffset=t,c.lastStartLoc=n,c.lastEndLoc=o,c.offset=i(),c.startLoc=a(),r.currentChar()===ex?f(c,13):be(r,c)}return{nextToken:xe,currentOffset:i,currentPosition:a,context:l}}function jb(e,t){return t}function Mb(e,t,n){switch(e){case`\\\\`:return`\\`;case`\\'`:return`'`;default:{let e=parseInt(t||n,16);return e<=55295||e>=57344?String.fromCodePoint(e):`�`}}}function Nb(e={}){let t=e.location!==!1,{onError:n}=e;function r(e,r,i,a,...o){let s=e.currentPosition();if(s.offset+=a,s.column+=a,n){let e=Db(r,t?Eb(i,s):null,{domain:rx,args:o});n(e)}}function i(e,n,r){let i={type:e};return t&&(i.start=n,i.end=n,i.loc={start:r,end:r}),i}function a(e,n,r,i){t&&(e.end=n,e.loc&&(e.loc.end=r))}function o(e,t){let n=e.context(),r=i(3,n.offset,n.startLoc);return r.value=t.replace(ax,jb),a(r,e.currentOffset(),e.currentPosition()),r}function s(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(5,n,r);return o.index=parseInt(t,10),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function c(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(4,n,r);return o.key=t,e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function l(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(9,n,r);return o.value=t.replace(ix,Mb),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function u(e){let t=e.nextToken(),n=e.context(),{lastOffset:o,lastStartLoc:s}=n,c=i(8,o,s);return t.type===11?(t.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,n.lastStartLoc,0,Pb(t)),c.value=t.value||``,a(c,e.currentOffset(),e.currentPosition()),{node:c}):(r(e,$.UNEXPECTED_EMPTY_LINKED_MODIFIER,n.lastStartLoc,0),c.value=``,a(c,o,s),{nextConsumeToken:t,node:c})}function d(e,t){let n=e.context(),r=i(7,n.offset,n.startLoc);return r.value=t,a(r,e.currentOffset(),e.currentPosition()),r}function f(e){let t=e.context(),n=i(6,t.offset,t.startLoc),o=e.nextToken();if(o.type===8){let t=u(e);n.modifier=t.node,o=t.nextConsumeToken||e.nextToken()}switch(o.type!==9&&r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(o)),o=e.nextToken(),o.type===2&&(o=e.nextToken()),o.type){case 10:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(o)),n.key=d(e,o.value||``);break;case 4:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(o)),n.key=c(e,o.value||``);break;case 5:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(o)),n.key=s(e,o.value||``);break;case 6:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(o)),n.key=l(e,o.value||``);break;default:{r(e,$.UNEXPECTED_EMPTY_LINKED_KEY,t.lastStartLoc,0);let s=e.context(),c=i(7,s.offset,s.startLoc);return c.value=``,a(c,s.offset,s.startLoc),n.key=c,a(n,s.offset,s.startLoc),{nextConsumeToken:o,node:n}}}return a(n,e.currentOffset(),e.currentPosition()),{node:n}}function p(e){let t=e.context(),n=i(2,t.currentType===1?e.currentOffset():t.offset,t.currentType===1?t.endLoc:t.startLoc);n.items=[];let u=null;do{let i=u||e.nextToken();switch(u=null,i.type){case 0:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(i)),n.items.push(o(e,i.value||``));break;case 5:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(i)),n.items.push(s(e,i.value||``));break;case 4:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(i)),n.items.push(c(e,i.value||``));break;case 6:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,Pb(i)),n.items.push(l(e,i.value||``));break;case 7:{let t=f(e);n.items.push(t.node),u=t.nextConsumeToken||null;break}}}while(t.currentType!==13&&t.currentType!==1);return a(n,t.currentType===1?t.lastOffset:e.currentOffset(),t.currentType===1?t.lastEndLoc:e.currentPosition()),n}function m(e,t,n,o){let s=e.context(),c=o.items.length===0,l=i(1,t,n);l.cases=[],l.cases.push(o);do{let t=p(e);c||=t.items.length===0,l.cases.push(t)}while(s.currentType!==13);return c&&r(e,$.MUST_HAVE_MESSAGES_IN_PLURAL,n,0),a(l,e.currentOffset(),e.currentPosition()),l}function h(e){let t=e.context(),{offset:n,startLoc:r}=t,i=p(e);return t.currentType===13?i:m(e,n,r,i)}function g(n){let o=Ab(n,cb({},e)),s=o.context(),c=i(0,s.offset,s.startLoc);return t&&c.loc&&(c.loc.source=n),c.body=h(o),e.onCacheKey&&(c.cacheKey=e.onCacheKey(n)),s.currentType!==13&&r(o,$.UNEXPECTED_LEXICAL_ANALYSIS,s.lastStartLoc,0,n[s.offset]||``),a(c,o.currentOffset(),o.currentPosition()),c}return{parse:g}}function Pb(e){if(e.type===13)return`EOF`;let t=(e.value||``).replace(/\r?\n/gu,`\\n`);return t.length>10?t.slice(0,9)+`…`:t}function Fb(e,t={}){let n={ast:e,helpers:/* @__PURE__ */ new Set};return{context:()=>n,helper:e=>(n.helpers.add(e),e)}}function Ib(e,t){for(let n=0;n<e.length;n++)Lb(e[n],t)}function Lb(e,t){switch(e.type){case 1:Ib(e.cases,t),t.helper(`plural`);break;case 2:Ib(e.items,t);break;case 6:Lb(e.key,t),t.helper(`linked`),t.helper(`type`);break;case 5:t.helper(`interpolate`),t.helper(`list`);break;case 4:t.helper(`interpolate`),t.helper(`named`)}}function Rb(e,t={}){let n=Fb(e);n.helper(`normalize`),e.body&&Lb(e.body,n);let r=n.context();e.helpers=Array.from(r.helpers)}function zb(e){let t=e.body;return t.type===2?Bb(t):t.cases.forEach(e=>Bb(e)),e}function Bb(e){if(e.items.length===1){let t=e.items[0];(t.type===3||t.type===9)&&(e.static=t.value,delete t.value)}else{let t=[];for(let n=0;n<e.items.length;n++){let r=e.items[n];if(r.type!==3&&r.type!==9||r.value==null)break;t.push(r.value)}if(t.length===e.items.length){e.static=Qy(t);for(let t=0;t<e.items.length;t++){let n=e.items[t];(n.type===3||n.type===9)&&delete n.value}}}}function Vb(e){switch(e.t=e.type,e.type){case 0:{let t=e;Vb(t.body),t.b=t.body,delete t.body;break}case 1:{let t=e,n=t.cases;for(let e=0;e<n.length;e++)Vb(n[e]);t.c=n,delete t.cases;break}case 2:{let t=e,n=t.items;for(let e=0;e<n.length;e++)Vb(n[e]);t.i=n,delete t.items,t.static&&(t.s=t.static,delete t.static);break}case 3:case 9:case 8:case 7:{let t=e;t.value&&(t.v=t.value,delete t.value);break}case 6:{let t=e;Vb(t.key),t.k=t.key,delete t.key,t.modifier&&(Vb(t.modifier),t.m=t.modifier,delete t.modifier);break}case 5:{let t=e;t.i=t.index,delete t.index;break}case 4:{let t=e;t.k=t.key,delete t.key;break}}delete e.type}function Hb(e,t){let{sourceMap:n,filename:r,breakLineCode:i,needIndent:a}=t,o=t.location!==!1,s={filename:r,code:``,column:1,line:1,offset:0,map:void 0,breakLineCode:i,needIndent:a,indentLevel:0};o&&e.loc&&(s.source=e.loc.source);let c=()=>s;function l(e,t){s.code+=e}function u(e,t=!0){let n=t?i:``;l(a?n+`  `.repeat(e):n)}function d(e=!0){let t=++s.indentLevel;e&&u(t)}function f(e=!0){let t=--s.indentLevel;e&&u(t)}function p(){u(s.indentLevel)}return{context:c,push:l,indent:d,deindent:f,newline:p,helper:e=>`_${e}`,needIndent:()=>s.needIndent}}function Ub(e,t){let{helper:n}=e;e.push(`${n(`linked`)}(`),qb(e,t.key),t.modifier?(e.push(`, `),qb(e,t.modifier),e.push(`, _type`)):e.push(`, undefined, _type`),e.push(`)`)}function Wb(e,t){let{helper:n,needIndent:r}=e;e.push(`${n(`normalize`)}([`),e.indent(r());let i=t.items.length;for(let n=0;n<i&&(qb(e,t.items[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}function Gb(e,t){let{helper:n,needIndent:r}=e;if(t.cases.length>1){e.push(`${n(`plural`)}([`),e.indent(r());let i=t.cases.length;for(let n=0;n<i&&(qb(e,t.cases[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}}function Kb(e,t){t.body?qb(e,t.body):e.push(`null`)}function qb(e,t){let{helper:n}=e;switch(t.type){case 0:Kb(e,t);break;case 1:Gb(e,t);break;case 2:Wb(e,t);break;case 6:Ub(e,t);break;case 8:e.push(JSON.stringify(t.value),t);break;case 7:e.push(JSON.stringify(t.value),t);break;case 5:e.push(`${n(`interpolate`)}(${n(`list`)}(${t.index}))`,t);break;case 4:e.push(`${n(`interpolate`)}(${n(`named`)}(${JSON.stringify(t.key)}))`,t);break;case 9:e.push(JSON.stringify(t.value),t);break;case 3:e.push(JSON.stringify(t.value),t)}}function Jb(e,t={}){let n=cb({},t),r=!!n.jit,i=!!n.minify,a=n.optimize==null||n.optimize,o=Nb(n).parse(e);return r?(a&&zb(o),i&&Vb(o),{ast:o,code:``}):(Rb(o,n),ox(o,n))}var $,Yb,Xb,Zb,Qb,$b,ex,tx,nx,rx,ix,ax,ox,sx=t((()=>{wb(),$={EXPECTED_TOKEN:1,INVALID_TOKEN_IN_PLACEHOLDER:2,UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER:3,UNKNOWN_ESCAPE_SEQUENCE:4,INVALID_UNICODE_ESCAPE_SEQUENCE:5,UNBALANCED_CLOSING_BRACE:6,UNTERMINATED_CLOSING_BRACE:7,EMPTY_PLACEHOLDER:8,NOT_ALLOW_NEST_PLACEHOLDER:9,INVALID_LINKED_FORMAT:10,MUST_HAVE_MESSAGES_IN_PLURAL:11,UNEXPECTED_EMPTY_LINKED_MODIFIER:12,UNEXPECTED_EMPTY_LINKED_KEY:13,UNEXPECTED_LEXICAL_ANALYSIS:14,UNHANDLED_CODEGEN_NODE_TYPE:15,UNHANDLED_MINIFIER_NODE_TYPE:16},$.EXPECTED_TOKEN,$.INVALID_TOKEN_IN_PLACEHOLDER,$.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,$.UNKNOWN_ESCAPE_SEQUENCE,$.INVALID_UNICODE_ESCAPE_SEQUENCE,$.UNBALANCED_CLOSING_BRACE,$.UNTERMINATED_CLOSING_BRACE,$.EMPTY_PLACEHOLDER,$.NOT_ALLOW_NEST_PLACEHOLDER,$.INVALID_LINKED_FORMAT,$.MUST_HAVE_MESSAGES_IN_PLURAL,$.UNEXPECTED_EMPTY_LINKED_MODIFIER,$.UNEXPECTED_EMPTY_LINKED_KEY,$.UNEXPECTED_LEXICAL_ANALYSIS,$.UNHANDLED_CODEGEN_NODE_TYPE,$.UNHANDLED_MINIFIER_NODE_TYPE,Yb=` `,Xb=`\r`,Zb=`
`,Qb=`\u2028`,$b=`\u2029`,ex=void 0,tx=`'`,nx=`tokenizer`,rx=`parser`,ix=/(?:\\\\|\\'|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{6}))/g,ax=/\\([\\@{}|])/g,ox=(e,t={})=>{let n=Q(t.mode)?t.mode:`normal`,r=Q(t.filename)?t.filename:`message.intl`,i=!!t.sourceMap,a=t.breakLineCode==null?n===`arrow`?`;`:`
`:t.breakLineCode,o=t.needIndent?t.needIndent:n!==`arrow`,s=e.helpers||[],c=Hb(e,{mode:n,filename:r,sourceMap:i,breakLineCode:a,needIndent:o});c.push(n===`normal`?`function __msg__ (ctx) {`:`(ctx) => {`),c.indent(o),s.length>0&&(c.push(`const { ${Qy(s.map(e=>`${e}: _${e}`),`, `)} } = ctx`),c.newline()),c.push(`return `),qb(c,e),c.deindent(o),c.push(`}`),delete e.helpers;let{code:l,map:u}=c.context();return{ast:e,code:l,map:u?u.toJSON():void 0}}}));function cx(e){return _b(e)&&px(e)===0&&(Zy(e,`b`)||Zy(e,`body`))}function lx(e){return _x(e,fS)}function ux(e){return _x(e,pS,[])}function dx(e){return _x(e,mS)}function fx(e){return _x(e,hS,[])}function px(e){return _x(e,gS)}function mx(e,t){let n=_x(e,_S);if(n!=null)return n;throw vx(t)}function hx(e){return _x(e,vS)}function gx(e){let t=_x(e,yS);if(t)return t;throw vx(6)}function _x(e,t,n){for(let n=0;n<t.length;n++){let r=t[n];if(Zy(e,r)&&e[r]!=null)return e[r]}return n}function vx(e){return/* @__PURE__ */ Error(`unhandled node type: ${e}`)}function yx(e){return t=>bx(t,e)}function bx(e,t){let n=lx(t);if(n==null)throw vx(0);if(px(n)===1){let t=ux(n);return e.plural(t.reduce((t,n)=>[...t,xx(e,n)],[]))}return xx(e,n)}function xx(e,t){let n=dx(t);if(n!=null)return e.type===`text`?n:e.normalize([n]);{let n=fx(t).reduce((t,n)=>[...t,Sx(e,n)],[]);return e.normalize(n)}}function Sx(e,t){let n=px(t);switch(n){case 3:return mx(t,n);case 9:return mx(t,n);case 4:{let r=t;if(Zy(r,`k`)&&r.k)return e.interpolate(e.named(r.k));if(Zy(r,`key`)&&r.key)return e.interpolate(e.named(r.key));throw vx(n)}case 5:{let r=t;if(Zy(r,`i`)&&ib(r.i))return e.interpolate(e.list(r.i));if(Zy(r,`index`)&&ib(r.index))return e.interpolate(e.list(r.index));throw vx(n)}case 6:{let n=t,r=hx(n),i=gx(n);return e.linked(Sx(e,i),r?Sx(e,r):void 0,e.type)}case 7:return mx(t,n);case 8:return mx(t,n);default:throw Error(`unhandled node on format message part: ${n}`)}}function Cx(e,t={}){let n=!1,r=t.onError||Ob;return t.onError=e=>{n=!0,r(e)},{...Jb(e,t),detectError:n}}/* #__NO_SIDE_EFFECTS__ */
function wx(e,t){if(Q(e)){gb(t.warnHtmlMessage)&&t.warnHtmlMessage;let n=(t.onCacheKey||xS)(e),r=SS[n];if(r)return r;let{ast:i,detectError:a}=Cx(e,{...t,location:!1,jit:!0}),o=yx(i);return a?o:SS[n]=o}{let t=e.cacheKey;return t?SS[t]||(SS[t]=yx(e)):yx(e)}}function Tx(e){return Db(e,null,void 0)}function Ex(e,t){return t.locale==null?Dx(e.locale):Dx(t.locale)}function Dx(e){if(Q(e))return e;if(hb(e)){if(e.resolvedOnce&&wS!=null)return wS;if(e.constructor.name===`Function`){let t=e();if(vb(t))throw Tx(CS.NOT_SUPPORT_LOCALE_PROMISE_VALUE);return wS=t}throw Tx(CS.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION)}throw Tx(CS.NOT_SUPPORT_LOCALE_TYPE)}function Ox(e,t,n){return[.../* @__PURE__ */ new Set([n,...mb(t)?t:_b(t)?Object.keys(t):Q(t)?[t]:[n]])]}function kx(e,t,n){let r=Q(n)?n:AS,i=e;i.__localeChainCache||=/* @__PURE__ */ new Map;let a=i.__localeChainCache.get(r);if(!a){a=[];let e=[n];for(;mb(e);)e=Ax(a,e,t);let o=mb(t)||!xb(t)?t:t.default?t.default:null;e=Q(o)?[o]:o,mb(e)&&Ax(a,e,!1),i.__localeChainCache.set(r,a)}return a}function Ax(e,t,n){let r=!0;for(let i=0;i<t.length&&gb(r);i++){let a=t[i];Q(a)&&(r=jx(e,t[i],n))}return r}function jx(e,t,n){let r,i=t.split(`-`);do r=Mx(e,i.join(`-`),n),i.splice(-1,1);while(i.length&&r===!0);return r}function Mx(e,t,n){let r=!1;if(!e.includes(t)&&(r=!0,t)){r=t[t.length-1]!==`!`;let i=t.replace(/!/g,``);e.push(i),(mb(n)||xb(n))&&n[i]&&(r=n[i])}return r}function Nx(e){return ES.test(e)}function Px(e){let t=e.charCodeAt(0);return t===e.charCodeAt(e.length-1)&&(t===34||t===39)?e.slice(1,-1):e}function Fx(e){if(e==null)return`o`;switch(e.charCodeAt(0)){case 91:case 93:case 46:case 34:case 39:return e;case 95:case 36:case 45:return`i`;case 9:case 10:case 13:case 160:case 65279:case 8232:case 8233:return`w`}return`i`}function Ix(e){let t=e.trim();return e.charAt(0)===`0`&&isNaN(parseInt(e))?!1:Nx(t)?Px(t):`*`+t}function Lx(e){let t=[],n=-1,r=0,i=0,a,o,s,c,l,u,d,f=[];f[0]=()=>{o===void 0?o=s:o+=s},f[1]=()=>{o!==void 0&&(t.push(o),o=void 0)},f[2]=()=>{f[0](),i++},f[3]=()=>{if(i>0)i--,r=4,f[0]();else{if(i=0,o===void 0||(o=Ix(o),o===!1))return!1;f[1]()}};function p(){let t=e[n+1];if(r===5&&t===`'`||r===6&&t===`"`)return n++,s=`\\`+t,f[0](),!0}for(;r!==null;)if(n++,a=e[n],!(a===`\\`&&p())){if(c=Fx(a),d=TS[r],l=d[c]||d.l||8,l===8||(r=l[0],l[1]!==void 0&&(u=f[l[1]],u&&(s=a,u()===!1))))return;if(r===7)return t}}function Rx(e,t){return _b(e)?e[t]:null}function zx(e,t){if(!_b(e))return null;let n=DS.get(t);if(n||(n=Lx(t),n&&DS.set(t,n)),!n)return null;let r=n.length,i=e,a=0;for(;a<r;){let e=n[a];if(bS.includes(e)&&cx(i)||!_b(i)||!Zy(i,e))return null;let t=i[e];if(t===void 0||hb(i))return null;i=t,a++}return i}function Bx(){return{upper:(e,t)=>t===`text`&&Q(e)?e.toUpperCase():t===`vnode`&&_b(e)&&`__v_isVNode`in e?e.children.toUpperCase():e,lower:(e,t)=>t===`text`&&Q(e)?e.toLowerCase():t===`vnode`&&_b(e)&&`__v_isVNode`in e?e.children.toLowerCase():e,capitalize:(e,t)=>t===`text`&&Q(e)?jS(e):t===`vnode`&&_b(e)&&`__v_isVNode`in e?jS(e.children):e}}function Vx(e){MS=e}function Hx(e){NS=e}function Ux(e){PS=e}function Wx(e={}){let t=hb(e.onWarn)?e.onWarn:qy,n=Q(e.version)?e.version:kS,r=Q(e.locale)||hb(e.locale)?e.locale:AS,i=hb(r)?AS:r,a=mb(e.fallbackLocale)||xb(e.fallbackLocale)||Q(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:i,o=xb(e.messages)?e.messages:zS(i),s=xb(e.datetimeFormats)?e.datetimeFormats:zS(i),c=xb(e.numberFormats)?e.numberFormats:zS(i),l=cb(ub(),e.modifiers,Bx()),u=e.pluralRules||ub(),d=hb(e.missing)?e.missing:null,f=gb(e.missingWarn)||ob(e.missingWarn)?e.missingWarn:!0,p=gb(e.fallbackWarn)||ob(e.fallbackWarn)?e.fallbackWarn:!0,m=!!e.fallbackFormat,h=!!e.unresolving,g=hb(e.postTranslation)?e.postTranslation:null,_=xb(e.processor)?e.processor:null,v=!gb(e.warnHtmlMessage)||e.warnHtmlMessage,y=!!e.escapeParameter,b=hb(e.messageCompiler)?e.messageCompiler:MS,x=hb(e.messageResolver)?e.messageResolver:NS||Rx,S=hb(e.localeFallbacker)?e.localeFallbacker:PS||Ox,C=_b(e.fallbackContext)?e.fallbackContext:void 0,w=e,ee=_b(w.__datetimeFormatters)?w.__datetimeFormatters:/* @__PURE__ */ new Map,T=_b(w.__numberFormatters)?w.__numberFormatters:/* @__PURE__ */ new Map,E=_b(w.__meta)?w.__meta:{};RS++;let D={version:n,cid:RS,locale:r,fallbackLocale:a,messages:o,modifiers:l,pluralRules:u,missing:d,missingWarn:f,fallbackWarn:p,fallbackFormat:m,unresolving:h,postTranslation:g,processor:_,warnHtmlMessage:v,escapeParameter:y,messageCompiler:b,messageResolver:x,localeFallbacker:S,fallbackContext:C,onWarn:t,__meta:E};return D.datetimeFormats=s,D.numberFormats=c,D.__datetimeFormatters=ee,D.__numberFormatters=T,D}function Gx(e,t,n,r,i){let{missing:a,onWarn:o}=e;if(a!==null){let r=a(e,n,t,i);return Q(r)?r:t}return t}function Kx(e,t,n){let r=e;r.__localeChainCache=/* @__PURE__ */ new Map,e.localeFallbacker(e,n,t)}function qx(e,t){return e!==t&&e.split(`-`)[0]===t.split(`-`)[0]}function Jx(e,t){let n=t.indexOf(e);if(n===-1)return!1;for(let r=n+1;r<t.length;r++)if(qx(e,t[r]))return!0;return!1}function Yx(e,...t){let{datetimeFormats:n,unresolving:r,fallbackLocale:i,onWarn:a,localeFallbacker:o}=e,{__datetimeFormatters:s}=e;if(!Q(t[0])&&!ab(t[0])&&!ib(t[0]))return``;let[c,l,u,d]=Xx(...t),f=gb(u.missingWarn)?u.missingWarn:e.missingWarn;gb(u.fallbackWarn)?u.fallbackWarn:e.fallbackWarn;let p=!!u.part,m=Ex(e,u),h=o(e,i,m);if(!Q(c)||c===``)return new Intl.DateTimeFormat(m.replace(/!/g,``),d).format(l);let g={},_,v=null;for(let t=0;t<h.length&&(_=h[t],g=n[_]||{},v=g[c],!xb(v));t++)Gx(e,c,_,f,`datetime format`);if(!xb(v)||!Q(_))return r?-1:c;let y=`${_}__${c}`;sb(d)||(y=`${y}__${JSON.stringify(d)}`);let b=s.get(y);return b||(b=new Intl.DateTimeFormat(_,cb({},v,d)),s.set(y,b)),p?b.formatToParts(l):b.format(l)}function Xx(...e){let[t,n,r,i]=e,a=ub(),o=ub(),s;if(Q(t)){let e=t.match(/(\d{4}-\d{2}-\d{2})(T|\s)?(.*)/);if(!e)throw Tx(CS.INVALID_ISO_DATE_ARGUMENT);let n=e[3]?e[3].trim().startsWith(`T`)?`${e[1].trim()}${e[3].trim()}`:`${e[1].trim()}T${e[3].trim()}`:e[1].trim();s=new Date(n);try{s.toISOString()}catch{throw Tx(CS.INVALID_ISO_DATE_ARGUMENT)}}else if(ab(t)){if(isNaN(t.getTime()))throw Tx(CS.INVALID_DATE_ARGUMENT);s=t}else if(ib(t))s=t;else throw Tx(CS.INVALID_ARGUMENT);return Q(n)?a.key=n:xb(n)&&Object.keys(n).forEach(e=>{VS.includes(e)?o[e]=n[e]:a[e]=n[e]}),Q(r)?a.locale=r:xb(r)&&(o=r),xb(i)&&(o=i),[a.key||``,s,a,o]}function Zx(e,t,n){let r=e;for(let e in n){let n=`${t}__${e}`;r.__datetimeFormatters.has(n)&&r.__datetimeFormatters.delete(n)}}function Qx(e,...t){let{numberFormats:n,unresolving:r,fallbackLocale:i,onWarn:a,localeFallbacker:o}=e,{__numberFormatters:s}=e;if(!ib(t[0]))return``;let[c,l,u,d]=$x(...t),f=gb(u.missingWarn)?u.missingWarn:e.missingWarn;gb(u.fallbackWarn)?u.fallbackWarn:e.fallbackWarn;let p=!!u.part,m=Ex(e,u),h=o(e,i,m);if(!Q(c)||c===``)return new Intl.NumberFormat(m.replace(/!/g,``),d).format(l);let g={},_,v=null;for(let t=0;t<h.length&&(_=h[t],g=n[_]||{},v=g[c],!xb(v));t++)Gx(e,c,_,f,`number format`);if(!xb(v)||!Q(_))return r?-1:c;let y=`${_}__${c}`;sb(d)||(y=`${y}__${JSON.stringify(d)}`);let b=s.get(y);return b||(b=new Intl.NumberFormat(_,cb({},v,d)),s.set(y,b)),p?b.formatToParts(l):b.format(l)}function $x(...e){let[t,n,r,i]=e,a=ub(),o=ub();if(!ib(t))throw Tx(CS.INVALID_ARGUMENT);let s=t;return Q(n)?a.key=n:xb(n)&&Object.keys(n).forEach(e=>{HS.includes(e)?o[e]=n[e]:a[e]=n[e]}),Q(r)?a.locale=r:xb(r)&&(o=r),xb(i)&&(o=i),[a.key||``,s,a,o]}function eS(e,t,n){let r=e;for(let e in n){let n=`${t}__${e}`;r.__numberFormatters.has(n)&&r.__numberFormatters.delete(n)}}function tS(e,t){return e=Math.abs(e),t===2?e===1?0:1:Math.min(e,2)}function nS(e){let t=ib(e.pluralIndex)?e.pluralIndex:-1;return ib(e.named?.count)?e.named.count:ib(e.named?.n)?e.named.n:t}function rS(e={}){let t=e.locale,n=nS(e),r=Q(t)&&hb(e.pluralRules?.[t])?e.pluralRules[t]:tS,i=r===tS?void 0:tS,a=e=>e[r(n,e.length,i)],o=e.list||[],s=e=>o[e],c=e.named||ub();ib(e.pluralIndex)&&(c.count||=e.pluralIndex,c.n||=e.pluralIndex);let l=e=>c[e];function u(t,n){return(hb(e.messages)?e.messages(t,!!n):_b(e.messages)?e.messages[t]:!1)||(e.parent?e.parent.message(t):WS)}let d=t=>e.modifiers?e.modifiers[t]:US,f=hb(e.processor?.normalize)?e.processor.normalize:KS,p=hb(e.processor?.interpolate)?e.processor.interpolate:qS,m={list:s,named:l,plural:a,linked:(e,...t)=>{let[n,r]=t,i=`text`,a=``;t.length===1?_b(n)?(a=n.modifier||a,i=n.type||i):Q(n)&&(a=n||a):t.length===2&&(Q(n)&&(a=n||a),Q(r)&&(i=r||i));let o=u(e,!0)(m),s=o===``||o===void 0?e:o,c=i===`vnode`&&mb(s)&&a?s[0]:s;return a?d(a)(c,i):c},message:u,type:Q(e.processor?.type)?e.processor.type:GS,interpolate:p,normalize:f,values:cb(ub(),o,c)};return m}function iS(e,...t){let{fallbackFormat:n,postTranslation:r,unresolving:i,messageCompiler:a,fallbackLocale:o,messages:s}=e,[c,l]=lS(...t),u=gb(l.missingWarn)?l.missingWarn:e.missingWarn,d=gb(l.fallbackWarn)?l.fallbackWarn:e.fallbackWarn,f=gb(l.escapeParameter)?l.escapeParameter:e.escapeParameter,p=!!l.resolvedMessage,m=Q(l.default)||gb(l.default)?gb(l.default)?a?c:()=>c:l.default:n?a?c:()=>c:null,h=n||m!=null&&(Q(m)||hb(m)),g=Ex(e,l);f&&aS(l);let[_,v,y]=p?[c,g,s[g]||ub()]:oS(e,c,g,o,d,u),b=_,x=c;if(!p&&!(Q(b)||cx(b)||YS(b))&&h&&(b=m,x=b),!p&&(!(Q(b)||cx(b)||YS(b))||!Q(v)))return i?-1:c;let S=!1,C=YS(b)?b:sS(e,c,v,b,x,()=>{S=!0});if(S)return b;let w=cS(e,C,rS(dS(e,v,y,l))),ee=r?r(w,c):w;return f&&Q(ee)&&(ee=Xy(ee)),ee}function aS(e){mb(e.list)?e.list=e.list.map(e=>Q(e)?Jy(e):e):_b(e.named)&&Object.keys(e.named).forEach(t=>{Q(e.named[t])&&(e.named[t]=Jy(e.named[t]))})}function oS(e,t,n,r,i,a){let{messages:o,onWarn:s,messageResolver:c,localeFallbacker:l}=e,u=l(e,r,n),d=ub(),f,p=null;for(let n=0;n<u.length&&(f=u[n],d=o[f]||ub(),(p=c(d,t))===null&&(p=d[t]),!(Q(p)||cx(p)||YS(p)));n++)if(!Jx(f,u)){let n=Gx(e,t,f,a,`translate`);n!==t&&(p=n)}return[p,f,d]}function sS(e,t,n,r,i,a){let{messageCompiler:o,warnHtmlMessage:s}=e;if(YS(r)){let e=r;return e.locale=e.locale||n,e.key=e.key||t,e}if(o==null){let e=(()=>r);return e.locale=n,e.key=t,e}let c=o(r,uS(e,n,i,r,s,a));return c.locale=n,c.key=t,c.source=r,c}function cS(e,t,n){return t(n)}function lS(...e){let[t,n,r]=e,i=ub();if(!Q(t)&&!ib(t)&&!YS(t)&&!cx(t))throw Tx(CS.INVALID_ARGUMENT);let a=ib(t)?String(t):(YS(t),t);return ib(n)?i.plural=n:Q(n)?i.default=n:xb(n)&&!sb(n)?i.named=n:mb(n)&&(i.list=n),ib(r)?i.plural=r:Q(r)?i.default=r:xb(r)&&cb(i,r),[a,i]}function uS(e,t,n,r,i,a){return{locale:t,key:n,warnHtmlMessage:i,onError:e=>{throw a&&a(e),e},onCacheKey:e=>nb(t,n,e)}}function dS(e,t,n,r){let{modifiers:i,pluralRules:a,messageResolver:o,fallbackLocale:s,fallbackWarn:c,missingWarn:l,fallbackContext:u}=e,d={locale:t,modifiers:i,pluralRules:a,messages:(r,i)=>{let a=o(n,r);if(a==null&&(u||i)){let[n,,i]=oS(u||e,r,t,s,c,l);a=n??o(i,r)}if(Q(a)||cx(a)){let n=!1,i=sS(e,r,t,a,r,()=>{n=!0});return n?JS:i}return YS(a)?a:JS}};return e.processor&&(d.processor=e.processor),r.list&&(d.list=r.list),r.named&&(d.named=r.named),ib(r.plural)&&(d.pluralIndex=r.plural),d}var fS,pS,mS,hS,gS,_S,vS,yS,bS,xS,SS,CS,wS,TS,ES,DS,OS,kS,AS,jS,MS,NS,PS,FS,IS,LS,RS,zS,BS,VS,HS,US,WS,GS,KS,qS,JS,YS,XS=t((()=>{wb(),sx(),fS=[`b`,`body`],pS=[`c`,`cases`],mS=[`s`,`static`],hS=[`i`,`items`],gS=[`t`,`type`],_S=[`v`,`value`],vS=[`m`,`modifier`],yS=[`k`,`key`],bS=[...fS,...pS,...mS,...hS,...yS,...vS,..._S,...gS],xS=e=>e,SS=ub(),CS={INVALID_ARGUMENT:17,INVALID_DATE_ARGUMENT:18,INVALID_ISO_DATE_ARGUMENT:19,NOT_SUPPORT_NON_STRING_MESSAGE:20,NOT_SUPPORT_LOCALE_PROMISE_VALUE:21,NOT_SUPPORT_LOCALE_ASYNC_FUNCTION:22,NOT_SUPPORT_LOCALE_TYPE:23},CS.INVALID_ARGUMENT,CS.INVALID_DATE_ARGUMENT,CS.INVALID_ISO_DATE_ARGUMENT,CS.NOT_SUPPORT_NON_STRING_MESSAGE,CS.NOT_SUPPORT_LOCALE_PROMISE_VALUE,CS.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION,CS.NOT_SUPPORT_LOCALE_TYPE,TS=[],TS[0]={w:[0],i:[3,0],"[":[4],o:[7]},TS[1]={w:[1],".":[2],"[":[4],o:[7]},TS[2]={w:[2],i:[3,0],0:[3,0]},TS[3]={i:[3,0],0:[3,0],w:[1,1],".":[2,1],"[":[4,1],o:[7,1]},TS[4]={"'":[5,0],'"':[6,0],"[":[4,2],"]":[1,3],o:8,l:[4,0]},TS[5]={"'":[4,0],o:8,l:[5,0]},TS[6]={'"':[4,0],o:8,l:[6,0]},ES=/^\s?(?:true|false|-?[\d.]+|'[^']*'|"[^"]*")\s?$/,DS=/* @__PURE__ */ new Map,OS={NOT_FOUND_KEY:1,FALLBACK_TO_TRANSLATE:2,CANNOT_FORMAT_NUMBER:3,FALLBACK_TO_NUMBER_FORMAT:4,CANNOT_FORMAT_DATE:5,FALLBACK_TO_DATE_FORMAT:6,EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER:7,INVALID_NUMBER_ARGUMENT:8,INVALID_DATE_ARGUMENT:9},OS.NOT_FOUND_KEY,OS.FALLBACK_TO_TRANSLATE,OS.CANNOT_FORMAT_NUMBER,OS.FALLBACK_TO_NUMBER_FORMAT,OS.CANNOT_FORMAT_DATE,OS.FALLBACK_TO_DATE_FORMAT,OS.EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER,OS.INVALID_NUMBER_ARGUMENT,OS.INVALID_DATE_ARGUMENT,kS=`11.4.2`,AS=`en-US`,jS=e=>`${e.charAt(0).toLocaleUpperCase()}${e.substr(1)}`,FS=null,IS=e=>{FS=e},LS=()=>FS,RS=0,zS=e=>({[e]:ub()}),BS=typeof Intl<`u`,BS&&Intl.DateTimeFormat,BS&&Intl.NumberFormat,VS=[`localeMatcher`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`,`formatMatcher`,`hour12`,`timeZone`,`dateStyle`,`timeStyle`,`calendar`,`dayPeriod`,`numberingSystem`,`hourCycle`,`fractionalSecondDigits`],HS=[`localeMatcher`,`style`,`currency`,`currencyDisplay`,`currencySign`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`,`compactDisplay`,`notation`,`signDisplay`,`unit`,`unitDisplay`,`roundingMode`,`roundingPriority`,`roundingIncrement`,`trailingZeroDisplay`],US=e=>e,WS=e=>``,GS=`text`,KS=e=>e.length===0?``:Qy(e),qS=Sb,JS=()=>``,YS=e=>hb(e)}));function ZS(){typeof __VUE_I18N_FULL_INSTALL__!=`boolean`&&(fb().__VUE_I18N_FULL_INSTALL__=!0),typeof __VUE_I18N_LEGACY_API__!=`boolean`&&(fb().__VUE_I18N_LEGACY_API__=!0)}function QS(e,...t){return Db(e,null,void 0)}function $S(e){if(!_b(e)||cx(e))return e;for(let t in e)if(Zy(e,t)){if(!t.includes(`.`))_b(e[t])&&$S(e[t]);else{let n=t.split(`.`),r=n.length-1,i=e,a=!1;for(let e=0;e<r;e++){if(n[e]===`__proto__`)throw Error(`unsafe key: ${n[e]}`);if(n[e]in i||(i[n[e]]=ub()),!_b(i[n[e]])){a=!0;break}i=i[n[e]]}if(a||(cx(i)?bS.includes(n[r])||delete e[t]:(i[n[r]]=e[t],delete e[t])),!cx(i)){let e=i[n[r]];_b(e)&&$S(e)}}}return e}function eC(e,t){let{messages:n,__i18n:r,messageResolver:i,flatJson:a}=t,o=xb(n)?n:mb(r)?ub():{[e]:ub()};if(mb(r)&&r.forEach(e=>{if(`locale`in e&&`resource`in e){let{locale:t,resource:n}=e;t?(o[t]=o[t]||ub(),$y(n,o[t])):$y(n,o)}else Q(e)&&$y(JSON.parse(e),o)}),i==null&&a)for(let e in o)Zy(o,e)&&$S(o[e]);return o}function tC(e){return e.type}function nC(e,t,n){let r=_b(t.messages)?t.messages:ub();`__i18nGlobal`in n&&(r=eC(e.locale.value,{messages:r,__i18n:n.__i18nGlobal}));let i=Object.keys(r);if(i.length&&i.forEach(t=>{e.mergeLocaleMessage(t,r[t])}),_b(t.datetimeFormats)){let n=Object.keys(t.datetimeFormats);n.length&&n.forEach(n=>{e.mergeDateTimeFormat(n,t.datetimeFormats[n])})}if(_b(t.numberFormats)){let n=Object.keys(t.numberFormats);n.length&&n.forEach(n=>{e.mergeNumberFormat(n,t.numberFormats[n])})}}function rC(e){return G(nc,null,e,0)}function iC(){let e=`currentInstance`;return e in Xu?Xu[e]:pc()}function aC(e){return((t,n,r,i)=>e(n,r,iC()||void 0,i))}function oC(e={}){let{__root:t,__injectWithOption:n}=e,r=t===void 0,i=e.flatJson,a=eb?N:Pt,o=!gb(e.inheritLocale)||e.inheritLocale,s=a(t&&o?t.locale.value:Q(e.locale)?e.locale:AS),c=a(t&&o?t.fallbackLocale.value:Q(e.fallbackLocale)||mb(e.fallbackLocale)||xb(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:s.value),l=a(eC(s.value,e)),u=a(xb(e.datetimeFormats)?e.datetimeFormats:{[s.value]:{}}),d=a(xb(e.numberFormats)?e.numberFormats:{[s.value]:{}}),f=t?t.missingWarn:gb(e.missingWarn)||ob(e.missingWarn)?e.missingWarn:!0,p=t?t.fallbackWarn:gb(e.fallbackWarn)||ob(e.fallbackWarn)?e.fallbackWarn:!0,m=t?t.fallbackRoot:!gb(e.fallbackRoot)||e.fallbackRoot,h=!!e.fallbackFormat,g=hb(e.missing)?e.missing:null,_=hb(e.missing)?aC(e.missing):null,v=hb(e.postTranslation)?e.postTranslation:null,y=t?t.warnHtmlMessage:!gb(e.warnHtmlMessage)||e.warnHtmlMessage,b=!!e.escapeParameter,x=t?t.modifiers:xb(e.modifiers)?e.modifiers:{},S=e.pluralRules||t&&t.pluralRules,C;C=(()=>{r&&IS(null);let t={version:AC,locale:s.value,fallbackLocale:c.value,messages:l.value,modifiers:x,pluralRules:S,missing:_===null?void 0:_,missingWarn:f,fallbackWarn:p,fallbackFormat:h,unresolving:!0,postTranslation:v===null?void 0:v,warnHtmlMessage:y,escapeParameter:b,messageResolver:e.messageResolver,messageCompiler:e.messageCompiler,__meta:{framework:`vue`}};t.datetimeFormats=u.value,t.numberFormats=d.value,t.__datetimeFormatters=xb(C)?C.__datetimeFormatters:void 0,t.__numberFormatters=xb(C)?C.__numberFormatters:void 0;let n=Wx(t);return r&&IS(n),n})(),Kx(C,s.value,c.value);function w(){return[s.value,c.value,l.value,u.value,d.value]}let ee=K({get:()=>s.value,set:e=>{C.locale=e,s.value=e}}),T=K({get:()=>c.value,set:e=>{C.fallbackLocale=e,c.value=e,Kx(C,s.value,e)}}),E=K(()=>l.value),D=/* #__PURE__*/ K(()=>u.value),te=/* #__PURE__*/ K(()=>d.value);function ne(){return hb(v)?v:null}function O(e){v=e,C.postTranslation=e}function k(){return g}function re(e){e!==null&&(_=aC(e)),g=e,C.missing=_}let ie=(e,n,i,a,o,s)=>{w();let c;try{r||(C.fallbackContext=t?LS():void 0),c=e(C)}finally{r||(C.fallbackContext=void 0)}if(i!==`translate exists`&&ib(c)&&c===-1||i===`translate exists`&&!c){let[e,r]=n();return t&&m?a(t):o(e)}if(s(c))return c;
/* istanbul ignore next */
throw QS(jC.UNEXPECTED_RETURN_TYPE)};function ae(...e){return ie(t=>Reflect.apply(iS,null,[t,...e]),()=>lS(...e),`translate`,t=>Reflect.apply(t.t,t,[...e]),e=>e,e=>Q(e))}function oe(...e){let[t,n,r]=e;if(r&&!_b(r))throw QS(jC.INVALID_ARGUMENT);return ae(t,n,cb({resolvedMessage:!0},r||{}))}function A(...e){return ie(t=>Reflect.apply(Yx,null,[t,...e]),()=>Xx(...e),`datetime format`,t=>Reflect.apply(t.d,t,[...e]),()=>``,e=>Q(e)||mb(e))}function se(...e){return ie(t=>Reflect.apply(Qx,null,[t,...e]),()=>$x(...e),`number format`,t=>Reflect.apply(t.n,t,[...e]),()=>``,e=>Q(e)||mb(e))}function ce(e){return e.map(e=>Q(e)||ib(e)||gb(e)?rC(String(e)):e)}let j={normalize:ce,interpolate:e=>e,type:`vnode`};function le(...e){return ie(t=>{let n,r=t;try{r.processor=j,n=Reflect.apply(iS,null,[r,...e])}finally{r.processor=null}return n},()=>lS(...e),`translate`,t=>t[MC](...e),e=>[rC(e)],e=>mb(e))}function ue(...e){return ie(t=>Reflect.apply(Qx,null,[t,...e]),()=>$x(...e),`number format`,t=>t[PC](...e),zC,e=>Q(e)||mb(e))}function de(...e){return ie(t=>Reflect.apply(Yx,null,[t,...e]),()=>Xx(...e),`datetime format`,t=>t[NC](...e),zC,e=>Q(e)||mb(e))}function fe(e){S=e,C.pluralRules=S}function pe(e,t){return ie(()=>{if(!e)return!1;let n=Q(t)?t:s.value,r=Q(t)?[n]:kx(C,c.value,n);for(let t=0;t<r.length;t++){let n=ge(r[t]),i=C.messageResolver(n,e);if(i===null&&(i=n[e]),cx(i)||YS(i)||Q(i))return!0}return!1},()=>[e],`translate exists`,n=>Reflect.apply(n.te,n,[e,t]),BC,e=>gb(e))}function me(e){let t=null,n=kx(C,c.value,s.value);for(let r=0;r<n.length;r++){let i=l.value[n[r]]||{},a=C.messageResolver(i,e);if(a!=null){t=a;break}}return t}function he(e){return me(e)??(t&&t.tm(e)||{})}function ge(e){return l.value[e]||{}}function _e(e,t){if(i){let n={[e]:t};for(let e in n)Zy(n,e)&&$S(n[e]);t=n[e]}l.value[e]=t,C.messages=l.value}function ve(e,t){l.value[e]=l.value[e]||{};let n={[e]:t};if(i)for(let e in n)Zy(n,e)&&$S(n[e]);t=n[e],$y(t,l.value[e]),C.messages=l.value}function ye(e){return u.value[e]||{}}function be(e,t){u.value[e]=t,C.datetimeFormats=u.value,Zx(C,e,t)}function xe(e,t){u.value[e]=cb(u.value[e]||{},t),C.datetimeFormats=u.value,Zx(C,e,t)}function Se(e){return d.value[e]||{}}function Ce(e,t){d.value[e]=t,C.numberFormats=d.value,eS(C,e,t)}function we(e,t){d.value[e]=cb(d.value[e]||{},t),C.numberFormats=d.value,eS(C,e,t)}VC++,t&&eb&&(xr(t.locale,e=>{o&&(s.value=e,C.locale=e,Kx(C,s.value,c.value))}),xr(t.fallbackLocale,e=>{o&&(c.value=e,C.fallbackLocale=e,Kx(C,s.value,c.value))}));let Te={id:VC,locale:ee,fallbackLocale:T,get inheritLocale(){return o},set inheritLocale(e){o=e,e&&t&&(s.value=t.locale.value,c.value=t.fallbackLocale.value,Kx(C,s.value,c.value))},get availableLocales(){return Object.keys(l.value).sort()},messages:E,get modifiers(){return x},get pluralRules(){return S||{}},get isGlobal(){return r},get missingWarn(){return f},set missingWarn(e){f=e,C.missingWarn=f},get fallbackWarn(){return p},set fallbackWarn(e){p=e,C.fallbackWarn=p},get fallbackRoot(){return m},set fallbackRoot(e){m=e},get fallbackFormat(){return h},set fallbackFormat(e){h=e,C.fallbackFormat=h},get warnHtmlMessage(){return y},set warnHtmlMessage(e){y=e,C.warnHtmlMessage=e},get escapeParameter(){return b},set escapeParameter(e){b=e,C.escapeParameter=e},t:ae,getLocaleMessage:ge,setLocaleMessage:_e,mergeLocaleMessage:ve,getPostTranslationHandler:ne,setPostTranslationHandler:O,getMissingHandler:k,setMissingHandler:re,[FC]:fe};return Te.datetimeFormats=D,Te.numberFormats=te,Te.rt=oe,Te.te=pe,Te.tm=he,Te.d=A,Te.n=se,Te.getDateTimeFormat=ye,Te.setDateTimeFormat=be,Te.mergeDateTimeFormat=xe,Te.getNumberFormat=Se,Te.setNumberFormat=Ce,Te.mergeNumberFormat=we,Te[IC]=n,Te[MC]=le,Te[NC]=de,Te[PC]=ue,Te}function sC(e){let t=Q(e.locale)?e.locale:AS,n=Q(e.fallbackLocale)||mb(e.fallbackLocale)||xb(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:t,r=hb(e.missing)?e.missing:void 0,i=gb(e.silentTranslationWarn)||ob(e.silentTranslationWarn)?!e.silentTranslationWarn:!0,a=gb(e.silentFallbackWarn)||ob(e.silentFallbackWarn)?!e.silentFallbackWarn:!0,o=!gb(e.fallbackRoot)||e.fallbackRoot,s=!!e.formatFallbackMessages,c=xb(e.modifiers)?e.modifiers:{},l=e.pluralizationRules,u=hb(e.postTranslation)?e.postTranslation:void 0,d=!Q(e.warnHtmlInMessage)||e.warnHtmlInMessage!==`off`,f=!!e.escapeParameterHtml,p=!gb(e.sync)||e.sync,m=e.messages;if(xb(e.sharedMessages)){let t=e.sharedMessages;m=Object.keys(t).reduce((e,n)=>{let r=e[n]||(e[n]={});return cb(r,t[n]),e},m||{})}let{__i18n:h,__root:g,__injectWithOption:_}=e,v=e.datetimeFormats,y=e.numberFormats,b=e.flatJson;return{locale:t,fallbackLocale:n,messages:m,flatJson:b,datetimeFormats:v,numberFormats:y,missing:r,missingWarn:i,fallbackWarn:a,fallbackRoot:o,fallbackFormat:s,modifiers:c,pluralRules:l,postTranslation:u,warnHtmlMessage:d,escapeParameter:f,messageResolver:e.messageResolver,inheritLocale:p,__i18n:h,__root:g,__injectWithOption:_}}function cC(e={}){let t=oC(sC(e)),{__extender:n}=e,r={id:t.id,get locale(){return t.locale.value},set locale(e){t.locale.value=e},get fallbackLocale(){return t.fallbackLocale.value},set fallbackLocale(e){t.fallbackLocale.value=e},get messages(){return t.messages.value},get datetimeFormats(){return t.datetimeFormats.value},get numberFormats(){return t.numberFormats.value},get availableLocales(){return t.availableLocales},get missing(){return t.getMissingHandler()},set missing(e){t.setMissingHandler(e)},get silentTranslationWarn(){return gb(t.missingWarn)?!t.missingWarn:t.missingWarn},set silentTranslationWarn(e){t.missingWarn=gb(e)?!e:e},get silentFallbackWarn(){return gb(t.fallbackWarn)?!t.fallbackWarn:t.fallbackWarn},set silentFallbackWarn(e){t.fallbackWarn=gb(e)?!e:e},get modifiers(){return t.modifiers},get formatFallbackMessages(){return t.fallbackFormat},set formatFallbackMessages(e){t.fallbackFormat=e},get postTranslation(){return t.getPostTranslationHandler()},set postTranslation(e){t.setPostTranslationHandler(e)},get sync(){return t.inheritLocale},set sync(e){t.inheritLocale=e},get warnHtmlInMessage(){return t.warnHtmlMessage?`warn`:`off`},set warnHtmlInMessage(e){t.warnHtmlMessage=e!==`off`},get escapeParameterHtml(){return t.escapeParameter},set escapeParameterHtml(e){t.escapeParameter=e},get pluralizationRules(){return t.pluralRules||{}},__composer:t,t(...e){return Reflect.apply(t.t,t,[...e])},rt(...e){return Reflect.apply(t.rt,t,[...e])},te(e,n){return t.te(e,n)},tm(e){return t.tm(e)},getLocaleMessage(e){return t.getLocaleMessage(e)},setLocaleMessage(e,n){t.setLocaleMessage(e,n)},mergeLocaleMessage(e,n){t.mergeLocaleMessage(e,n)},d(...e){return Reflect.apply(t.d,t,[...e])},getDateTimeFormat(e){return t.getDateTimeFormat(e)},setDateTimeFormat(e,n){t.setDateTimeFormat(e,n)},mergeDateTimeFormat(e,n){t.mergeDateTimeFormat(e,n)},n(...e){return Reflect.apply(t.n,t,[...e])},getNumberFormat(e){return t.getNumberFormat(e)},setNumberFormat(e,n){t.setNumberFormat(e,n)},mergeNumberFormat(e,n){t.mergeNumberFormat(e,n)}};return r.__extender=n,r}function lC(e,t,n){return{beforeCreate(){let r=iC();
/* istanbul ignore if */
if(!r)throw QS(jC.UNEXPECTED_ERROR);let i=this.$options;if(i.i18n){let r=i.i18n;if(i.__i18n&&(r.__i18n=i.__i18n),r.__root=t,this===this.$root)this.$i18n=uC(e,r);else{r.__injectWithOption=!0,r.__extender=n.__vueI18nExtend,this.$i18n=cC(r);let e=this.$i18n;e.__extender&&(e.__disposer=e.__extender(this.$i18n))}}else if(i.__i18n){if(this===this.$root)this.$i18n=uC(e,i);else{this.$i18n=cC({__i18n:i.__i18n,__injectWithOption:!0,__extender:n.__vueI18nExtend,__root:t});let e=this.$i18n;e.__extender&&(e.__disposer=e.__extender(this.$i18n))}}else this.$i18n=e;i.__i18nGlobal&&nC(t,i,i),this.$t=(...e)=>this.$i18n.t(...e),this.$rt=(...e)=>this.$i18n.rt(...e),this.$te=(e,t)=>this.$i18n.te(e,t),this.$d=(...e)=>this.$i18n.d(...e),this.$n=(...e)=>this.$i18n.n(...e),this.$tm=e=>this.$i18n.tm(e),n.__setInstance(r,this.$i18n)},mounted(){},unmounted(){let e=iC();
/* istanbul ignore if */
if(!e)throw QS(jC.UNEXPECTED_ERROR);let t=this.$i18n;delete this.$t,delete this.$rt,delete this.$te,delete this.$d,delete this.$n,delete this.$tm,t.__disposer&&(t.__disposer(),delete t.__disposer,delete t.__extender),n.__deleteInstance(e),delete this.$i18n}}}function uC(e,t){e.locale=t.locale||e.locale,e.fallbackLocale=t.fallbackLocale||e.fallbackLocale,e.missing=t.missing||e.missing,e.silentTranslationWarn=t.silentTranslationWarn||e.silentFallbackWarn,e.silentFallbackWarn=t.silentFallbackWarn||e.silentFallbackWarn,e.formatFallbackMessages=t.formatFallbackMessages||e.formatFallbackMessages,e.postTranslation=t.postTranslation||e.postTranslation,e.warnHtmlInMessage=t.warnHtmlInMessage||e.warnHtmlInMessage,e.escapeParameterHtml=t.escapeParameterHtml||e.escapeParameterHtml,e.sync=t.sync||e.sync,e.__composer[FC](t.pluralizationRules||e.pluralizationRules);let n=eC(e.locale,{messages:t.messages,__i18n:t.__i18n});return Object.keys(n).forEach(t=>e.mergeLocaleMessage(t,n[t])),t.datetimeFormats&&Object.keys(t.datetimeFormats).forEach(n=>e.mergeDateTimeFormat(n,t.datetimeFormats[n])),t.numberFormats&&Object.keys(t.numberFormats).forEach(n=>e.mergeNumberFormat(n,t.numberFormats[n])),e}function dC({slots:e},t){return t.length===1&&t[0]==="default"?(e.default?e.default():[]).reduce((e,t)=>[...e,...t.type===W?t.children:[t]],[]):t.reduce((t,n)=>{let r=e[n];return r&&(t[n]=r()),t},ub())}function fC(){return W}function pC(e){return mb(e)&&!Q(e[0])}function mC(e,t,n,r){let{slots:i,attrs:a}=t;return()=>{let t=()=>{let t={part:!0},a=ub();e.locale&&(t.locale=e.locale),Q(e.format)?t.key=e.format:_b(e.format)&&(Q(e.format.key)&&(t.key=e.format.key),a=Object.keys(e.format).reduce((t,r)=>n.includes(r)?cb(ub(),t,{[r]:e.format[r]}):t,ub()));let o=r(e.value,t,a),s=[t.key];return mb(o)?s=o.map((e,t)=>{let n=i[e.type],r=n?n({[e.type]:e.value,index:t,parts:o}):[e.value];return pC(r)&&(r[0].key=`${e.type}-${t}`),r}):Q(o)&&(s=[o]),s},o=cb(ub(),a),s=Q(e.tag)||_b(e.tag)?e.tag:fC();return _b(s)?co(s,o,{default:t}):co(s,o,t())}}function hC(e,t){let n=e;if(e.mode===`composition`)return n.__getInstance(t)||e.global;{let r=n.__getInstance(t);return r==null?e.global.__composer:r.__composer}}function gC(e){let t=t=>{let{instance:n,value:r}=t;
/* istanbul ignore if */
if(!n||!n.$)throw QS(jC.UNEXPECTED_ERROR);let i=hC(e,n.$),a=_C(r);return[Reflect.apply(i.t,i,[...vC(a)]),i]};return{created:(e,n)=>{let[r,i]=t(n);eb&&(e.__i18nWatcher=xr(i.locale,()=>{n.instance&&n.instance.$forceUpdate()})),e.__composer=i,e.textContent=r},unmounted:e=>{eb&&e.__i18nWatcher&&(e.__i18nWatcher(),e.__i18nWatcher=void 0,delete e.__i18nWatcher),e.__composer&&(e.__composer=void 0,delete e.__composer)},beforeUpdate:(e,{value:t})=>{if(e.__composer){let n=e.__composer,r=_C(t);e.textContent=Reflect.apply(n.t,n,[...vC(r)])}},getSSRProps:e=>{let[n]=t(e);return{textContent:n}}}}function _C(e){if(Q(e))return{path:e};if(xb(e)){if(!(`path`in e))throw QS(jC.REQUIRED_VALUE,`path`);return e}throw QS(jC.INVALID_VALUE)}function vC(e){let{path:t,locale:n,args:r,choice:i,plural:a}=e,o={},s=r||{};return Q(n)&&(o.locale=n),ib(i)&&(o.plural=i),ib(a)&&(o.plural=a),[t,s,o]}function yC(e,t,...n){let r=xb(n[0])?n[0]:{};(!gb(r.globalInstall)||r.globalInstall)&&([UC.name,`I18nT`].forEach(t=>e.component(t,UC)),[WC.name,`I18nN`].forEach(t=>e.component(t,WC)),[JC.name,`I18nD`].forEach(t=>e.component(t,JC))),e.directive(`t`,gC(t))}function bC(e={}){let t=__VUE_I18N_LEGACY_API__&&gb(e.legacy)?e.legacy:__VUE_I18N_LEGACY_API__,n=!gb(e.globalInjection)||e.globalInjection,r=/* @__PURE__ */ new Map,[i,a]=SC(e,t),o=/* #__PURE__*/ tb(``);function s(e){return r.get(e)||null}function c(e,t){r.set(e,t)}function l(e){r.delete(e)}let u={get mode(){return __VUE_I18N_LEGACY_API__&&t?`legacy`:`composition`},async install(e,...r){if(e.__VUE_I18N_SYMBOL__=o,e.provide(e.__VUE_I18N_SYMBOL__,u),xb(r[0])){let e=r[0];u.__composerExtend=e.__composerExtend,u.__vueI18nExtend=e.__vueI18nExtend}let i=null;!t&&n&&(i=kC(e,u.global)),__VUE_I18N_FULL_INSTALL__&&yC(e,u,...r),__VUE_I18N_LEGACY_API__&&t&&e.mixin(lC(a,a.__composer,u));let s=e.unmount;e.unmount=()=>{i&&i(),u.dispose(),s()}},get global(){return a},dispose(){i.stop()},__instances:r,__getInstance:s,__setInstance:c,__deleteInstance:l};return u}function xC(e={}){let t=iC();if(t==null)throw QS(jC.MUST_BE_CALL_SETUP_TOP);if(!t.isCE&&t.appContext.app!=null&&!t.appContext.app.__VUE_I18N_SYMBOL__)throw QS(jC.NOT_INSTALLED);let n=CC(t),r=TC(n),i=tC(t),a=wC(e,i);if(a===`global`)return nC(r,e,i),r;if(a===`parent`){let i=EC(n,t,e.__useComponent);return i??=r,i}if(a===`isolated`){if(n.mode!==`composition`)throw QS(jC.NOT_AVAILABLE_COMPOSITION_IN_LEGACY);let i=n,a=cb({},e);a.__root=EC(n,t)||r;let o=oC(a);return i.__composerExtend&&(o[LC]=i.__composerExtend(o)),Ve()&&He(()=>{let e=o[LC];e&&(e(),delete o[LC])}),o}let o=n,s=o.__getInstance(t);if(s==null){let n=cb({},e);`__i18n`in i&&(n.__i18n=i.__i18n),r&&(n.__root=r),s=oC(n),o.__composerExtend&&(s[LC]=o.__composerExtend(s)),OC(o,t,s),o.__setInstance(t,s)}return s}function SC(e,t){let n=Be(),r=__VUE_I18N_LEGACY_API__&&t?n.run(()=>cC(e)):n.run(()=>oC(e));if(r==null)throw QS(jC.UNEXPECTED_ERROR);return[n,r]}function CC(e){let t=gr(e.isCE?GC:e.appContext.app.__VUE_I18N_SYMBOL__);
/* istanbul ignore if */
if(!t)throw QS(e.isCE?jC.NOT_INSTALLED_WITH_PROVIDE:jC.UNEXPECTED_ERROR);return t}function wC(e,t){return sb(e)?`__i18n`in t?`local`:`global`:e.useScope?e.useScope:`local`}function TC(e){return e.mode===`composition`?e.global:e.global.__composer}function EC(e,t,n=!1){let r=null,i=t.root,a=DC(t,n);for(;a!=null;){let t=e;if(e.mode===`composition`)r=t.__getInstance(a);else if(__VUE_I18N_LEGACY_API__){let e=t.__getInstance(a);e!=null&&(r=e.__composer,n&&r&&!r[IC]&&(r=null))}if(r!=null||i===a)break;a=a.parent}return r}function DC(e,t=!1){return e==null?null:t&&e.vnode.ctx||e.parent}function OC(e,t,n){hs(()=>{},t),ys(()=>{let r=n;e.__deleteInstance(t);let i=r[LC];i&&(i(),delete r[LC])},t)}function kC(e,t){let n=Object.create(null);return KC.forEach(e=>{let r=Object.getOwnPropertyDescriptor(t,e);if(!r)throw QS(jC.UNEXPECTED_ERROR);let i=/* @__PURE__ */ Nt(r.value)?{get(){return r.value.value},set(e){r.value.value=e}}:{get(){return r.get&&r.get()}};Object.defineProperty(n,e,i)}),e.config.globalProperties.$i18n=n,qC.forEach(n=>{let r=Object.getOwnPropertyDescriptor(t,n);if(!r||!r.value)throw QS(jC.UNEXPECTED_ERROR);Object.defineProperty(e.config.globalProperties,`$${n}`,r)}),()=>{delete e.config.globalProperties.$i18n,qC.forEach(t=>{delete e.config.globalProperties[`$${t}`]})}}var AC,jC,MC,NC,PC,FC,IC,LC,RC,zC,BC,VC,HC,UC,WC,GC,KC,qC,JC,YC=t((()=>{XS(),wb(),q(),AC=`11.4.2`,jC={UNEXPECTED_RETURN_TYPE:24,INVALID_ARGUMENT:25,MUST_BE_CALL_SETUP_TOP:26,NOT_INSTALLED:27,REQUIRED_VALUE:28,INVALID_VALUE:29,CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN:30,NOT_INSTALLED_WITH_PROVIDE:31,UNEXPECTED_ERROR:32,NOT_COMPATIBLE_LEGACY_VUE_I18N:33,NOT_AVAILABLE_COMPOSITION_IN_LEGACY:34},jC.UNEXPECTED_RETURN_TYPE,jC.INVALID_ARGUMENT,jC.MUST_BE_CALL_SETUP_TOP,jC.NOT_INSTALLED,jC.UNEXPECTED_ERROR,jC.REQUIRED_VALUE,jC.INVALID_VALUE,jC.CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN,jC.NOT_INSTALLED_WITH_PROVIDE,jC.NOT_COMPATIBLE_LEGACY_VUE_I18N,jC.NOT_AVAILABLE_COMPOSITION_IN_LEGACY,MC=/* #__PURE__*/ tb(`__translateVNode`),NC=/* #__PURE__*/ tb(`__datetimeParts`),PC=/* #__PURE__*/ tb(`__numberParts`),FC=tb(`__setPluralRules`),tb(`__intlifyMeta`),IC=/* #__PURE__*/ tb(`__injectWithOption`),LC=/* #__PURE__*/ tb(`__dispose`),RC={FALLBACK_TO_ROOT:10,NOT_FOUND_PARENT_SCOPE:11,IGNORE_OBJ_FLATTEN:12,DEPRECATE_LEGACY_MODE:13,DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE:14,DUPLICATE_USE_I18N_CALLING:15},RC.FALLBACK_TO_ROOT,RC.NOT_FOUND_PARENT_SCOPE,RC.IGNORE_OBJ_FLATTEN,RC.DEPRECATE_LEGACY_MODE,RC.DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE,RC.DUPLICATE_USE_I18N_CALLING,zC=()=>[],BC=()=>!1,VC=0,HC={tag:{type:[String,Object]},locale:{type:String},scope:{type:String,validator:e=>e===`parent`||e===`global`,default:`parent`},i18n:{type:Object}},UC=/* @__PURE__ */ Rr({name:`i18n-t`,props:cb({keypath:{type:String,required:!0},plural:{type:[Number,String],validator:e=>ib(e)||!isNaN(e)}},HC),setup(e,t){let{slots:n,attrs:r}=t,i=e.i18n||xC({useScope:e.scope,__useComponent:!0});return()=>{let a=()=>{let r=Object.keys(n).filter(e=>e[0]!==`_`),a=ub();e.locale&&(a.locale=e.locale),e.plural!==void 0&&(a.plural=Q(e.plural)?+e.plural:e.plural);let o=dC(t,r);return i[MC](e.keypath,o,a)},o=cb(ub(),r),s=Q(e.tag)||_b(e.tag)?e.tag:fC();return _b(s)?co(s,o,{default:a}):co(s,o,a())}}}),WC=/* @__PURE__ */ Rr({name:`i18n-n`,props:cb({value:{type:Number,required:!0},format:{type:[String,Object]}},HC),setup(e,t){let n=e.i18n||xC({useScope:e.scope,__useComponent:!0});return mC(e,t,HS,(...e)=>n[PC](...e))}}),GC=/* #__PURE__*/ tb(`global-vue-i18n`),KC=[`locale`,`fallbackLocale`,`availableLocales`],qC=[`t`,`rt`,`d`,`n`,`tm`,`te`],JC=/* @__PURE__ */ Rr({name:`i18n-d`,props:cb({value:{type:[Number,Date],required:!0},format:{type:[String,Object]}},HC),setup(e,t){let n=e.i18n||xC({useScope:e.scope,__useComponent:!0});return mC(e,t,VS,(...e)=>n[NC](...e))}}),ZS(),Vx(wx),Hx(zx),Ux(kx)}));function XC(e){return`model-manager.token:${e}`}function ZC(){try{return typeof localStorage<`u`?localStorage:null}catch{return null}}var QC,$C=t((()=>{q(),QC=class{key;storage;token=/* @__PURE__ */ N(null);askers=[];asking=null;constructor(e,t=ZC()){this.key=e,this.storage=t;try{this.token.value=t?.getItem(e)||null}catch{this.token.value=null}}get(){return this.token.value}set(e){this.token.value=e;try{this.storage?.setItem(this.key,e)}catch{}}forget(){this.token.value=null;try{this.storage?.removeItem(this.key)}catch{}}useAsker(e){return this.askers.push(e),()=>{this.askers=this.askers.filter(t=>t!==e)}}ask(e){if(!this.asking){let t=this.askers[this.askers.length-1]??(async e=>typeof window<`u`&&typeof window.prompt==`function`?window.prompt(e):null);this.asking=t(e).then(e=>{let t=e?.trim()||null;return t&&this.set(t),t}).finally(()=>{this.asking=null})}return this.asking}}}));function ew(e){let t=e.relativePath.split(`/`).map(encodeURIComponent).join(`/`);return`${encodeURIComponent(e.folder)}/${e.pathIndex}/${t}`}var tw,nw,rw,iw=t((()=>{tw=class extends Error{status;constructor(e,t){super(e),this.status=t,this.name=`ApiError`}},nw=3,rw=class{transport;tokens;constructor(e,t=null){this.transport=e,this.tokens=t}get mode(){return this.transport.mode}async request(e,t,n,r={}){return(await this.envelope(e,t,n,r)).data}async envelope(e,t,n,r={}){for(let i=1;;i++){let a={},o={method:e,headers:a};typeof Blob<`u`&&n instanceof Blob?(o.body=n,a[`Content-Type`]=n.type||`application/octet-stream`):n!==void 0&&(o.body=JSON.stringify(n),a[`Content-Type`]=`application/json`);let s=this.tokens?.get();s&&(a.Authorization=`Bearer ${s}`);let c;try{c=await this.transport.fetch(t,o)}catch(e){throw new tw(e instanceof Error?e.message:String(e),0)}let l=null;try{l=await c.json()}catch{l=null}if(c.ok&&l&&l.success!==!1)return l;let u=l?.error||`${c.status} ${c.statusText||`error`}`.trim();if(!(c.status===401&&this.tokens&&r.ask!==!1&&i<nw&&await this.tokens.ask(u)))throw new tw(u,c.status)}}listFolders(){return this.request(`GET`,`/model-manager/models`)}listModels(e){return this.request(`GET`,`/model-manager/models/${encodeURIComponent(e)}`)}async listModelsPage(e,t={}){let n=new URLSearchParams;t.fields?.length&&n.set(`fields`,t.fields.join(`,`)),n.set(`offset`,String(t.offset??0)),t.limit!==void 0&&n.set(`limit`,String(t.limit));let r=await this.envelope(`GET`,`/model-manager/models/${encodeURIComponent(e)}?${n}`);return{data:r.data,total:r.total,offset:r.offset,limit:r.limit??null,nextOffset:r.nextOffset??null}}initDownloads(e={}){return this.request(`POST`,`/model-manager/download/init`,void 0,e)}getAccess(){return this.request(`GET`,`/model-manager/access`,void 0,{ask:!1})}getAccessToken(){return this.request(`GET`,`/model-manager/access/token`,void 0,{ask:!1})}setSetting(e,t){return this.request(`POST`,`/model-manager/download/setting`,{key:e,value:t})}listTasks(){return this.request(`GET`,`/model-manager/download/task`)}createDownload(e){return this.request(`POST`,`/model-manager/download`,e)}setTaskStatus(e,t){return this.request(`PUT`,`/model-manager/download/${encodeURIComponent(e)}`,{status:t})}deleteTask(e){return this.request(`DELETE`,`/model-manager/download/${encodeURIComponent(e)}`)}getModel(e){return this.request(`GET`,`/model-manager/model/${ew(e)}`)}updateModel(e,t){return this.request(`PUT`,`/model-manager/model/${ew(e)}`,t)}deleteModel(e){return this.request(`DELETE`,`/model-manager/model/${ew(e)}`)}bulkModels(e,t,n){let r=t.map(({folder:e,pathIndex:t,relativePath:n})=>({folder:e,pathIndex:t,relativePath:n}));return this.request(`POST`,`/model-manager/models/bulk`,{action:e,models:r,...n?{target:n}:{}})}setPreview(e,t){return this.request(`PUT`,`/model-manager/preview/${ew(e)}`,t)}deletePreview(e){return this.request(`DELETE`,`/model-manager/preview/${ew(e)}`)}previewSrc(e,t=256,n=0){if(!e.previewUrl)return null;let r=e.previewUrl.includes(`?`)?`&`:`?`;return this.transport.url(`${e.previewUrl}${r}size=${t}${n?`&v=${n}`:``}`)}modelInfo(e){return this.request(`GET`,`/model-manager/model-info?url=${encodeURIComponent(e)}`)}startScan(e,t){return this.request(`POST`,`/model-manager/scan`,{folder:e,mode:t})}currentScan(){return this.request(`GET`,`/model-manager/scan`)}cancelScan(e){return this.request(`DELETE`,`/model-manager/scan/${encodeURIComponent(e)}`)}resolveWorkflow(e){return this.request(`POST`,`/model-manager/workflow/resolve`,e)}libraryHealth(){return this.request(`GET`,`/model-manager/library/health`)}deleteDuplicates(e,t){return this.request(`POST`,`/model-manager/library/health/duplicates/delete`,{sha256:e,delete:t.map(({folder:e,pathIndex:t,relativePath:n})=>({folder:e,pathIndex:t,relativePath:n}))})}redownloadBroken(e){let{folder:t,pathIndex:n,relativePath:r}=e;return this.request(`POST`,`/model-manager/library/health/redownload`,{folder:t,pathIndex:n,relativePath:r})}identifyModels(e=[]){return this.request(`POST`,`/model-manager/library/health/identify`,{models:e.map(({folder:e,pathIndex:t,relativePath:n})=>({folder:e,pathIndex:t,relativePath:n}))})}checkMissing(e){return this.request(`POST`,`/model-manager/models/missing`,{models:e})}listUpdates(){return this.request(`GET`,`/model-manager/updates`)}checkUpdates(e=!1){return this.request(`POST`,`/model-manager/updates/check`,e?{refresh:e}:{})}lastUpdateCheck(){return this.request(`GET`,`/model-manager/updates/check`)}}}));function aw(e,t){let n=/* @__PURE__ */ N(null),r=/* @__PURE__ */ N(null);async function i(){try{n.value=await e.getAccess(),r.value=n.value.local?(await e.getAccessToken()).token:null}catch{r.value=null}}async function a(){t.forget(),await i()}async function o(e){let n=await t.ask(e);return await i(),n!==null}return{info:n,localToken:r,kept:t.token,load:i,forget:a,enter:o}}var ow=t((()=>{q()}));function sw(e){return`descriptionHtml`in e}function cw(e){let t=e.lastIndexOf(`/`);return t===-1?{subfolder:``,filename:e}:{subfolder:e.slice(0,t),filename:e.slice(t+1)}}function lw(e,t,n=()=>{}){let r=/* @__PURE__ */ Pt(null),i=/* @__PURE__ */ N(!1),a=/* @__PURE__ */ N(!1),o=/* @__PURE__ */ N(!1),s=/* @__PURE__ */ N(null);async function c(t){a.value=!0,s.value=null;try{r.value=await e.getModel(t)}catch(e){s.value=e instanceof Error?e.message:String(e)}finally{a.value=!1}}async function l(e){i.value=!0,r.value=null,await c(uw(e))}function u(){i.value=!1}async function d(e){let t=r.value;if(!t)throw Error(`no model open`);o.value=!0,s.value=null;try{return await e(uw(t))}catch(e){throw s.value=e instanceof Error?e.message:String(e),e}finally{o.value=!1}}function f(e){sw(e)?r.value=e:r.value&&={...r.value,...e},t.applyFiles([e])}function p(t){return d(async n=>f(await e.updateModel(n,{description:t||null})))}function m(n){return d(async r=>{let i=await e.setPreview(r,n);t.bumpPreview(r),f(i)})}function h(n){return d(async r=>{let i=await e.updateModel(r,{previewUrl:n});t.bumpPreview(r),f(i)})}function g(){return d(async n=>{let r=await e.deletePreview(n);t.bumpPreview(n),f(r)})}function _(i){return d(async a=>{let o=await e.updateModel(a,{filename:i.filename,folder:i.folder,pathIndex:i.pathIndex,subfolder:i.subfolder});return t.replace(a,o),n(),r.value=sw(o)?o:await e.getModel(uw(o)),r.value})}function v(){return d(async a=>{let o=await e.deleteModel(a);return t.remove(a),n(),r.value=null,i.value=!1,o})}return{current:r,visible:i,loading:a,busy:o,error:s,open:l,close:u,reload:()=>r.value?c(uw(r.value)):Promise.resolve(),saveDescription:p,setPreviewFile:m,setPreviewUrl:h,removePreview:g,move:_,remove:v}}var uw,dw=t((()=>{q(),uw=e=>({folder:e.folder,pathIndex:e.pathIndex,relativePath:e.relativePath})}));function fw(e){let t=/* @__PURE__ */ N(null),n=/* @__PURE__ */ N(!1),r=/* @__PURE__ */ N(null),i=/* @__PURE__ */ St({}),a=/* @__PURE__ */ St({}),o=/* @__PURE__ */ N(null),s=K(()=>{let e=t.value;return{duplicates:e?.duplicates.length??0,broken:e?.broken.length??0,unidentified:e?.unidentified.length??0,unused:e?.unused.length??0}});async function c(){n.value=!0;try{t.value=await e.libraryHealth(),r.value=null;let n=new Set(t.value.duplicates.map(e=>e.sha256));for(let e of Object.keys(a))n.has(e)||delete a[e]}catch(e){r.value=e instanceof Error?e.message:String(e)}finally{n.value=!1}}function l(e,t){return(a[e.sha256]??[]).includes(pw(t))}function u(e,t){let n=a[e.sha256]??[],r=pw(t);a[e.sha256]=n.includes(r)?n.filter(e=>e!==r):[...n,r]}function d(e){let t=a[e.sha256]??[],n=e.copies.filter(e=>t.includes(pw(e))),r=e.copies.filter(e=>!t.includes(pw(e))),i=new Set(n.filter(e=>!e.isLink).map(e=>e.copy));return{copies:n,keepsOne:r.some(e=>!i.has(e.copy)),freed:i.size*e.sizeBytes}}async function f(t){let{copies:n}=d(t);if(!n.length)return null;i[t.sha256]=!0;try{let r=await e.deleteDuplicates(t.sha256,n);return delete a[t.sha256],await c(),r}finally{i[t.sha256]=!1}}async function p(t){let n=pw(t);i[n]=!0;try{let n=await e.redownloadBroken(t);return await c(),n}finally{i[n]=!1}}async function m(t=[]){i.identify=!0;try{return o.value=await e.identifyModels(t),await c(),o.value}finally{i.identify=!1}}return{report:t,loading:n,error:r,busy:i,chosen:a,counts:s,lastIdentify:o,load:c,isChosen:l,toggle:u,selection:d,deleteChosen:f,redownload:p,identify:m}}var pw,mw=t((()=>{q(),pw=e=>`${e.folder}/${e.pathIndex}/${e.relativePath}`}));function hw(e){return`${e.folder}\u0000${e.pathIndex}\u0000${e.relativePath}`}function gw(e){return e.extension&&!e.name.endsWith(e.extension)?e.name+e.extension:e.name}function _w(e){let t=Cw.get(e);return t===void 0&&(t=[e.name,e.relativePath,e.baseModel??``,...e.triggerWords??[]].join(`
`).toLowerCase(),Cw.set(e,t)),t}function vw(e,t,n=!1){let r=n?-1:1,i=(e,t)=>ww.compare(e.relativePath,t.relativePath),a;return a=t===`size`?(e,t)=>(e.sizeBytes-t.sizeBytes)*r||i(e,t):t===`date`?(e,t)=>(e.modifiedAt-t.modifiedAt)*r||i(e,t):(e,t)=>ww.compare(e.name,t.name)*r||i(e,t)||ww.compare(e.folder,t.folder),[...e].sort(a)}function yw(e,t){let n=t.query.trim().toLowerCase().split(/\s+/).filter(Boolean),{baseModel:r,architecture:i,hasPreview:a,folder:o}=t,s=o&&t.subfolder?t.subfolder.replace(/\/+$/,``)+`/`:``;return!n.length&&!r&&!i&&a===`any`&&!o?e:e.filter(e=>{if(o&&e.folder!==o||s&&!e.relativePath.startsWith(s)||r&&(e.baseModel??``)!==r||i&&(e.architecture??``)!==i||a===`yes`&&!e.hasPreview||a===`no`&&e.hasPreview)return!1;if(n.length){let t=_w(e);for(let e of n)if(!t.includes(e))return!1}return!0})}function bw(e,t=[]){let n=/* @__PURE__ */ new Map,r=(e,t,n,r)=>({node:{key:e,label:t,data:{folder:n,subfolder:r,count:0}},kids:/* @__PURE__ */ new Map});for(let e of t)n.set(e,r(e,e,e,``));for(let t of e){let e=n.get(t.folder);e||n.set(t.folder,e=r(t.folder,t.folder,t.folder,``)),e.node.data.count++;let i=t.relativePath.split(`/`),a=``;for(let n=0;n<i.length-1;n++){a=a?a+`/`+i[n]:i[n];let o=e.kids.get(i[n]);o||e.kids.set(i[n],o=r(t.folder+`/`+a,i[n],t.folder,a)),o.node.data.count++,e=o}}let i=e=>(e.kids.size&&(e.node.children=[...e.kids.values()].sort((e,t)=>ww.compare(e.node.label,t.node.label)).map(i)),e.node);return[...n.values()].map(i)}function xw(e,t){let n=/* @__PURE__ */ new Set;for(let r of e){let e=r[t];e&&n.add(e)}return[...n].sort((e,t)=>ww.compare(e,t))}var Sw,Cw,ww,Tw,Ew=t((()=>{Sw=()=>({query:``,baseModel:null,architecture:null,hasPreview:`any`,folder:null,subfolder:``}),Cw=/* @__PURE__ */ new WeakMap,ww=new Intl.Collator(void 0,{numeric:!0,sensitivity:`base`}),Tw={checkpoints:{node:`CheckpointLoaderSimple`,widget:`ckpt_name`},loras:{node:`LoraLoader`,widget:`lora_name`},vae:{node:`VAELoader`,widget:`vae_name`},text_encoders:{node:`CLIPLoader`,widget:`clip_name`},clip:{node:`CLIPLoader`,widget:`clip_name`},diffusion_models:{node:`UNETLoader`,widget:`unet_name`},unet:{node:`UNETLoader`,widget:`unet_name`},controlnet:{node:`ControlNetLoader`,widget:`control_net_name`},upscale_models:{node:`UpscaleModelLoader`,widget:`model_name`},clip_vision:{node:`CLIPVisionLoader`,widget:`clip_name`},style_models:{node:`StyleModelLoader`,widget:`style_model_name`},gligen:{node:`GLIGENLoader`,widget:`gligen_name`},hypernetworks:{node:`HypernetworkLoader`,widget:`hypernetwork_name`}}}));function Dw(e){for(let t of e)Mt(t);return e}function Ow(e){let t=globalThis.requestIdleCallback??(e=>setTimeout(e,50)),n=0,r=()=>{let i=Math.min(e.length,n+2e3);for(;n<i;n++)_w(e[n]);n<e.length&&t(r)};t(r)}function kw(e){let t=/* @__PURE__ */ N([]),n=/* @__PURE__ */ N(null),r=/* @__PURE__ */ Pt([]),i=/* @__PURE__ */ N(null),a=/* @__PURE__ */ N(!1),o=/* @__PURE__ */ N(null),s=/* @__PURE__ */ N(!1),c=/* @__PURE__ */ St(Sw()),l=/* @__PURE__ */ St({key:`name`,desc:!1}),u=/* @__PURE__ */ St({}),d=K(()=>vw(r.value,l.key,l.desc)),f=K(()=>yw(d.value,c)),p=K(()=>bw(r.value,i.value===`*`?t.value.map(e=>e.folder):i.value?[i.value]:[])),m=/* @__PURE__ */ N(`list`),h=/* @__PURE__ */ N(!1),g=K(()=>xw(r.value,`baseModel`)),_=K(()=>xw(r.value,`architecture`));async function v(){try{t.value=await e.listFolders(),n.value=null}catch(e){n.value=e instanceof Error?e.message:String(e)}}async function y(){t.value.length||await v();let n=t.value.map(e=>e.folder),r=Array(n.length),i=0,a=0;async function o(){for(;i<n.length;){let t=i++;try{r[t]=await e.listModels(n[t])}catch(e){if(e instanceof tw&&e.status===404)a++;else if(!(e instanceof tw&&(e.status===400||e.status===403)))throw e;r[t]=[]}}}if(await Promise.all(Array.from({length:Math.min(Aw,n.length)},o)),n.length&&a===n.length)throw new tw(`Not Found`,404);return r.flat()}let b=0;async function x(t){let n=++b;i.value=t,a.value=!0,o.value=null;try{let i=t===`*`?await y():await e.listModels(t);if(n!==b)return;r.value=Dw(i),s.value=!1,Ow(i)}catch(e){if(n!==b)return;r.value=[],e instanceof tw&&e.status===404?s.value=!0:o.value=e instanceof Error?e.message:String(e)}finally{n===b&&(a.value=!1)}}function S(){if(i.value)return x(i.value)}let C=e=>i.value===`*`||i.value===e.folder;function w(e){let t=e.filter(e=>e&&typeof e.relativePath==`string`&&C(e));if(!t.length)return 0;let n=new Map(t.map(e=>[hw(e),e])),i=r.value.map(e=>{let t=hw(e),r=n.get(t);return r?(n.delete(t),r):e});return i.push(...Dw([...n.values()])),r.value=i,t.length}function ee(e){let t=hw(e),n=r.value.filter(e=>hw(e)!==t);n.length!==r.value.length&&(r.value=n)}function T(e,t){ee(e),w([t])}async function E(t,n,i){let a=await e.bulkModels(t,n,i);if(t===`delete`||t===`move`){let e=new Set(a.results.filter(e=>e.ok).map(hw)),t=e.size?r.value.filter(t=>!e.has(hw(t))):r.value,n=a.results.flatMap(e=>e.ok&&e.model&&C(e.model)?[e.model]:[]);n.length&&(t=[...t,...Dw(n)]),t!==r.value&&(r.value=t)}return a}function D(e){let t=hw(e);u[t]=(u[t]??0)+1}function te(t,n=256){return e.previewSrc(t,n,u[hw(t)]??0)}return{folders:t,foldersError:n,models:r,modelsFolder:i,modelsLoading:a,modelsError:o,modelsUnavailable:s,filter:c,sort:l,sorted:d,filtered:f,tree:p,view:m,wide:h,baseModels:g,architectures:_,previewBust:u,loadFolders:v,loadModels:x,reload:S,applyFiles:w,remove:ee,replace:T,bulk:E,bumpPreview:D,previewSrc:te}}var Aw,jw=t((()=>{q(),iw(),Ew(),Aw=4}));function Mw(e=null){let t=null;return{get usesHost(){return e!==null},setFallback(e){t=e},add(n){let r={life:n.severity===`error`?6e3:3e3,...n};e?e(r):t?.(r)}}}var Nw=t((()=>{}));function Pw(e,t=null){let n=/* @__PURE__ */ N(null),r=/* @__PURE__ */ N(null),i=/* @__PURE__ */ N(null),a=/* @__PURE__ */ N(!1),o=[],s=K(()=>n.value?.status===`running`);function c(e){return{taskId:e,folder:null,mode:`diff`,status:`running`,progress:{done:0,total:0,current:null},results:{},error:null,startedAt:Date.now()/1e3,finishedAt:null}}function l(e,i){if(!i||typeof i!=`object`)return!1;if(e===`update_scan_task`){let e=i,a=e.task_id??e.taskId;if(typeof a!=`string`)return!1;Array.isArray(e.files)&&e.files.length&&t?.applyFiles(e.files),r.value&&r.value.taskId===a&&(n.value={...r.value,status:`running`,startedAt:Date.now()/1e3},r.value=null);let o=n.value&&n.value.taskId===a?n.value:c(a);return o.status===`running`&&(n.value={...o,progress:e.progress?{...e.progress}:o.progress},!0)}if(e===`complete_scan_task`){let e=i,a=e.task_id??e.taskId;if(typeof a!=`string`)return!1;if(r.value&&r.value.taskId===a&&(r.value=null),e.data&&typeof e.data==`object`)n.value={...e.data};else{let t=n.value&&n.value.taskId===a?n.value:c(a),{status:r,seconds:i,...o}=e.results??{};n.value={...t,status:typeof r==`string`?r:`completed`,results:Object.fromEntries(Object.entries(o).filter(([,e])=>typeof e==`number`)),finishedAt:Date.now()/1e3,progress:{...t.progress,current:null}}}return t?.reload(),!0}return!1}async function u(){try{let t=await e.currentScan();t&&n.value&&n.value.taskId===t.taskId&&n.value.status!==`running`||(n.value=t),i.value=null}catch(e){i.value=e instanceof Error?e.message:String(e)}}async function d(t,o){a.value=!0,i.value=null;try{let i=await e.startScan(t,o);if(i.status===`queued`){n.value&&n.value.taskId===i.taskId||(r.value=i);return}let a=n.value;a&&a.taskId===i.taskId&&a.status!==`running`||(n.value=i)}catch(e){i.value=e instanceof Error?e.message:String(e)}finally{a.value=!1}}async function f(){if(r.value)try{await e.cancelScan(r.value.taskId),r.value=null}catch(e){i.value=e instanceof Error?e.message:String(e)}}async function p(){if(n.value&&n.value.status===`running`)try{let t=await e.cancelScan(n.value.taskId);t&&typeof t==`object`&&`status`in t&&(n.value=t)}catch(e){i.value=e instanceof Error?e.message:String(e)}}function m(){if(!o.length){for(let t of Fw)o.push(e.transport.on(t,e=>l(t,e)));o.push(e.transport.onReconnect(()=>void u()))}}function h(){o.forEach(e=>e()),o=[]}return{task:n,queued:r,error:i,starting:a,running:s,applyEvent:l,load:u,start:d,cancel:p,cancelQueued:f,attach:m,detach:h}}var Fw,Iw=t((()=>{q(),Fw=[`update_scan_task`,`complete_scan_task`]}));function Lw(e){let t=/* @__PURE__ */ N(null),n=/* @__PURE__ */ N(null),r=/* @__PURE__ */ N(!1);async function i(i=!1){try{t.value=(await e.initDownloads({ask:i})).settings,n.value=null,r.value=!1}catch(e){n.value=e instanceof Error?e.message:String(e),r.value=e instanceof tw&&e.status===401}}async function a(n,r){t.value=await e.setSetting(n,r)}return{settings:t,error:n,needsToken:r,load:i,set:a}}var Rw=t((()=>{q(),iw()})),zw,Bw=t((()=>{zw=[`create_download_task`,`update_download_task`,`complete_download_task`,`error_download_task`,`delete_download_task`]}));function Vw(e){let t=/* @__PURE__ */ N([]),n=/* @__PURE__ */ N(!1),r=/* @__PURE__ */ N(null),i=[],a=e=>t.value.findIndex(t=>t.taskId===e);function o(){t.value.sort((e,t)=>t.createdAt-e.createdAt)}function s(e){let n=a(e.taskId);n===-1?(t.value.push(e),o()):(e.updatedAt??0)>=(t.value[n].updatedAt??0)&&(t.value[n]=e)}function c(e){let n=a(e);n!==-1&&t.value.splice(n,1)}function l(e,t){let n=t;if(!n||typeof n.taskId!=`string`)return!1;switch(e){case`delete_download_task`:{let e=a(n.taskId)!==-1;return c(n.taskId),e}case`update_download_task`:return!n.data||a(n.taskId)===-1?!1:(s({...n.data,taskId:n.taskId}),!0);case`create_download_task`:case`complete_download_task`:case`error_download_task`:return n.data?(s({...n.data,taskId:n.taskId}),!0):!1;default:return!1}}async function u(){try{let n=await e.listTasks(),i=new Map(n.map(e=>[e.taskId,e]));for(let e of t.value){let t=i.get(e.taskId);t&&e.updatedAt>t.updatedAt&&i.set(e.taskId,e)}t.value=[...i.values()],o(),r.value=null}catch(e){r.value=e instanceof Error?e.message:String(e)}finally{n.value=!0}}function d(){if(!i.length){for(let t of zw)i.push(e.transport.on(t,e=>l(t,e)));i.push(e.transport.onReconnect(()=>void u()))}}function f(){i.forEach(e=>e()),i=[]}async function p(t){s(await e.setTaskStatus(t,`pause`))}async function m(t){s(await e.setTaskStatus(t,`resume`))}async function h(t){await e.deleteTask(t),c(t)}async function g(...t){let n=await e.createDownload(...t);return s(n),n}return{tasks:t,loaded:n,loadError:r,activeCount:K(()=>t.value.filter(e=>Hw.has(e.status)).length),applyEvent:l,load:u,attach:d,detach:f,pause:p,resume:m,destroy:h,create:g}}var Hw,Uw=t((()=>{q(),Bw(),Hw=/* @__PURE__ */ new Set([`queued`,`running`,`verifying`])}));function Ww(e,t={}){let n=/* @__PURE__ */ N([]),r=/* @__PURE__ */ N(null),i=/* @__PURE__ */ N(!1),a=/* @__PURE__ */ N(null),o=/* @__PURE__ */ St({}),s=t.pollMs??1500,c=t.createDownload??(t=>e.createDownload(t)),l=/* @__PURE__ */ new Set,u=[],d=null,f=K(()=>r.value?.status===`running`),p=K(()=>n.value.length);function m(e){return e.sort((e,t)=>(t.foundAt??0)-(e.foundAt??0))}function h(e){let t=new Map(n.value.map(e=>[Gw(e),e]));for(let n of e){let e=t.get(Gw(n));e&&e.newestVersionId!==n.newestVersionId&&delete o[Gw(n)],t.set(Gw(n),n)}n.value=m([...t.values()])}async function g(){try{n.value=m(await e.listUpdates()),a.value=null}catch(e){a.value=e instanceof Error?e.message:String(e)}finally{i.value=!0}}function _(){d&&clearTimeout(d),d=null}function v(){_(),d=setTimeout(()=>{d=null,y()},s)}async function y(){try{let t=await e.lastUpdateCheck(),n=f.value;r.value=t,t?.status===`running`?v():n&&await g()}catch{f.value&&v()}}async function b(){await Promise.all([g(),e.lastUpdateCheck().then(e=>{r.value=e,e?.status===`running`&&v()}).catch(()=>void 0)])}async function x(t=!1){try{r.value=await e.checkUpdates(t),a.value=null,r.value?.status===`running`?v():await g()}catch(e){throw a.value=e instanceof Error?e.message:String(e),e}}async function S(e){let t=Gw(e);o[t]||(o[t]={state:`idle`});let n=o[t];if(n.state!==`sending`&&n.state!==`queued`){n.state=`sending`,n.error=void 0;try{let t=await c({...e.download});n.state=`queued`,n.taskId=t?.taskId}catch(e){n.state=`error`,n.error=e instanceof Error?e.message:String(e)}}}function C(e){let t=e?.updates;if(!Array.isArray(t))return[];let n=t.filter(e=>!!e&&typeof e==`object`&&typeof e.relativePath==`string`&&typeof e.folder==`string`);return n.length&&(h(n),l.forEach(e=>e(n))),n}function w(e){return l.add(e),()=>l.delete(e)}function ee(){u.length||(u.push(e.transport.on(`update_available`,e=>C(e))),u.push(e.transport.onReconnect(()=>void b())))}function T(){u.forEach(e=>e()),u=[],_()}return{updates:n,check:r,loaded:i,error:a,rows:o,running:f,count:p,load:b,checkNow:x,download:S,applyEvent:C,onAvailable:w,attach:ee,detach:T}}var Gw,Kw=t((()=>{q(),Gw=e=>`${e.folder}/${e.pathIndex}/${e.relativePath}`}));function qw(e,t){let n=e.name.lastIndexOf(`/`);return{url:t.url,folder:e.directory??t.directory??`auto`,subfolder:n>=0?e.name.slice(0,n):``,filename:n>=0?e.name.slice(n+1):e.name,pathIndex:0,sha256:t.sha256??null,size:t.source===`huggingface`&&t.sizeBytes?t.sizeBytes:null}}function Jw(e,t={},n={}){let r=/* @__PURE__ */ St({items:[],rows:{},loading:!1,error:null,workflow:null}),i=n.recheckDelayMs??400,a=/* @__PURE__ */ new Map,o=/* @__PURE__ */ new Map,s=null,c=0,l=null,u=[],d=e=>`${e.directory??`?`}/${e.name}`,f=e=>{let t=d(e);return r.rows[t]||(r.rows[t]={state:`idle`,choice:0}),r.rows[t]};function p(e,t){let n=r.rows;r.items=e.models;let i={};for(let r of e.models){let e=t?n[d(r)]:void 0;e&&r.status===`present`?i[d(r)]={...e,state:`done`,progress:1,error:void 0}:e&&e.state===`done`&&!e.fixed?i[d(r)]={...e,state:`error`}:i[d(r)]=e??{state:r.status===`present`?`done`:`idle`,choice:0}}r.rows=i,e.workflow!==void 0&&(r.workflow=e.workflow)}async function m(t,n=!0){let i=++c;r.loading=!0,r.error=null;try{let r=await e.resolveWorkflow({...t,online:n});return i===c&&(s=r.workflow===void 0?t:{workflow:r.workflow,nodeFolders:t.nodeFolders},a.clear(),p(r,!1),!0)}catch(e){return i===c&&(r.error=e instanceof Error?e.message:String(e)),!1}finally{i===c&&(r.loading=!1)}}async function h(){if(s)try{p(await e.resolveWorkflow({...s,online:!1}),!0)}catch(e){console.warn(`[ModelManager] workflow re-check failed`,e)}}function g(){l&&clearTimeout(l),l=setTimeout(()=>{l=null,h()},i)}function _(e,t,n){let i=a.get(e);if(!i){o.set(e,{kind:t,error:n}),o.size>200&&o.delete(o.keys().next().value);return}let s=r.rows[i];s&&(t===`done`?(s.state=`done`,s.progress=1,s.fixed=`downloaded`,g()):(s.state=`error`,s.error=n||void 0))}function v(e,t){let n=t;if(n&&typeof n.taskId==`string`){if(e===`complete_download_task`)_(n.taskId,`done`);else if(e===`error_download_task`)_(n.taskId,`error`,n.data?.error??void 0);else if(e===`update_download_task`){let e=r.rows[a.get(n.taskId)??``];e&&e.state===`queued`&&(e.progress=n.data?.progress??null)}else if(e===`delete_download_task`){let e=a.get(n.taskId),t=e?r.rows[e]:void 0;a.delete(n.taskId),t&&t.state===`queued`&&Object.assign(t,{state:`idle`,taskId:void 0,progress:void 0})}}}function y(){if(!u.length)for(let t of[`complete_download_task`,`error_download_task`,`update_download_task`,`delete_download_task`])u.push(e.transport.on(t,e=>v(t,e)));return b}function b(){u.forEach(e=>e()),u=[],l&&clearTimeout(l),l=null}let x=e=>e.candidates[f(e).choice]??e.candidates[0];async function S(t,n){let r=f(t);typeof n==`number`&&(r.choice=n);let i=x(t);if(i&&r.state!==`sending`&&r.state!==`queued`&&r.state!==`done`){r.state=`sending`,r.error=void 0,r.progress=void 0;try{let n=await e.createDownload(qw(t,i));if(r.state=`queued`,r.taskId=n?.taskId,n?.taskId){a.set(n.taskId,d(t));let e=o.get(n.taskId);o.delete(n.taskId),e?_(n.taskId,e.kind,e.error):n.status===`completed`&&_(n.taskId,`done`)}}catch(e){r.state=`error`,r.error=e instanceof Error?e.message:String(e)}}}let C=K(()=>typeof t.relink==`function`);function w(e){if(e.status!==`relink`||!e.foundAt||!t.relink)return!1;let n=f(e);return t.relink(e.name,e.foundAt.relativePath)>0?(n.state=`done`,n.fixed=`relinked`,n.error=void 0,!0):(n.state=`error`,!1)}let ee=e=>[`idle`,`error`].includes(f(e).state),T=K(()=>r.items.filter(e=>e.status===`download`&&ee(e)&&(e.candidates[0]?.confidence??0)>=.8)),E=K(()=>r.items.filter(e=>e.status===`relink`&&ee(e))),D=K(()=>r.items.filter(e=>e.status!==`present`)),te=K(()=>D.value.length>0&&D.value.every(e=>r.rows[d(e)]?.state===`done`));async function ne(){await Promise.all(T.value.map(e=>S(e)))}function O(){return E.value.filter(e=>w(e)).length}function k(){let e=/* @__PURE__ */ new Map;for(let t of r.items)t.link?.url&&t.link.sha256&&t.directory&&e.set(t.name,{url:t.link.url,directory:t.directory,sha256:t.link.sha256});return e}return{state:r,keyOf:d,rowOf:f,chosen:x,resolve:m,recheck:h,download:S,downloadAll:ne,relink:w,relinkAll:O,canRelink:C,attach:y,detach:b,onEvent:v,pending:T,relinkable:E,needing:D,allDone:te,knownLinks:k}}var Yw=t((()=>{q()}));function Xw(e){let t=e.url(`/model-manager/`);try{return new URL(t,typeof location<`u`?location.href:`http://localhost/`).href}catch{return t}}function Zw(e,t=null,n=null,r=new QC(XC(Xw(e)))){let i=new rw(e,r),a=kw(i),o=Vw(i);return{api:i,host:n,tasks:o,updates:Ww(i,{createDownload:e=>o.create(e)}),models:a,scan:Pw(i,a),detail:lw(i,a,()=>n?.refreshModels()),settings:Lw(i),workflow:Jw(i,{relink:n?.relinkModel?(e,t)=>n.relinkModel(e,t):void 0}),health:fw(i),access:aw(i,r),notify:Mw(t)}}function Qw(e,t=800){let n=null,r=e.api.transport.on(`complete_download_task`,()=>{n&&clearTimeout(n),n=setTimeout(()=>{n=null,e.models.modelsFolder.value&&e.models.reload(),e.host?.refreshModels()},t)});return()=>{r(),n&&clearTimeout(n)}}function $w(e,t){let n=e=>{let t=e?.data;return t?.filename||t?.url||``},r=[e.api.transport.on(`complete_download_task`,r=>e.notify.add({severity:`success`,summary:t(`finishedToast`),detail:n(r)})),e.api.transport.on(`error_download_task`,r=>e.notify.add({severity:`error`,summary:t(`failedToast`),detail:[n(r),r?.data?.error].filter(Boolean).join(`: `)}))];return()=>r.forEach(e=>e())}function eT(e,t){return e.updates.attach(),e.updates.onAvailable(n=>{let r=[...new Set(n.map(e=>e.modelName))],i=r.slice(0,3).join(`, `)+(r.length>3?`, …`:``);e.notify.add({severity:`info`,...t(n.length,i),life:8e3})})}function tT(){let e=gr(rT);if(!e)throw Error(`Model Manager context missing`);return e}var nT,rT,iT=t((()=>{q(),$C(),iw(),ow(),dw(),mw(),jw(),Nw(),Iw(),Rw(),Uw(),Kw(),Yw(),nT=`application/x-model-manager-model`,rT=Symbol(`model-manager`)})),aT,oT=t((()=>{aT=`
    .p-message {
        display: grid;
        grid-template-rows: 1fr;
        border-radius: dt('message.border.radius');
        outline-width: dt('message.border.width');
        outline-style: solid;
    }

    .p-message-content-wrapper {
        min-height: 0;
    }

    .p-message-content {
        display: flex;
        align-items: center;
        padding: dt('message.content.padding');
        gap: dt('message.content.gap');
    }

    .p-message-icon {
        flex-shrink: 0;
    }

    .p-message-close-button {
        display: flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;
        margin-inline-start: auto;
        overflow: hidden;
        position: relative;
        width: dt('message.close.button.width');
        height: dt('message.close.button.height');
        border-radius: dt('message.close.button.border.radius');
        background: transparent;
        transition:
            background dt('message.transition.duration'),
            color dt('message.transition.duration'),
            outline-color dt('message.transition.duration'),
            box-shadow dt('message.transition.duration'),
            opacity 0.3s;
        outline-color: transparent;
        color: inherit;
        padding: 0;
        border: none;
        cursor: pointer;
        user-select: none;
    }

    .p-message-close-icon {
        font-size: dt('message.close.icon.size');
        width: dt('message.close.icon.size');
        height: dt('message.close.icon.size');
    }

    .p-message-close-button:focus-visible {
        outline-width: dt('message.close.button.focus.ring.width');
        outline-style: dt('message.close.button.focus.ring.style');
        outline-offset: dt('message.close.button.focus.ring.offset');
    }

    .p-message-info {
        background: dt('message.info.background');
        outline-color: dt('message.info.border.color');
        color: dt('message.info.color');
        box-shadow: dt('message.info.shadow');
    }

    .p-message-info .p-message-close-button:focus-visible {
        outline-color: dt('message.info.close.button.focus.ring.color');
        box-shadow: dt('message.info.close.button.focus.ring.shadow');
    }

    .p-message-info .p-message-close-button:hover {
        background: dt('message.info.close.button.hover.background');
    }

    .p-message-info.p-message-outlined {
        color: dt('message.info.outlined.color');
        outline-color: dt('message.info.outlined.border.color');
    }

    .p-message-info.p-message-simple {
        color: dt('message.info.simple.color');
    }

    .p-message-success {
        background: dt('message.success.background');
        outline-color: dt('message.success.border.color');
        color: dt('message.success.color');
        box-shadow: dt('message.success.shadow');
    }

    .p-message-success .p-message-close-button:focus-visible {
        outline-color: dt('message.success.close.button.focus.ring.color');
        box-shadow: dt('message.success.close.button.focus.ring.shadow');
    }

    .p-message-success .p-message-close-button:hover {
        background: dt('message.success.close.button.hover.background');
    }

    .p-message-success.p-message-outlined {
        color: dt('message.success.outlined.color');
        outline-color: dt('message.success.outlined.border.color');
    }

    .p-message-success.p-message-simple {
        color: dt('message.success.simple.color');
    }

    .p-message-warn {
        background: dt('message.warn.background');
        outline-color: dt('message.warn.border.color');
        color: dt('message.warn.color');
        box-shadow: dt('message.warn.shadow');
    }

    .p-message-warn .p-message-close-button:focus-visible {
        outline-color: dt('message.warn.close.button.focus.ring.color');
        box-shadow: dt('message.warn.close.button.focus.ring.shadow');
    }

    .p-message-warn .p-message-close-button:hover {
        background: dt('message.warn.close.button.hover.background');
    }

    .p-message-warn.p-message-outlined {
        color: dt('message.warn.outlined.color');
        outline-color: dt('message.warn.outlined.border.color');
    }

    .p-message-warn.p-message-simple {
        color: dt('message.warn.simple.color');
    }

    .p-message-error {
        background: dt('message.error.background');
        outline-color: dt('message.error.border.color');
        color: dt('message.error.color');
        box-shadow: dt('message.error.shadow');
    }

    .p-message-error .p-message-close-button:focus-visible {
        outline-color: dt('message.error.close.button.focus.ring.color');
        box-shadow: dt('message.error.close.button.focus.ring.shadow');
    }

    .p-message-error .p-message-close-button:hover {
        background: dt('message.error.close.button.hover.background');
    }

    .p-message-error.p-message-outlined {
        color: dt('message.error.outlined.color');
        outline-color: dt('message.error.outlined.border.color');
    }

    .p-message-error.p-message-simple {
        color: dt('message.error.simple.color');
    }

    .p-message-secondary {
        background: dt('message.secondary.background');
        outline-color: dt('message.secondary.border.color');
        color: dt('message.secondary.color');
        box-shadow: dt('message.secondary.shadow');
    }

    .p-message-secondary .p-message-close-button:focus-visible {
        outline-color: dt('message.secondary.close.button.focus.ring.color');
        box-shadow: dt('message.secondary.close.button.focus.ring.shadow');
    }

    .p-message-secondary .p-message-close-button:hover {
        background: dt('message.secondary.close.button.hover.background');
    }

    .p-message-secondary.p-message-outlined {
        color: dt('message.secondary.outlined.color');
        outline-color: dt('message.secondary.outlined.border.color');
    }

    .p-message-secondary.p-message-simple {
        color: dt('message.secondary.simple.color');
    }

    .p-message-contrast {
        background: dt('message.contrast.background');
        outline-color: dt('message.contrast.border.color');
        color: dt('message.contrast.color');
        box-shadow: dt('message.contrast.shadow');
    }

    .p-message-contrast .p-message-close-button:focus-visible {
        outline-color: dt('message.contrast.close.button.focus.ring.color');
        box-shadow: dt('message.contrast.close.button.focus.ring.shadow');
    }

    .p-message-contrast .p-message-close-button:hover {
        background: dt('message.contrast.close.button.hover.background');
    }

    .p-message-contrast.p-message-outlined {
        color: dt('message.contrast.outlined.color');
        outline-color: dt('message.contrast.outlined.border.color');
    }

    .p-message-contrast.p-message-simple {
        color: dt('message.contrast.simple.color');
    }

    .p-message-text {
        font-size: dt('message.text.font.size');
        font-weight: dt('message.text.font.weight');
    }

    .p-message-icon {
        font-size: dt('message.icon.size');
        width: dt('message.icon.size');
        height: dt('message.icon.size');
    }

    .p-message-sm .p-message-content {
        padding: dt('message.content.sm.padding');
    }

    .p-message-sm .p-message-text {
        font-size: dt('message.text.sm.font.size');
    }

    .p-message-sm .p-message-icon {
        font-size: dt('message.icon.sm.size');
        width: dt('message.icon.sm.size');
        height: dt('message.icon.sm.size');
    }

    .p-message-sm .p-message-close-icon {
        font-size: dt('message.close.icon.sm.size');
        width: dt('message.close.icon.sm.size');
        height: dt('message.close.icon.sm.size');
    }

    .p-message-lg .p-message-content {
        padding: dt('message.content.lg.padding');
    }

    .p-message-lg .p-message-text {
        font-size: dt('message.text.lg.font.size');
    }

    .p-message-lg .p-message-icon {
        font-size: dt('message.icon.lg.size');
        width: dt('message.icon.lg.size');
        height: dt('message.icon.lg.size');
    }

    .p-message-lg .p-message-close-icon {
        font-size: dt('message.close.icon.lg.size');
        width: dt('message.close.icon.lg.size');
        height: dt('message.close.icon.lg.size');
    }

    .p-message-outlined {
        background: transparent;
        outline-width: dt('message.outlined.border.width');
    }

    .p-message-simple {
        background: transparent;
        outline-color: transparent;
        box-shadow: none;
    }

    .p-message-simple .p-message-content {
        padding: dt('message.simple.content.padding');
    }

    .p-message-outlined .p-message-close-button:hover,
    .p-message-simple .p-message-close-button:hover {
        background: transparent;
    }

    .p-message-enter-active {
        animation: p-animate-message-enter 0.3s ease-out forwards;
        overflow: hidden;
    }

    .p-message-leave-active {
        animation: p-animate-message-leave 0.15s ease-in forwards;
        overflow: hidden;
    }

    @keyframes p-animate-message-enter {
        from {
            opacity: 0;
            grid-template-rows: 0fr;
        }
        to {
            opacity: 1;
            grid-template-rows: 1fr;
        }
    }

    @keyframes p-animate-message-leave {
        from {
            opacity: 1;
            grid-template-rows: 1fr;
        }
        to {
            opacity: 0;
            margin: 0;
            grid-template-rows: 0fr;
        }
    }
`})),sT,cT=t((()=>{oT(),cm(),sT=Y.extend({name:`message`,style:aT,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}})}));function lT(e){"@babel/helpers - typeof";return lT=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},lT(e)}function uT(e,t,n){return(t=dT(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function dT(e){var t=fT(e,`string`);return lT(t)==`symbol`?t:t+``}function fT(e,t){if(lT(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(lT(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function pT(e){"@babel/helpers - typeof";return pT=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},pT(e)}function mT(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function hT(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?mT(Object(n),!0).forEach(function(t){gT(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):mT(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function gT(e,t,n){return(t=_T(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function _T(e){var t=vT(e,`string`);return pT(t)==`symbol`?t:t+``}function vT(e,t){if(pT(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(pT(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function yT(e,t,n,r,i,a){var o=di(`TimesIcon`),s=pi(`ripple`);return L(),z(Yl,U({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:F(function(){return[i.visible?(L(),R(`div`,U({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`root`)),[B(`div`,U({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?I(e.$slots,`container`,{key:0,closeCallback:a.close}):(L(),R(`div`,U({key:1,class:e.cx(`content`),"data-p":a.dataP},e.ptm(`content`)),[I(e.$slots,`icon`,{class:f(e.cx(`icon`))},function(){return[(L(),z(fi(e.icon?`span`:null),U({class:[e.cx(`icon`),e.icon],"data-p":a.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(L(),R(`div`,U({key:0,class:e.cx(`text`),"data-p":a.dataP},e.ptm(`text`)),[I(e.$slots,`default`)],16,wT)):H(``,!0),e.closable?pr((L(),R(`button`,U({key:1,class:e.cx(`closeButton`),"aria-label":a.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return a.close(e)},"data-p":a.dataP},hT(hT({},e.closeButtonProps),e.ptm(`closeButton`))),[I(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(L(),R(`i`,U({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,ET)):(L(),z(o,U({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,TT)),[[s]]):H(``,!0)],16,CT))],16)],16,ST)):H(``,!0)]}),_:3},16)}var bT,xT,ST,CT,wT,TT,ET,DT=t((()=>{Mf(),dg(),Lh(),Dm(),cT(),q(),bT={name:`BaseMessage`,extends:Em,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:sT,provide:function(){return{$pcMessage:this,$parentInstance:this}}},xT={name:`Message`,extends:bT,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return Qu(uT(uT({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:Ih},components:{TimesIcon:ug}},ST=[`data-p`],CT=[`data-p`],wT=[`data-p`],TT=[`aria-label`,`data-p`],ET=[`data-p`],xT.render=yT})),OT,kT=t((()=>{OT=`
    .p-progressbar {
        display: block;
        position: relative;
        overflow: hidden;
        height: dt('progressbar.height');
        background: dt('progressbar.background');
        border-radius: dt('progressbar.border.radius');
    }

    .p-progressbar-value {
        margin: 0;
        background: dt('progressbar.value.background');
    }

    .p-progressbar-label {
        color: dt('progressbar.label.color');
        font-size: dt('progressbar.label.font.size');
        font-weight: dt('progressbar.label.font.weight');
    }

    .p-progressbar-determinate .p-progressbar-value {
        height: 100%;
        width: 0%;
        position: absolute;
        display: none;
        display: flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        transition: width 1s ease-in-out;
    }

    .p-progressbar-determinate .p-progressbar-label {
        display: inline-flex;
    }

    .p-progressbar-indeterminate .p-progressbar-value::before {
        content: '';
        position: absolute;
        background: inherit;
        inset-block-start: 0;
        inset-inline-start: 0;
        inset-block-end: 0;
        will-change: inset-inline-start, inset-inline-end;
        animation: p-progressbar-indeterminate-anim 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;
    }

    .p-progressbar-indeterminate .p-progressbar-value::after {
        content: '';
        position: absolute;
        background: inherit;
        inset-block-start: 0;
        inset-inline-start: 0;
        inset-block-end: 0;
        will-change: inset-inline-start, inset-inline-end;
        animation: p-progressbar-indeterminate-anim-short 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) infinite;
        animation-delay: 1.15s;
    }

    @keyframes p-progressbar-indeterminate-anim {
        0% {
            inset-inline-start: -35%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
        100% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
    }
    @-webkit-keyframes p-progressbar-indeterminate-anim {
        0% {
            inset-inline-start: -35%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
        100% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
    }

    @keyframes p-progressbar-indeterminate-anim-short {
        0% {
            inset-inline-start: -200%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
        100% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
    }
    @-webkit-keyframes p-progressbar-indeterminate-anim-short {
        0% {
            inset-inline-start: -200%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
        100% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
    }
`})),AT,jT=t((()=>{kT(),cm(),AT=Y.extend({name:`progressbar`,style:OT,classes:{root:function(e){var t=e.instance;return[`p-progressbar p-component`,{"p-progressbar-determinate":t.determinate,"p-progressbar-indeterminate":t.indeterminate}]},value:`p-progressbar-value`,label:`p-progressbar-label`}})}));function MT(e,t,n,r,i,a){return L(),R(`div`,U({role:`progressbar`,class:e.cx(`root`),"aria-valuemin":`0`,"aria-valuenow":e.value,"aria-valuemax":`100`,"data-p":a.dataP},e.ptmi(`root`)),[a.determinate?(L(),R(`div`,U({key:0,class:e.cx(`value`),style:a.progressStyle,"data-p":a.dataP},e.ptm(`value`)),[e.value!=null&&e.value!==0&&e.showValue?(L(),R(`div`,U({key:0,class:e.cx(`label`),"data-p":a.dataP},e.ptm(`label`)),[I(e.$slots,`default`,{},function(){return[V(M(e.value+`%`),1)]})],16,IT)):H(``,!0)],16,FT)):a.indeterminate?(L(),R(`div`,U({key:1,class:e.cx(`value`),"data-p":a.dataP},e.ptm(`value`)),null,16,LT)):H(``,!0)],16,PT)}var NT,PT,FT,IT,LT,RT=t((()=>{Mf(),Dm(),jT(),q(),NT={name:`ProgressBar`,extends:{name:`BaseProgressBar`,extends:Em,props:{value:{type:Number,default:null},mode:{type:String,default:`determinate`},showValue:{type:Boolean,default:!0}},style:AT,provide:function(){return{$pcProgressBar:this,$parentInstance:this}}},inheritAttrs:!1,computed:{progressStyle:function(){return{width:this.value+`%`,display:`flex`}},indeterminate:function(){return this.mode===`indeterminate`},determinate:function(){return this.mode===`determinate`},dataP:function(){return Qu({determinate:this.determinate,indeterminate:this.indeterminate})}}},PT=[`aria-valuenow`,`data-p`],FT=[`data-p`],IT=[`data-p`],LT=[`data-p`],NT.render=MT})),zT,BT=t((()=>{zT=`
    .p-tag {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        background: dt('tag.primary.background');
        color: dt('tag.primary.color');
        font-size: dt('tag.font.size');
        font-weight: dt('tag.font.weight');
        padding: dt('tag.padding');
        border-radius: dt('tag.border.radius');
        gap: dt('tag.gap');
    }

    .p-tag-icon {
        font-size: dt('tag.icon.size');
        width: dt('tag.icon.size');
        height: dt('tag.icon.size');
    }

    .p-tag-rounded {
        border-radius: dt('tag.rounded.border.radius');
    }

    .p-tag-success {
        background: dt('tag.success.background');
        color: dt('tag.success.color');
    }

    .p-tag-info {
        background: dt('tag.info.background');
        color: dt('tag.info.color');
    }

    .p-tag-warn {
        background: dt('tag.warn.background');
        color: dt('tag.warn.color');
    }

    .p-tag-danger {
        background: dt('tag.danger.background');
        color: dt('tag.danger.color');
    }

    .p-tag-secondary {
        background: dt('tag.secondary.background');
        color: dt('tag.secondary.color');
    }

    .p-tag-contrast {
        background: dt('tag.contrast.background');
        color: dt('tag.contrast.color');
    }
`})),VT,HT=t((()=>{BT(),cm(),VT=Y.extend({name:`tag`,style:zT,classes:{root:function(e){var t=e.props;return[`p-tag p-component`,{"p-tag-info":t.severity===`info`,"p-tag-success":t.severity===`success`,"p-tag-warn":t.severity===`warn`,"p-tag-danger":t.severity===`danger`,"p-tag-secondary":t.severity===`secondary`,"p-tag-contrast":t.severity===`contrast`,"p-tag-rounded":t.rounded}]},icon:`p-tag-icon`,label:`p-tag-label`}})}));function UT(e){"@babel/helpers - typeof";return UT=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},UT(e)}function WT(e,t,n){return(t=GT(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function GT(e){var t=KT(e,`string`);return UT(t)==`symbol`?t:t+``}function KT(e,t){if(UT(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(UT(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function qT(e,t,n,r,i,a){return L(),R(`span`,U({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.icon?(L(),z(fi(e.$slots.icon),U({key:0,class:e.cx(`icon`)},e.ptm(`icon`)),null,16,[`class`])):e.icon?(L(),R(`span`,U({key:1,class:[e.cx(`icon`),e.icon]},e.ptm(`icon`)),null,16)):H(``,!0),e.value!=null||e.$slots.default?I(e.$slots,`default`,{key:2},function(){return[B(`span`,U({class:e.cx(`label`)},e.ptm(`label`)),M(e.value),17)]}):H(``,!0)],16,XT)}var JT,YT,XT,ZT=t((()=>{Mf(),Dm(),HT(),q(),JT={name:`BaseTag`,extends:Em,props:{value:null,severity:null,rounded:Boolean,icon:String},style:VT,provide:function(){return{$pcTag:this,$parentInstance:this}}},YT={name:`Tag`,extends:JT,inheritAttrs:!1,computed:{dataP:function(){return Qu(WT({rounded:this.rounded},this.severity,this.severity))}}},XT=[`data-p`],YT.render=qT}));function QT(){var e=gr($T);if(!e)throw Error(`No PrimeVue Confirmation provided!`);return e}var $T,eE=t((()=>{q(),$T=Symbol()}));function tE(e){if(e==null||!Number.isFinite(e))return`?`;let t=Math.max(0,e),n=0;for(;t>=1024&&n<oE.length-1;)t/=1024,n++;return`${n===0?t.toFixed(0):t.toFixed(t>=100?0:1)} ${oE[n]}`}function nE(e){return e?`${tE(e)}/s`:`–`}function rE(e){if(e==null||!Number.isFinite(e)||e<0)return`–`;let t=Math.round(e),n=Math.floor(t/3600),r=Math.floor(t%3600/60),i=t%60,a=e=>String(e).padStart(2,`0`);return n>0?`${n}:${a(r)}:${a(i)}`:`${r}:${a(i)}`}function iE(e,t){return e?(/* @__PURE__ */ new Date(e*1e3)).toLocaleString(t):`–`}function aE(e){if(e.filename)return e.filename;try{let t=new URL(e.url).pathname.split(`/`).filter(Boolean).pop();return t?decodeURIComponent(t):e.url}catch{return e.url}}var oE,sE=t((()=>{oE=[`B`,`KB`,`MB`,`GB`,`TB`]})),cE,lE,uE,dE,fE,pE,mE,hE,gE,_E,vE,yE,bE,xE,SE,CE,wE=t((()=>{q(),eg(),DT(),RT(),ZT(),eE(),YC(),iT(),sE(),cE={class:`mm-downloads`,"data-testid":`downloads`},lE={class:`mm-toolbar`},uE={class:`mm-muted`},dE={key:1,class:`mm-empty`,"data-testid":`tasks-empty`},fE={class:`mm-task-list`},pE=[`data-task-id`,`data-status`],mE={class:`mm-task-head`},hE=[`title`],gE={class:`mm-task-target mm-muted`},_E={class:`mm-task-facts mm-muted`},vE={"data-testid":`task-bytes`},yE={"data-testid":`task-speed`},bE={"data-testid":`task-eta`},xE={key:0,class:`mm-error`,"data-testid":`task-error`},SE={class:`mm-task-actions`},CE=/*@__PURE__*/ Rr({__name:`DownloadsTab`,setup(e){let{t}=xC(),{tasks:n,notify:r}=tT(),i=QT(),a={queued:`secondary`,running:`info`,paused:`warn`,verifying:`info`,completed:`success`,failed:`danger`,cancelled:`secondary`};function o(e){return[e.folder,e.subfolder].filter(Boolean).join(`/`)}function s(e){return e.status===`completed`?100:e.progress===null?0:Math.round(e.progress*1e3)/10}function c(e){return(e.status===`running`||e.status===`verifying`)&&e.progress===null}let l=e=>e===`queued`||e===`running`;async function u(e,n){try{await e()}catch(e){r.add({severity:`error`,summary:t(n),detail:e instanceof Error?e.message:String(e)})}}function d(e){i.require({group:`mm`,header:t(`modelManager.downloads.deleteTitle`),message:t(`modelManager.downloads.deleteMessage`,{name:aE(e)}),icon:`pi pi-exclamation-triangle`,rejectProps:{label:t(`modelManager.common.cancel`),severity:`secondary`,outlined:!0},acceptProps:{label:t(`modelManager.common.delete`),severity:`danger`},accept:()=>u(()=>n.destroy(e.taskId),`modelManager.downloads.deleteFailed`)})}return(e,r)=>{let i=pi(`tooltip`);return L(),R(`div`,cE,[B(`div`,lE,[B(`span`,uE,M(P(t)(`modelManager.downloads.count`,{n:P(n).tasks.value.length},P(n).tasks.value.length)),1),pr(G(P(Z),{icon:`pi pi-refresh`,text:``,size:`small`,"aria-label":P(t)(`modelManager.common.refresh`),"data-testid":`tasks-refresh`,onClick:r[0]||=e=>P(n).load()},null,8,[`aria-label`]),[[i,P(t)(`modelManager.common.refresh`),void 0,{left:!0}]])]),P(n).loadError.value?(L(),z(P(xT),{key:0,severity:`error`,size:`small`},{default:F(()=>[V(M(P(t)(`modelManager.downloads.loadFailed`,{error:P(n).loadError.value})),1)]),_:1})):H(``,!0),P(n).loaded.value&&P(n).tasks.value.length===0&&!P(n).loadError.value?(L(),R(`div`,dE,[r[1]||=B(`i`,{class:`pi pi-download`},null,-1),B(`p`,null,M(P(t)(`modelManager.downloads.empty`)),1)])):H(``,!0),B(`ul`,fE,[(L(!0),R(W,null,gi(P(n).tasks.value,e=>(L(),R(`li`,{key:e.taskId,class:`mm-task`,"data-testid":`task-row`,"data-task-id":e.taskId,"data-status":e.status},[B(`div`,mE,[B(`span`,{class:`mm-task-name`,title:e.url},M(P(aE)(e)),9,hE),G(P(YT),{severity:a[e.status],value:P(t)(`modelManager.status.`+e.status),"data-testid":`task-status`,"data-status":e.status},null,8,[`severity`,`value`,`data-status`])]),B(`div`,gE,[r[2]||=B(`i`,{class:`pi pi-folder`},null,-1),V(` `+M(o(e)),1)]),G(P(NT),{value:s(e),mode:c(e)?`indeterminate`:`determinate`,"show-value":!1,class:`mm-task-bar`,"data-testid":`task-progress`},null,8,[`value`,`mode`]),B(`div`,_E,[B(`span`,vE,[V(M(P(tE)(e.downloadedBytes))+` / `+M(e.totalBytes===null?P(t)(`modelManager.downloads.unknownSize`):P(tE)(e.totalBytes))+` `,1),e.progress===null?H(``,!0):(L(),R(W,{key:0},[V(` (`+M(s(e))+`%)`,1)],64))]),e.status===`running`?(L(),R(W,{key:0},[B(`span`,yE,M(P(nE)(e.bytesPerSecond)),1),B(`span`,bE,M(P(t)(`modelManager.downloads.eta`,{eta:P(rE)(e.etaSeconds)})),1)],64)):H(``,!0)]),e.error?(L(),R(`div`,xE,M(e.error),1)):H(``,!0),B(`div`,SE,[l(e.status)?(L(),z(P(Z),{key:0,icon:`pi pi-pause`,label:P(t)(`modelManager.downloads.pause`),size:`small`,severity:`secondary`,outlined:``,"data-testid":`task-pause`,onClick:t=>u(()=>P(n).pause(e.taskId),`modelManager.downloads.actionFailed`)},null,8,[`label`,`onClick`])):H(``,!0),e.status===`paused`?(L(),z(P(Z),{key:1,icon:`pi pi-play`,label:P(t)(`modelManager.downloads.resume`),size:`small`,outlined:``,"data-testid":`task-resume`,onClick:t=>u(()=>P(n).resume(e.taskId),`modelManager.downloads.actionFailed`)},null,8,[`label`,`onClick`])):H(``,!0),e.status===`failed`?(L(),z(P(Z),{key:2,icon:`pi pi-replay`,label:P(t)(`modelManager.downloads.retry`),size:`small`,outlined:``,"data-testid":`task-retry`,onClick:t=>u(()=>P(n).resume(e.taskId),`modelManager.downloads.actionFailed`)},null,8,[`label`,`onClick`])):H(``,!0),G(P(Z),{icon:`pi pi-trash`,label:e.status===`completed`?P(t)(`modelManager.downloads.remove`):P(t)(`modelManager.common.delete`),size:`small`,severity:`danger`,text:``,"data-testid":`task-delete`,onClick:t=>d(e)},null,8,[`label`,`onClick`])])],8,pE))),128))])])}}})})),TE=t((()=>{})),EE,DE=t((()=>{EE=(e,t)=>{let n=e.__vccOpts||e;for(let[e,r]of t)n[e]=r;return n}})),OE,kE=t((()=>{wE(),wE(),TE(),DE(),OE=/*#__PURE__*/ EE(CE,[[`__scopeId`,`data-v-9a50e0e3`]])})),AE,jE,ME,NE,PE,FE,IE,LE,RE,zE,BE,VE,HE,UE,WE,GE,KE,qE,JE,YE,XE,ZE,QE,$E,eD,tD,nD,rD,iD,aD,oD,sD,cD=t((()=>{q(),eg(),l_(),DT(),ZT(),YC(),iT(),mw(),sE(),AE={class:`mm-health`,"data-testid":`health`},jE={class:`mm-health-bar`},ME={key:0,class:`mm-muted`,"data-testid":`health-summary`},NE={key:1,class:`mm-muted`},PE={class:`mm-health-section`,"data-testid":`health-duplicates`},FE={key:0,class:`mm-muted mm-health-bytes`,"data-testid":`health-dup-bytes`},IE={key:0,class:`mm-empty`},LE=[`data-sha`],RE=[`title`],zE=[`data-path`],BE=[`checked`,`onChange`],VE={class:`mm-health-path`},HE={class:`mm-health-actions`},UE={key:0,class:`mm-error`},WE={class:`mm-health-section`,"data-testid":`health-broken`},GE={key:0,class:`mm-empty`},KE=[`data-kind`,`data-path`],qE={class:`mm-health-path`},JE={class:`mm-muted mm-health-detail`},YE={class:`mm-health-section`,"data-testid":`health-unidentified`},XE={key:0,class:`mm-empty`},ZE={class:`mm-health-path`},QE={class:`mm-muted`},$E={class:`mm-health-section`,"data-testid":`health-unused`},eD={key:0,class:`mm-empty`},tD={class:`mm-muted`},nD={class:`mm-health-path`},rD={class:`mm-muted`},iD={key:0,class:`mm-muted`},aD={class:`mm-health-confirm-list`,"data-testid":`health-confirm-files`},oD=50,sD=/*@__PURE__*/ Rr({__name:`HealthTab`,setup(e){let{t,locale:n}=xC(),{health:r,notify:i}=tT(),a=K(()=>r.report.value),o=K(()=>a.value?.unused.slice(0,oD)??[]);hs(()=>void r.load());let s=(e,t)=>i.add({severity:`error`,summary:e,detail:t instanceof Error?t.message:String(t)}),c=/* @__PURE__ */ N(null),l=K(()=>c.value?r.selection(c.value):null);async function u(){let e=c.value;if(c.value=null,e)try{let n=await r.deleteChosen(e);n&&i.add({severity:`success`,summary:t(`modelManager.health.deleted`),detail:t(`modelManager.health.freed`,{bytes:tE(n.freedBytes)})})}catch(e){s(t(`modelManager.health.deleteFailed`),e)}}async function d(e){try{await r.redownload(e),i.add({severity:`info`,summary:t(`modelManager.health.redownloadQueued`),detail:e.relativePath})}catch(e){s(t(`modelManager.health.redownloadFailed`),e)}}async function f(){try{let e=await r.identify();i.add({severity:e.identified?`success`:`info`,summary:t(`modelManager.health.identified`,{n:e.identified,asked:e.asked})})}catch(e){s(t(`modelManager.health.identifyFailed`),e)}}return(e,i)=>(L(),R(`div`,AE,[B(`div`,jE,[G(P(Z),{icon:`pi pi-refresh`,label:P(t)(`modelManager.common.refresh`),size:`small`,loading:P(r).loading.value,"data-testid":`health-refresh`,onClick:i[0]||=e=>P(r).load()},null,8,[`label`,`loading`]),a.value?(L(),R(`span`,ME,M(P(t)(`modelManager.health.summary`,{files:a.value.files,hashed:a.value.hashed,at:P(iE)(a.value.generatedAt,P(n))})),1)):H(``,!0)]),P(r).error.value?(L(),z(P(xT),{key:0,severity:`error`,size:`small`},{default:F(()=>[V(M(P(r).error.value),1)]),_:1})):H(``,!0),a.value&&a.value.hashed<a.value.files?(L(),R(`small`,NE,M(P(t)(`modelManager.health.hashHint`)),1)):H(``,!0),a.value?(L(),R(W,{key:2},[B(`section`,PE,[B(`h3`,null,[V(M(P(t)(`modelManager.health.duplicates`))+` `,1),G(P(YT),{value:String(a.value.duplicates.length),severity:`secondary`},null,8,[`value`]),a.value.duplicateBytes?(L(),R(`span`,FE,M(P(t)(`modelManager.health.freeable`,{bytes:P(tE)(a.value.duplicateBytes)})),1)):H(``,!0)]),a.value.duplicates.length?H(``,!0):(L(),R(`div`,IE,M(P(t)(`modelManager.health.noDuplicates`)),1)),(L(!0),R(W,null,gi(a.value.duplicates,e=>(L(),R(`div`,{key:e.sha256,class:`mm-health-group`,"data-testid":`health-dup`,"data-sha":e.sha256},[B(`div`,{class:`mm-muted mm-health-sha`,title:e.sha256},` SHA-256 `+M(e.sha256.slice(0,12))+`… · `+M(P(tE)(e.sizeBytes))+` · `+M(P(t)(`modelManager.health.copies`,{n:e.copies.length})),9,RE),(L(!0),R(W,null,gi(e.copies,n=>(L(),R(`label`,{key:P(pw)(n),class:`mm-health-copy`,"data-testid":`health-dup-copy`,"data-path":`${n.folder}/${n.relativePath}`},[B(`input`,{type:`checkbox`,class:`mm-health-check`,checked:P(r).isChosen(e,n),onChange:t=>P(r).toggle(e,n)},null,40,BE),B(`span`,VE,M(n.folder)+`/`+M(n.relativePath),1),n.isLink?(L(),z(P(YT),{key:0,value:P(t)(`modelManager.health.link`),severity:`info`},null,8,[`value`])):H(``,!0),n.inLinkedFolder?(L(),z(P(YT),{key:1,value:P(t)(`modelManager.health.linkedFolder`),severity:`warn`},null,8,[`value`])):H(``,!0)],8,zE))),128)),B(`div`,HE,[P(r).selection(e).copies.length&&!P(r).selection(e).keepsOne?(L(),R(`small`,UE,M(P(t)(`modelManager.health.keepOne`)),1)):H(``,!0),G(P(Z),{icon:`pi pi-trash`,label:P(t)(`modelManager.health.deleteChosen`),severity:`danger`,size:`small`,outlined:``,disabled:!P(r).selection(e).copies.length||!P(r).selection(e).keepsOne,loading:P(r).busy[e.sha256],"data-testid":`health-dup-delete`,onClick:t=>c.value=e},null,8,[`label`,`disabled`,`loading`,`onClick`])])],8,LE))),128))]),B(`section`,WE,[B(`h3`,null,[V(M(P(t)(`modelManager.health.broken`))+` `,1),G(P(YT),{value:String(a.value.broken.length),severity:`secondary`},null,8,[`value`])]),a.value.broken.length?H(``,!0):(L(),R(`div`,GE,M(P(t)(`modelManager.health.noBroken`)),1)),(L(!0),R(W,null,gi(a.value.broken,e=>(L(),R(`div`,{key:P(pw)(e),class:`mm-health-row`,"data-testid":`health-broken-row`,"data-kind":e.kind,"data-path":`${e.folder}/${e.relativePath}`},[G(P(YT),{value:P(t)(`modelManager.health.kind.`+e.kind),severity:`danger`},null,8,[`value`]),B(`span`,qE,M(e.folder)+`/`+M(e.relativePath),1),B(`span`,JE,M(e.detail),1),e.canRedownload?(L(),z(P(Z),{key:0,icon:`pi pi-download`,label:P(t)(`modelManager.health.redownload`),size:`small`,loading:P(r).busy[P(pw)(e)],"data-testid":`health-redownload`,onClick:t=>d(e)},null,8,[`label`,`loading`,`onClick`])):H(``,!0)],8,KE))),128))]),B(`section`,YE,[B(`h3`,null,[V(M(P(t)(`modelManager.health.unidentified`))+` `,1),G(P(YT),{value:String(a.value.unidentified.length),severity:`secondary`},null,8,[`value`]),a.value.unidentified.length?(L(),z(P(Z),{key:0,icon:`pi pi-search`,label:P(t)(`modelManager.health.identify`),size:`small`,text:``,loading:P(r).busy.identify,"data-testid":`health-identify`,onClick:f},null,8,[`label`,`loading`])):H(``,!0)]),a.value.unidentified.length?H(``,!0):(L(),R(`div`,XE,M(P(t)(`modelManager.health.noUnidentified`)),1)),(L(!0),R(W,null,gi(a.value.unidentified,e=>(L(),R(`div`,{key:P(pw)(e),class:`mm-health-row`,"data-testid":`health-unidentified-row`},[B(`span`,ZE,M(e.folder)+`/`+M(e.relativePath),1),B(`small`,QE,M(e.sha256?e.civitaiChecked?P(t)(`modelManager.health.notOnCivitai`):P(tE)(e.sizeBytes):P(t)(`modelManager.health.notHashed`)),1)]))),128))]),B(`section`,$E,[B(`h3`,null,[V(M(P(t)(`modelManager.health.unused`))+` `,1),G(P(YT),{value:String(a.value.unused.length),severity:`secondary`},null,8,[`value`])]),a.value.workflows.available?(L(),R(W,{key:1},[B(`small`,tD,M(P(t)(`modelManager.health.workflowsRead`,{n:a.value.workflows.files})),1),(L(!0),R(W,null,gi(o.value,e=>(L(),R(`div`,{key:P(pw)(e),class:`mm-health-row`,"data-testid":`health-unused-row`},[B(`span`,nD,M(e.folder)+`/`+M(e.relativePath),1),B(`small`,rD,M(P(tE)(e.sizeBytes)),1)]))),128)),a.value.unused.length>oD?(L(),R(`small`,iD,M(P(t)(`modelManager.health.more`,{n:a.value.unused.length-oD})),1)):H(``,!0)],64)):(L(),R(`div`,eD,M(P(t)(`modelManager.health.noWorkflows`)),1))])],64)):H(``,!0),G(P(i_),{visible:!!c.value,modal:``,header:P(t)(`modelManager.health.confirmTitle`),class:`mm-dialog`,"data-testid":`health-confirm`,"onUpdate:visible":i[2]||=e=>{e||(c.value=null)}},{footer:F(()=>[G(P(Z),{label:P(t)(`modelManager.common.cancel`),severity:`secondary`,outlined:``,onClick:i[1]||=e=>c.value=null},null,8,[`label`]),G(P(Z),{label:P(t)(`modelManager.common.delete`),severity:`danger`,"data-testid":`health-confirm-delete`,onClick:u},null,8,[`label`])]),default:F(()=>[l.value?(L(),R(W,{key:0},[B(`p`,null,M(P(t)(`modelManager.health.confirmMessage`,{n:l.value.copies.length,bytes:P(tE)(l.value.freed)})),1),B(`ul`,aD,[(L(!0),R(W,null,gi(l.value.copies,e=>(L(),R(`li`,{key:P(pw)(e)},M(e.folder)+`/`+M(e.relativePath)+` · `+M(e.isLink?P(t)(`modelManager.health.onlyLink`):P(tE)(e.sizeBytes)),1))),128))])],64)):H(``,!0)]),_:1},8,[`visible`,`header`])]))}})})),lD=t((()=>{})),uD,dD=t((()=>{cD(),cD(),lD(),DE(),uD=/*#__PURE__*/ EE(sD,[[`__scopeId`,`data-v-4acf10e6`]])})),fD,pD=t((()=>{fD=`
    .p-iconfield {
        position: relative;
        display: block;
    }

    .p-inputicon {
        position: absolute;
        top: 50%;
        margin-top: calc(-1 * (dt('icon.size') / 2));
        color: dt('iconfield.icon.color');
        line-height: 1;
        z-index: 1;
    }

    .p-iconfield .p-inputicon:first-child {
        inset-inline-start: dt('form.field.padding.x');
    }

    .p-iconfield .p-inputicon:last-child {
        inset-inline-end: dt('form.field.padding.x');
    }

    .p-iconfield .p-inputtext:not(:first-child),
    .p-iconfield .p-inputwrapper:not(:first-child) .p-inputtext {
        padding-inline-start: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-iconfield .p-inputtext:not(:last-child) {
        padding-inline-end: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-iconfield:has(.p-inputfield-sm) .p-inputicon {
        font-size: dt('form.field.sm.font.size');
        width: dt('form.field.sm.font.size');
        height: dt('form.field.sm.font.size');
        margin-top: calc(-1 * (dt('form.field.sm.font.size') / 2));
    }

    .p-iconfield:has(.p-inputfield-lg) .p-inputicon {
        font-size: dt('form.field.lg.font.size');
        width: dt('form.field.lg.font.size');
        height: dt('form.field.lg.font.size');
        margin-top: calc(-1 * (dt('form.field.lg.font.size') / 2));
    }
`})),mD,hD=t((()=>{pD(),cm(),mD=Y.extend({name:`iconfield`,style:fD,classes:{root:`p-iconfield`}})}));function gD(e,t,n,r,i,a){return L(),R(`div`,U({class:e.cx(`root`)},e.ptmi(`root`)),[I(e.$slots,`default`)],16)}var _D,vD=t((()=>{Dm(),hD(),q(),_D={name:`IconField`,extends:{name:`BaseIconField`,extends:Em,style:mD,provide:function(){return{$pcIconField:this,$parentInstance:this}}},inheritAttrs:!1},_D.render=gD})),yD,bD=t((()=>{cm(),yD=Y.extend({name:`inputicon`,classes:{root:`p-inputicon`}})}));function xD(e,t,n,r,i,a){return L(),R(`span`,U({class:a.containerClass},e.ptmi(`root`),{"aria-hidden":`true`}),[I(e.$slots,`default`)],16)}var SD,CD=t((()=>{Dm(),bD(),q(),SD={name:`InputIcon`,extends:{name:`BaseInputIcon`,extends:Em,style:yD,props:{class:null},provide:function(){return{$pcInputIcon:this,$parentInstance:this}}},inheritAttrs:!1,computed:{containerClass:function(){return[this.cx(`root`),this.class]}}},SD.render=xD})),wD,TD=t((()=>{Mf(),Dm(),wD={name:`BaseEditableHolder`,extends:Em,emits:[`update:modelValue`,`value-change`],props:{modelValue:{type:null,default:void 0},defaultValue:{type:null,default:void 0},name:{type:String,default:void 0},invalid:{type:Boolean,default:void 0},disabled:{type:Boolean,default:!1},formControl:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0},$pcForm:{default:void 0},$pcFormField:{default:void 0}},data:function(){return{d_value:this.defaultValue===void 0?this.modelValue:this.defaultValue}},watch:{modelValue:{deep:!0,handler:function(e){this.d_value=e}},defaultValue:function(e){this.d_value=e},$formName:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,e,this.$formControl))||{}}},$formControl:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,this.$formName,e))||{}}},$formDefaultValue:{immediate:!0,handler:function(e){this.d_value!==e&&(this.d_value=e)}},$formValue:{immediate:!1,handler:function(e){var t;(t=this.$pcForm)!=null&&t.getFieldState(this.$formName)&&e!==this.d_value&&(this.d_value=e)}}},formField:{},methods:{writeValue:function(e,t){var n,r;this.controlled&&(this.d_value=e,this.$emit(`update:modelValue`,e)),this.$emit(`value-change`,e),(n=(r=this.formField).onChange)==null||n.call(r,{originalEvent:t,value:e})},findNonEmpty:function(){return[...arguments].find(J)}},computed:{$filled:function(){return J(this.d_value)},$invalid:function(){var e,t;return!this.$formNovalidate&&this.findNonEmpty(this.invalid,(e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.invalid,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.invalid)},$formName:function(){return this.$formNovalidate?void 0:this.name||this.$formControl?.name},$formControl:function(){return this.formControl||this.$pcFormField?.formControl},$formNovalidate:function(){return this.$formControl?.novalidate},$formDefaultValue:function(){var e;return this.findNonEmpty(this.d_value,this.$pcFormField?.initialValue,(e=this.$pcForm)==null||(e=e.initialValues)==null?void 0:e[this.$formName])},$formValue:function(){var e,t;return this.findNonEmpty((e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.value,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.value)},controlled:function(){return this.$inProps.hasOwnProperty(`modelValue`)||!this.$inProps.hasOwnProperty(`modelValue`)&&!this.$inProps.hasOwnProperty(`defaultValue`)},filled:function(){return this.$filled}}}})),ED,DD=t((()=>{TD(),ED={name:`BaseInput`,extends:wD,props:{size:{type:String,default:null},fluid:{type:Boolean,default:null},variant:{type:String,default:null}},inject:{$parentInstance:{default:void 0},$pcFluid:{default:void 0}},computed:{$variant:function(){return this.variant??(this.$primevue.config.inputStyle||this.$primevue.config.inputVariant)},$fluid:function(){return this.fluid??!!this.$pcFluid},hasFluid:function(){return this.$fluid}}}})),OD,kD=t((()=>{OD=`
    .p-inputtext {
        font-family: inherit;
        font-feature-settings: inherit;
        font-size: 1rem;
        color: dt('inputtext.color');
        background: dt('inputtext.background');
        padding-block: dt('inputtext.padding.y');
        padding-inline: dt('inputtext.padding.x');
        border: 1px solid dt('inputtext.border.color');
        transition:
            background dt('inputtext.transition.duration'),
            color dt('inputtext.transition.duration'),
            border-color dt('inputtext.transition.duration'),
            outline-color dt('inputtext.transition.duration'),
            box-shadow dt('inputtext.transition.duration');
        appearance: none;
        border-radius: dt('inputtext.border.radius');
        outline-color: transparent;
        box-shadow: dt('inputtext.shadow');
    }

    .p-inputtext:enabled:hover {
        border-color: dt('inputtext.hover.border.color');
    }

    .p-inputtext:enabled:focus {
        border-color: dt('inputtext.focus.border.color');
        box-shadow: dt('inputtext.focus.ring.shadow');
        outline: dt('inputtext.focus.ring.width') dt('inputtext.focus.ring.style') dt('inputtext.focus.ring.color');
        outline-offset: dt('inputtext.focus.ring.offset');
    }

    .p-inputtext.p-invalid {
        border-color: dt('inputtext.invalid.border.color');
    }

    .p-inputtext.p-variant-filled {
        background: dt('inputtext.filled.background');
    }

    .p-inputtext.p-variant-filled:enabled:hover {
        background: dt('inputtext.filled.hover.background');
    }

    .p-inputtext.p-variant-filled:enabled:focus {
        background: dt('inputtext.filled.focus.background');
    }

    .p-inputtext:disabled {
        opacity: 1;
        background: dt('inputtext.disabled.background');
        color: dt('inputtext.disabled.color');
    }

    .p-inputtext::placeholder {
        color: dt('inputtext.placeholder.color');
    }

    .p-inputtext.p-invalid::placeholder {
        color: dt('inputtext.invalid.placeholder.color');
    }

    .p-inputtext-sm {
        font-size: dt('inputtext.sm.font.size');
        padding-block: dt('inputtext.sm.padding.y');
        padding-inline: dt('inputtext.sm.padding.x');
    }

    .p-inputtext-lg {
        font-size: dt('inputtext.lg.font.size');
        padding-block: dt('inputtext.lg.padding.y');
        padding-inline: dt('inputtext.lg.padding.x');
    }

    .p-inputtext-fluid {
        width: 100%;
    }
`})),AD,jD=t((()=>{kD(),cm(),AD=Y.extend({name:`inputtext`,style:OD,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputtext p-component`,{"p-filled":t.$filled,"p-inputtext-sm p-inputfield-sm":n.size===`small`,"p-inputtext-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-inputtext-fluid":t.$fluid}]}}})}));function MD(e){"@babel/helpers - typeof";return MD=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},MD(e)}function ND(e,t,n){return(t=PD(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function PD(e){var t=FD(e,`string`);return MD(t)==`symbol`?t:t+``}function FD(e,t){if(MD(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(MD(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function ID(e,t,n,r,i,a){return L(),R(`input`,U({type:`text`,class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.$invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,zD)}var LD,RD,zD,BD=t((()=>{Mf(),q(),DD(),jD(),LD={name:`BaseInputText`,extends:ED,style:AD,provide:function(){return{$pcInputText:this,$parentInstance:this}}},RD={name:`InputText`,extends:LD,inheritAttrs:!1,methods:{onInput:function(e){this.writeValue(e.target.value,e)}},computed:{attrs:function(){return U(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return Qu(ND({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},zD=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`],RD.render=ID}));function VD(e){let t=/* @__PURE__ */ Pt(/* @__PURE__ */ new Set),n=/* @__PURE__ */ N(null),r=null,i=K(()=>{let t=/* @__PURE__ */ new Map;return e.value.forEach((e,n)=>t.set(hw(e),n)),t}),a=K(()=>n.value===null?-1:i.value.get(n.value)??-1),o=K(()=>a.value>=0?e.value[a.value]:null),s=K(()=>e.value.filter(e=>t.value.has(hw(e)))),c=K(()=>s.value.length),l=e=>t.value.has(hw(e));function u(t,n){let[r,i]=t<n?[t,n]:[n,t];return new Set(e.value.slice(r,i+1).map(hw))}function d(e,a={}){let o=hw(e),s=i.value.get(o)??-1;if(a.shift&&r!==null&&i.value.has(r))t.value=u(i.value.get(r),s);else if(a.ctrl){let e=new Set(t.value);e.has(o)?e.delete(o):e.add(o),t.value=e,r=o}else t.value=/* @__PURE__ */ new Set([o]),r=o;n.value=o}function f(e){d(e,{ctrl:!0})}function p(o,s=!1){let c=e.value.length;if(!c)return null;let l=a.value,d=l<0?0:Math.max(0,Math.min(c-1,l+o)),f=e.value[d],p=hw(f);return s?(r!==null&&i.value.has(r)||(r=l<0?p:hw(e.value[l])),t.value=u(i.value.get(r),d)):(t.value=/* @__PURE__ */ new Set([p]),r=p),n.value=p,f}function m(){t.value=new Set(e.value.map(hw))}function h(){t.value=/* @__PURE__ */ new Set,r=null}return{selected:t,cursor:n,cursorIndex:a,current:o,selectedModels:s,count:c,isSelected:l,click:d,toggle:f,move:p,selectAll:m,clear:h}}var HD=t((()=>{q(),Ew()}));function UD(e){return qD(e)||KD(e)||GD(e)||WD()}function WD(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function GD(e,t){if(e){if(typeof e==`string`)return JD(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?JD(e,t):void 0}}function KD(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function qD(e){if(Array.isArray(e))return JD(e)}function JD(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function YD(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),UD(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M2.67602 11.0265C3.6661 11.688 4.83011 12.0411 6.02086 12.0411C6.81149 12.0411 7.59438 11.8854 8.32483 11.5828C8.87005 11.357 9.37808 11.0526 9.83317 10.6803L12.9769 13.8241C13.0323 13.8801 13.0983 13.9245 13.171 13.9548C13.2438 13.985 13.3219 14.0003 13.4007 14C13.4795 14.0003 13.5575 13.985 13.6303 13.9548C13.7031 13.9245 13.7691 13.8801 13.8244 13.8241C13.9367 13.7116 13.9998 13.5592 13.9998 13.4003C13.9998 13.2414 13.9367 13.089 13.8244 12.9765L10.6807 9.8328C11.053 9.37773 11.3573 8.86972 11.5831 8.32452C11.8857 7.59408 12.0414 6.81119 12.0414 6.02056C12.0414 4.8298 11.6883 3.66579 11.0268 2.67572C10.3652 1.68564 9.42494 0.913972 8.32483 0.45829C7.22472 0.00260857 6.01418 -0.116618 4.84631 0.115686C3.67844 0.34799 2.60568 0.921393 1.76369 1.76338C0.921698 2.60537 0.348296 3.67813 0.115991 4.84601C-0.116313 6.01388 0.00291375 7.22441 0.458595 8.32452C0.914277 9.42464 1.68595 10.3649 2.67602 11.0265ZM3.35565 2.0158C4.14456 1.48867 5.07206 1.20731 6.02086 1.20731C7.29317 1.20731 8.51338 1.71274 9.41304 2.6124C10.3127 3.51206 10.8181 4.73226 10.8181 6.00457C10.8181 6.95337 10.5368 7.88088 10.0096 8.66978C9.48251 9.45868 8.73328 10.0736 7.85669 10.4367C6.98011 10.7997 6.01554 10.8947 5.08496 10.7096C4.15439 10.5245 3.2996 10.0676 2.62869 9.39674C1.95778 8.72583 1.50089 7.87104 1.31579 6.94046C1.13068 6.00989 1.22568 5.04532 1.58878 4.16874C1.95187 3.29215 2.56675 2.54292 3.35565 2.0158Z`,fill:`currentColor`},null,-1)]),16)}var XD,ZD=t((()=>{Xm(),q(),XD={name:`SearchIcon`,extends:Ym},XD.render=YD})),QD,$D=t((()=>{QD=`
    .p-tree {
        display: block;
        background: dt('tree.background');
        color: dt('tree.color');
        padding: dt('tree.padding');
        position: relative;
    }

    .p-tree-root-children,
    .p-tree-node-children {
        display: flex;
        list-style-type: none;
        flex-direction: column;
        margin: 0;
        gap: dt('tree.gap');
    }

    .p-tree-root-children {
        padding: 0;
        padding-block-start: dt('tree.gap');
    }

    .p-tree-node-children {
        padding: 0;
        padding-block-start: dt('tree.gap');
        padding-inline-start: dt('tree.indent');
    }

    .p-tree-node {
        padding: 0;
        outline: 0 none;
    }

    .p-tree-node-content {
        border-radius: dt('tree.node.border.radius');
        padding: dt('tree.node.padding');
        display: flex;
        align-items: center;
        outline-color: transparent;
        color: dt('tree.node.color');
        gap: dt('tree.node.gap');
        transition:
            background dt('tree.transition.duration'),
            color dt('tree.transition.duration'),
            outline-color dt('tree.transition.duration'),
            box-shadow dt('tree.transition.duration');
    }

    .p-tree-node-content[data-p-dragging] {
        outline: 1px dashed dt('primary.color');
        outline-offset: -1px;
    }

    .p-tree-node-content[data-pc-section="drag-image"] {
        background: dt('tree.background');
    }

    .p-tree-node:focus-visible > .p-tree-node-content {
        box-shadow: dt('tree.node.focus.ring.shadow');
        outline: dt('tree.node.focus.ring.width') dt('tree.node.focus.ring.style') dt('tree.node.focus.ring.color');
        outline-offset: dt('tree.node.focus.ring.offset');
    }

    .p-tree-node-content.p-tree-node-selectable:not(.p-tree-node-selected):hover {
        background: dt('tree.node.hover.background');
        color: dt('tree.node.hover.color');
    }

    .p-tree-node-content.p-tree-node-selectable:not(.p-tree-node-selected):hover .p-tree-node-icon {
        color: dt('tree.node.icon.hover.color');
    }

    .p-tree-node-content.p-tree-node-selected {
        background: dt('tree.node.selected.background');
        color: dt('tree.node.selected.color');
    }

    .p-tree-node-content.p-tree-node-selected .p-tree-node-toggle-button {
        color: inherit;
    }

    .p-tree-node-content.p-tree-node-dragover {
        background: dt('tree.node.hover.background');
        color: dt('tree.node.hover.color');
    }

    .p-tree-node-content:focus-visible,
    .p-tree-node-content.p-tree-node-contextmenu-selected {
        box-shadow: dt('tree.node.focus.ring.shadow');
        outline: dt('tree.node.focus.ring.width') dt('tree.node.focus.ring.style') dt('tree.node.focus.ring.color');
        outline-offset: dt('tree.node.focus.ring.offset');
    }

    .p-tree-node-drop-point {
		outline: 1px solid dt('primary.color');
	}

    .p-tree-node-toggle-button {
        cursor: pointer;
        user-select: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        position: relative;
        flex-shrink: 0;
        width: dt('tree.node.toggle.button.size');
        height: dt('tree.node.toggle.button.size');
        color: dt('tree.node.toggle.button.color');
        border: 0 none;
        background: transparent;
        border-radius: dt('tree.node.toggle.button.border.radius');
        transition:
            background dt('tree.transition.duration'),
            color dt('tree.transition.duration'),
            border-color dt('tree.transition.duration'),
            outline-color dt('tree.transition.duration'),
            box-shadow dt('tree.transition.duration');
        outline-color: transparent;
        padding: 0;
    }

    .p-tree-node-toggle-button:enabled:hover {
        background: dt('tree.node.toggle.button.hover.background');
        color: dt('tree.node.toggle.button.hover.color');
    }

    .p-tree-node-content.p-tree-node-selected .p-tree-node-toggle-button:hover {
        background: dt('tree.node.toggle.button.selected.hover.background');
        color: dt('tree.node.toggle.button.selected.hover.color');
    }

    .p-tree-root {
        overflow: auto;
    }

    .p-tree-node-selectable {
        cursor: pointer;
        user-select: none;
    }

    .p-tree-node-leaf > .p-tree-node-content .p-tree-node-toggle-button {
        visibility: hidden;
    }

    .p-tree-node-icon {
        color: dt('tree.node.icon.color');
        transition: color dt('tree.transition.duration');
    }

    .p-tree-node-content.p-tree-node-selected .p-tree-node-icon {
        color: dt('tree.node.icon.selected.color');
    }

    .p-tree-filter {
        margin: dt('tree.filter.margin');
    }

    .p-tree-filter-input {
        width: 100%;
    }

    .p-tree-loading-icon {
        font-size: dt('tree.loading.icon.size');
        width: dt('tree.loading.icon.size');
        height: dt('tree.loading.icon.size');
    }

    .p-tree .p-tree-mask {
        position: absolute;
        z-index: 1;
        display: flex;
        align-items: center;
        justify-content: center;
    }

    .p-tree-flex-scrollable {
        display: flex;
        flex: 1;
        height: 100%;
        flex-direction: column;
    }

    .p-tree-flex-scrollable .p-tree-root {
        flex: 1;
    }
`})),eO,tO=t((()=>{$D(),cm(),eO=Y.extend({name:`tree`,style:QD,classes:{root:function(e){var t=e.props,n=e.state;return[`p-tree p-component`,{"p-tree-selectable":t.selectionMode!=null,"p-tree-loading":t.loading,"p-tree-flex-scrollable":t.scrollHeight===`flex`,"p-tree-node-dragover":n.dragHover}]},mask:`p-tree-mask p-overlay-mask`,loadingIcon:`p-tree-loading-icon`,pcFilterContainer:`p-tree-filter`,pcFilterInput:`p-tree-filter-input`,wrapper:`p-tree-root`,rootChildren:`p-tree-root-children`,node:function(e){return[`p-tree-node`,{"p-tree-node-leaf":e.instance.leaf}]},nodeContent:function(e){var t=e.instance;return[`p-tree-node-content`,t.node.styleClass,{"p-tree-node-selectable":t.selectable,"p-tree-node-selected":t.checkboxMode&&t.$parentInstance.highlightOnSelect?t.checked:t.selected,"p-tree-node-dragover":t.isNodeDropActive}]},nodeToggleButton:`p-tree-node-toggle-button`,nodeToggleIcon:`p-tree-node-toggle-icon`,nodeCheckbox:`p-tree-node-checkbox`,nodeIcon:`p-tree-node-icon`,nodeLabel:`p-tree-node-label`,nodeChildren:`p-tree-node-children`,emptyMessage:`p-tree-empty-message`,dropPoint:`p-tree-node-drop-point`}})}));function nO(e){return oO(e)||aO(e)||iO(e)||rO()}function rO(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function iO(e,t){if(e){if(typeof e==`string`)return sO(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?sO(e,t):void 0}}function aO(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function oO(e){if(Array.isArray(e))return sO(e)}function sO(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function cO(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),nO(t[0]||=[B(`path`,{d:`M7.01744 10.398C6.91269 10.3985 6.8089 10.378 6.71215 10.3379C6.61541 10.2977 6.52766 10.2386 6.45405 10.1641L1.13907 4.84913C1.03306 4.69404 0.985221 4.5065 1.00399 4.31958C1.02276 4.13266 1.10693 3.95838 1.24166 3.82747C1.37639 3.69655 1.55301 3.61742 1.74039 3.60402C1.92777 3.59062 2.11386 3.64382 2.26584 3.75424L7.01744 8.47394L11.769 3.75424C11.9189 3.65709 12.097 3.61306 12.2748 3.62921C12.4527 3.64535 12.6199 3.72073 12.7498 3.84328C12.8797 3.96582 12.9647 4.12842 12.9912 4.30502C13.0177 4.48162 12.9841 4.662 12.8958 4.81724L7.58083 10.1322C7.50996 10.2125 7.42344 10.2775 7.32656 10.3232C7.22968 10.3689 7.12449 10.3944 7.01744 10.398Z`,fill:`currentColor`},null,-1)]),16)}var lO,uO=t((()=>{Xm(),q(),lO={name:`ChevronDownIcon`,extends:Ym},lO.render=cO}));function dO(e){return hO(e)||mO(e)||pO(e)||fO()}function fO(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function pO(e,t){if(e){if(typeof e==`string`)return gO(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?gO(e,t):void 0}}function mO(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function hO(e){if(Array.isArray(e))return gO(e)}function gO(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function _O(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),dO(t[0]||=[B(`path`,{d:`M13.2222 7.77778H0.777778C0.571498 7.77778 0.373667 7.69584 0.227806 7.54998C0.0819442 7.40412 0 7.20629 0 7.00001C0 6.79373 0.0819442 6.5959 0.227806 6.45003C0.373667 6.30417 0.571498 6.22223 0.777778 6.22223H13.2222C13.4285 6.22223 13.6263 6.30417 13.7722 6.45003C13.9181 6.5959 14 6.79373 14 7.00001C14 7.20629 13.9181 7.40412 13.7722 7.54998C13.6263 7.69584 13.4285 7.77778 13.2222 7.77778Z`,fill:`currentColor`},null,-1)]),16)}var vO,yO=t((()=>{Xm(),q(),vO={name:`MinusIcon`,extends:Ym},vO.render=_O})),bO,xO=t((()=>{bO=`
    .p-checkbox {
        position: relative;
        display: inline-flex;
        user-select: none;
        vertical-align: bottom;
        width: dt('checkbox.width');
        height: dt('checkbox.height');
    }

    .p-checkbox-input {
        cursor: pointer;
        appearance: none;
        position: absolute;
        inset-block-start: 0;
        inset-inline-start: 0;
        width: 100%;
        height: 100%;
        padding: 0;
        margin: 0;
        opacity: 0;
        z-index: 1;
        outline: 0 none;
        border: 1px solid transparent;
        border-radius: dt('checkbox.border.radius');
    }

    .p-checkbox-box {
        display: flex;
        justify-content: center;
        align-items: center;
        border-radius: dt('checkbox.border.radius');
        border: 1px solid dt('checkbox.border.color');
        background: dt('checkbox.background');
        width: dt('checkbox.width');
        height: dt('checkbox.height');
        transition:
            background dt('checkbox.transition.duration'),
            color dt('checkbox.transition.duration'),
            border-color dt('checkbox.transition.duration'),
            box-shadow dt('checkbox.transition.duration'),
            outline-color dt('checkbox.transition.duration');
        outline-color: transparent;
        box-shadow: dt('checkbox.shadow');
    }

    .p-checkbox-icon {
        transition-duration: dt('checkbox.transition.duration');
        color: dt('checkbox.icon.color');
        font-size: dt('checkbox.icon.size');
        width: dt('checkbox.icon.size');
        height: dt('checkbox.icon.size');
    }

    .p-checkbox:not(.p-disabled):has(.p-checkbox-input:hover) .p-checkbox-box {
        border-color: dt('checkbox.hover.border.color');
    }

    .p-checkbox-checked .p-checkbox-box {
        border-color: dt('checkbox.checked.border.color');
        background: dt('checkbox.checked.background');
    }

    .p-checkbox-checked .p-checkbox-icon {
        color: dt('checkbox.icon.checked.color');
    }

    .p-checkbox-checked:not(.p-disabled):has(.p-checkbox-input:hover) .p-checkbox-box {
        background: dt('checkbox.checked.hover.background');
        border-color: dt('checkbox.checked.hover.border.color');
    }

    .p-checkbox-checked:not(.p-disabled):has(.p-checkbox-input:hover) .p-checkbox-icon {
        color: dt('checkbox.icon.checked.hover.color');
    }

    .p-checkbox:not(.p-disabled):has(.p-checkbox-input:focus-visible) .p-checkbox-box {
        border-color: dt('checkbox.focus.border.color');
        box-shadow: dt('checkbox.focus.ring.shadow');
        outline: dt('checkbox.focus.ring.width') dt('checkbox.focus.ring.style') dt('checkbox.focus.ring.color');
        outline-offset: dt('checkbox.focus.ring.offset');
    }

    .p-checkbox-checked:not(.p-disabled):has(.p-checkbox-input:focus-visible) .p-checkbox-box {
        border-color: dt('checkbox.checked.focus.border.color');
    }

    .p-checkbox.p-invalid > .p-checkbox-box {
        border-color: dt('checkbox.invalid.border.color');
    }

    .p-checkbox.p-variant-filled .p-checkbox-box {
        background: dt('checkbox.filled.background');
    }

    .p-checkbox-checked.p-variant-filled .p-checkbox-box {
        background: dt('checkbox.checked.background');
    }

    .p-checkbox-checked.p-variant-filled:not(.p-disabled):has(.p-checkbox-input:hover) .p-checkbox-box {
        background: dt('checkbox.checked.hover.background');
    }

    .p-checkbox.p-disabled {
        opacity: 1;
    }

    .p-checkbox.p-disabled .p-checkbox-box {
        background: dt('checkbox.disabled.background');
        border-color: dt('checkbox.checked.disabled.border.color');
    }

    .p-checkbox.p-disabled .p-checkbox-box .p-checkbox-icon {
        color: dt('checkbox.icon.disabled.color');
    }

    .p-checkbox-sm,
    .p-checkbox-sm .p-checkbox-box {
        width: dt('checkbox.sm.width');
        height: dt('checkbox.sm.height');
    }

    .p-checkbox-sm .p-checkbox-icon {
        font-size: dt('checkbox.icon.sm.size');
        width: dt('checkbox.icon.sm.size');
        height: dt('checkbox.icon.sm.size');
    }

    .p-checkbox-lg,
    .p-checkbox-lg .p-checkbox-box {
        width: dt('checkbox.lg.width');
        height: dt('checkbox.lg.height');
    }

    .p-checkbox-lg .p-checkbox-icon {
        font-size: dt('checkbox.icon.lg.size');
        width: dt('checkbox.icon.lg.size');
        height: dt('checkbox.icon.lg.size');
    }
`})),SO,CO=t((()=>{xO(),cm(),SO=Y.extend({name:`checkbox`,style:bO,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-checkbox p-component`,{"p-checkbox-checked":t.checked,"p-disabled":n.disabled,"p-invalid":t.$pcCheckboxGroup?t.$pcCheckboxGroup.$invalid:t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-checkbox-sm p-inputfield-sm":n.size===`small`,"p-checkbox-lg p-inputfield-lg":n.size===`large`}]},box:`p-checkbox-box`,input:`p-checkbox-input`,icon:`p-checkbox-icon`}})}));function wO(e){"@babel/helpers - typeof";return wO=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},wO(e)}function TO(e,t,n){return(t=EO(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function EO(e){var t=DO(e,`string`);return wO(t)==`symbol`?t:t+``}function DO(e,t){if(wO(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(wO(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function OO(e){return MO(e)||jO(e)||AO(e)||kO()}function kO(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function AO(e,t){if(e){if(typeof e==`string`)return NO(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?NO(e,t):void 0}}function jO(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function MO(e){if(Array.isArray(e))return NO(e)}function NO(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function PO(e,t,n,r,i,a){var o=di(`CheckIcon`),s=di(`MinusIcon`);return L(),R(`div`,U({class:e.cx(`root`)},a.getPTOptions(`root`),{"data-p-checked":a.checked,"data-p-indeterminate":i.d_indeterminate||void 0,"data-p-disabled":e.disabled,"data-p":a.dataP}),[B(`input`,U({ref:`input`,id:e.inputId,type:`checkbox`,class:[e.cx(`input`),e.inputClass],style:e.inputStyle,value:e.value,name:a.groupName,checked:a.checked,tabindex:e.tabindex,disabled:e.disabled,readonly:e.readonly,required:e.required,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-invalid":e.invalid||void 0,onFocus:t[0]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onChange:t[2]||=function(){return a.onChange&&a.onChange.apply(a,arguments)}},a.getPTOptions(`input`)),null,16,RO),B(`div`,U({class:e.cx(`box`)},a.getPTOptions(`box`),{"data-p":a.dataP}),[I(e.$slots,`icon`,{checked:a.checked,indeterminate:i.d_indeterminate,class:f(e.cx(`icon`)),dataP:a.dataP},function(){return[a.checked?(L(),z(o,U({key:0,class:e.cx(`icon`)},a.getPTOptions(`icon`),{"data-p":a.dataP}),null,16,[`class`,`data-p`])):i.d_indeterminate?(L(),z(s,U({key:1,class:e.cx(`icon`)},a.getPTOptions(`icon`),{"data-p":a.dataP}),null,16,[`class`,`data-p`])):H(``,!0)]})],16,zO)],16,LO)}var FO,IO,LO,RO,zO,BO=t((()=>{Mf(),Tf(),jv(),yO(),DD(),CO(),q(),FO={name:`BaseCheckbox`,extends:ED,props:{value:null,binary:Boolean,indeterminate:{type:Boolean,default:!1},trueValue:{type:null,default:!0},falseValue:{type:null,default:!1},readonly:{type:Boolean,default:!1},required:{type:Boolean,default:!1},tabindex:{type:Number,default:null},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null}},style:SO,provide:function(){return{$pcCheckbox:this,$parentInstance:this}}},IO={name:`Checkbox`,extends:FO,inheritAttrs:!1,emits:[`change`,`focus`,`blur`,`update:indeterminate`],inject:{$pcCheckboxGroup:{default:void 0}},data:function(){return{d_indeterminate:this.indeterminate}},watch:{indeterminate:function(e){this.d_indeterminate=e,this.updateIndeterminate()}},mounted:function(){this.updateIndeterminate()},updated:function(){this.updateIndeterminate()},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{checked:this.checked,indeterminate:this.d_indeterminate,disabled:this.disabled}})},onChange:function(e){var t=this;if(!this.disabled&&!this.readonly){var n=this.$pcCheckboxGroup?this.$pcCheckboxGroup.d_value:this.d_value,r=this.binary?this.d_indeterminate?this.trueValue:this.checked?this.falseValue:this.trueValue:this.checked||this.d_indeterminate?n.filter(function(e){return!$d(e,t.value)}):n?[].concat(OO(n),[this.value]):[this.value];this.d_indeterminate&&(this.d_indeterminate=!1,this.$emit(`update:indeterminate`,this.d_indeterminate)),this.$pcCheckboxGroup?this.$pcCheckboxGroup.writeValue(r,e):this.writeValue(r,e),this.$emit(`change`,e)}},onFocus:function(e){this.$emit(`focus`,e)},onBlur:function(e){var t,n;this.$emit(`blur`,e),(t=(n=this.formField).onBlur)==null||t.call(n,e)},updateIndeterminate:function(){this.$refs.input&&(this.$refs.input.indeterminate=this.d_indeterminate)}},computed:{groupName:function(){return this.$pcCheckboxGroup?this.$pcCheckboxGroup.groupName:this.$formName},checked:function(){var e=this.$pcCheckboxGroup?this.$pcCheckboxGroup.d_value:this.d_value;return this.d_indeterminate?!1:this.binary?e===this.trueValue:ef(this.value,e)},dataP:function(){return Qu(TO({invalid:this.$invalid,checked:this.checked,disabled:this.disabled,filled:this.$variant===`filled`},this.size,this.size))}},components:{CheckIcon:Av,MinusIcon:vO}},LO=[`data-p-checked`,`data-p-indeterminate`,`data-p-disabled`,`data-p`],RO=[`id`,`value`,`name`,`checked`,`tabindex`,`disabled`,`readonly`,`required`,`aria-labelledby`,`aria-label`,`aria-invalid`],zO=[`data-p`],IO.render=PO}));function VO(){return{dragState:Ck,startDrag:function(e){Ck.isDragging=!0,Ck.dragNode=e.node,Ck.dragScope=e.scope,wk.forEach(function(t){return t(e)})},stopDrag:function(e){Ck.isDragging=!1,Ck.dragNode=null,Ck.dragScope=null,Tk.forEach(function(t){return t(e)})},onDragStart:function(e){return wk.add(e),function(){return wk.delete(e)}},onDragStop:function(e){return Tk.add(e),function(){return Tk.delete(e)}}}}function HO(e){"@babel/helpers - typeof";return HO=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},HO(e)}function UO(e,t){var n=typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(!n){if(Array.isArray(e)||(n=KO(e))||t){n&&(e=n);var r=0,i=function(){};return{s:i,n:function(){return r>=e.length?{done:!0}:{done:!1,value:e[r++]}},e:function(e){throw e},f:i}}throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var a,o=!0,s=!1;return{s:function(){n=n.call(e)},n:function(){var e=n.next();return o=e.done,e},e:function(e){s=!0,a=e},f:function(){try{o||n.return==null||n.return()}finally{if(s)throw a}}}}function WO(e){return JO(e)||qO(e)||KO(e)||GO()}function GO(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function KO(e,t){if(e){if(typeof e==`string`)return YO(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?YO(e,t):void 0}}function qO(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function JO(e){if(Array.isArray(e))return YO(e)}function YO(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function XO(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function ZO(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?XO(Object(n),!0).forEach(function(t){QO(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):XO(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function QO(e,t,n){return(t=$O(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function $O(e){var t=ek(e,`string`);return HO(t)==`symbol`?t:t+``}function ek(e,t){if(HO(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(HO(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function tk(e,t,n,r,i,a){var o=di(`SpinnerIcon`),s=di(`Checkbox`),c=di(`TreeNode`,!0),l=pi(`ripple`);return L(),R(`li`,U({ref:`currentNode`,class:e.cx(`node`),role:`treeitem`,"aria-label":a.label(n.node),"aria-selected":a.ariaSelected,"aria-expanded":a.expanded,"aria-setsize":n.node.children?n.node.children.length:0,"aria-posinset":n.index+1,"aria-level":n.level,"aria-checked":a.ariaChecked,tabindex:n.index===0?0:-1,onKeydown:t[14]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)}},a.getPTOptions(`node`)),[a.isPrevDropPointActive?(L(),R(`div`,{key:0,class:f(e.cx(`dropPoint`)),"aria-hidden":`true`},null,2)):H(``,!0),B(`div`,U({class:e.cx(`nodeContent`),style:n.node.style,draggable:a.isDraggable,onClick:t[2]||=function(){return a.onClick&&a.onClick.apply(a,arguments)},onTouchend:t[3]||=function(){return a.onTouchEnd&&a.onTouchEnd.apply(a,arguments)},onDragstart:t[4]||=function(){return a.onNodeDragStart&&a.onNodeDragStart.apply(a,arguments)},onDragover:t[5]||=function(){return a.onNodeDragOver&&a.onNodeDragOver.apply(a,arguments)},onDragenter:t[6]||=function(){return a.onNodeDragEnter&&a.onNodeDragEnter.apply(a,arguments)},onDragleave:t[7]||=function(){return a.onNodeDragLeave&&a.onNodeDragLeave.apply(a,arguments)},onDragend:t[8]||=function(){return a.onNodeDragEnd&&a.onNodeDragEnd.apply(a,arguments)},onDrop:t[9]||=function(){return a.onNodeDrop&&a.onNodeDrop.apply(a,arguments)}},a.getPTOptions(`nodeContent`),{"data-p-selected":a.checkboxMode?a.checked:a.selected,"data-p-selectable":a.selectable}),[pr((L(),R(`button`,U({type:`button`,class:e.cx(`nodeToggleButton`),onClick:t[0]||=function(){return a.toggle&&a.toggle.apply(a,arguments)},tabindex:`-1`,"data-p-leaf":a.leaf},a.getPTOptions(`nodeToggleButton`)),[n.node.loading&&n.loadingMode===`icon`?(L(),R(W,{key:0},[n.templates.nodetoggleicon||n.templates.nodetogglericon?(L(),z(fi(n.templates.nodetoggleicon||n.templates.nodetogglericon),{key:0,node:n.node,expanded:a.expanded,class:f(e.cx(`nodeToggleIcon`))},null,8,[`node`,`expanded`,`class`])):(L(),z(o,U({key:1,spin:``,class:e.cx(`nodeToggleIcon`)},a.getPTOptions(`nodeToggleIcon`)),null,16,[`class`]))],64)):(L(),R(W,{key:1},[n.templates.nodetoggleicon||n.templates.togglericon?(L(),z(fi(n.templates.nodetoggleicon||n.templates.togglericon),{key:0,node:n.node,expanded:a.expanded,class:f(e.cx(`nodeToggleIcon`))},null,8,[`node`,`expanded`,`class`])):a.expanded?(L(),z(fi(n.node.expandedIcon?`span`:`ChevronDownIcon`),U({key:1,class:e.cx(`nodeToggleIcon`)},a.getPTOptions(`nodeToggleIcon`)),null,16,[`class`])):(L(),z(fi(n.node.collapsedIcon?`span`:`ChevronRightIcon`),U({key:2,class:e.cx(`nodeToggleIcon`)},a.getPTOptions(`nodeToggleIcon`)),null,16,[`class`]))],64))],16,kk)),[[l]]),a.checkboxMode?(L(),z(s,{key:0,defaultValue:a.checked,binary:!0,indeterminate:a.partialChecked,class:f(e.cx(`nodeCheckbox`)),tabindex:-1,unstyled:e.unstyled,pt:a.getPTOptions(`pcNodeCheckbox`),"data-p-partialchecked":a.partialChecked},{icon:F(function(e){return[n.templates.checkboxicon?(L(),z(fi(n.templates.checkboxicon),{key:0,checked:e.checked,partialChecked:a.partialChecked,class:f(e.class)},null,8,[`checked`,`partialChecked`,`class`])):H(``,!0)]}),_:1},8,[`defaultValue`,`indeterminate`,`class`,`unstyled`,`pt`,`data-p-partialchecked`])):H(``,!0),n.templates.nodeicon?(L(),z(fi(n.templates.nodeicon),U({key:1,node:n.node,class:[e.cx(`nodeIcon`)]},a.getPTOptions(`nodeIcon`)),null,16,[`node`,`class`])):(L(),R(`span`,U({key:2,class:[e.cx(`nodeIcon`),n.node.icon]},a.getPTOptions(`nodeIcon`)),null,16)),B(`span`,U({class:e.cx(`nodeLabel`)},a.getPTOptions(`nodeLabel`),{onKeydown:t[1]||=Lu(function(){},[`stop`])}),[n.templates[n.node.type]||n.templates.default?(L(),z(fi(n.templates[n.node.type]||n.templates.default),{key:0,node:n.node,expanded:a.expanded,selected:a.checkboxMode?a.checked:a.selected},null,8,[`node`,`expanded`,`selected`])):(L(),R(W,{key:1},[V(M(a.label(n.node)),1)],64))],16)],16,Ok),a.isNextDropPointActive?(L(),R(`div`,{key:1,class:f(e.cx(`dropPoint`)),"aria-hidden":`true`},null,2)):H(``,!0),a.hasChildren&&a.expanded?(L(),R(`ul`,U({key:2,class:e.cx(`nodeChildren`),role:`group`},e.ptm(`nodeChildren`)),[(L(!0),R(W,null,gi(n.node.children,function(r,i){return L(),z(c,{key:r.key,node:r,parentNode:n.node,rootNodes:n.rootNodes,templates:n.templates,level:n.level+1,index:i,loadingMode:n.loadingMode,expandedKeys:n.expandedKeys,onNodeToggle:a.onChildNodeToggle,onNodeClick:a.onChildNodeClick,selectionMode:n.selectionMode,selectionKeys:n.selectionKeys,onCheckboxChange:a.propagateUp,draggableScope:n.draggableScope,draggableNodes:n.draggableNodes,droppableNodes:n.droppableNodes,validateDrop:n.validateDrop,onNodeDrop:t[10]||=function(t){return e.$emit(`node-drop`,t)},onNodeDragenter:t[11]||=function(t){return e.$emit(`node-dragenter`,t)},onNodeDragleave:t[12]||=function(t){return e.$emit(`node-dragleave`,t)},onValueChange:t[13]||=function(t){return e.$emit(`value-change`,t)},unstyled:e.unstyled,pt:e.pt},null,8,[`node`,`parentNode`,`rootNodes`,`templates`,`level`,`index`,`loadingMode`,`expandedKeys`,`onNodeToggle`,`onNodeClick`,`selectionMode`,`selectionKeys`,`onCheckboxChange`,`draggableScope`,`draggableNodes`,`droppableNodes`,`validateDrop`,`unstyled`,`pt`])}),128))],16)):H(``,!0)],16,Dk)}function nk(e){"@babel/helpers - typeof";return nk=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},nk(e)}function rk(e,t){var n=typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(!n){if(Array.isArray(e)||(n=ok(e))||t){n&&(e=n);var r=0,i=function(){};return{s:i,n:function(){return r>=e.length?{done:!0}:{done:!1,value:e[r++]}},e:function(e){throw e},f:i}}throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var a,o=!0,s=!1;return{s:function(){n=n.call(e)},n:function(){var e=n.next();return o=e.done,e},e:function(e){s=!0,a=e},f:function(){try{o||n.return==null||n.return()}finally{if(s)throw a}}}}function ik(e){return ck(e)||sk(e)||ok(e)||ak()}function ak(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ok(e,t){if(e){if(typeof e==`string`)return lk(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?lk(e,t):void 0}}function sk(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ck(e){if(Array.isArray(e))return lk(e)}function lk(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function uk(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function dk(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?uk(Object(n),!0).forEach(function(t){fk(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):uk(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function fk(e,t,n){return(t=pk(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function pk(e){var t=mk(e,`string`);return nk(t)==`symbol`?t:t+``}function mk(e,t){if(nk(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(nk(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function hk(e){"@babel/helpers - typeof";return hk=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},hk(e)}function gk(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function _k(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?gk(Object(n),!0).forEach(function(t){vk(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):gk(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function vk(e,t,n){return(t=yk(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function yk(e){var t=bk(e,`string`);return hk(t)==`symbol`?t:t+``}function bk(e,t){if(hk(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(hk(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function xk(e,t,n,r,i,a){var o=di(`SpinnerIcon`),s=di(`InputText`),c=di(`SearchIcon`),l=di(`InputIcon`),u=di(`IconField`),d=di(`TreeNode`);return L(),R(`div`,U({class:e.cx(`root`),onDragover:t[1]||=function(){return a.onDragOver&&a.onDragOver.apply(a,arguments)},onDragenter:t[2]||=function(){return a.onDragEnter&&a.onDragEnter.apply(a,arguments)},onDragleave:t[3]||=function(){return a.onDragLeave&&a.onDragLeave.apply(a,arguments)},onDrop:t[4]||=function(){return a.onDrop&&a.onDrop.apply(a,arguments)},"data-p":a.containerDataP},e.ptmi(`root`)),[G(Yl,{name:`p-overlay-mask`},{default:F(function(){return[e.loading&&e.loadingMode===`mask`?(L(),R(`div`,U({key:0,class:e.cx(`mask`)},e.ptm(`mask`)),[I(e.$slots,`loadingicon`,{class:f(e.cx(`loadingIcon`))},function(){return[e.loadingIcon?(L(),R(`i`,U({key:0,class:[e.cx(`loadingIcon`),`pi-spin`,e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(L(),z(o,U({key:1,spin:``,class:e.cx(`loadingIcon`)},e.ptm(`loadingIcon`)),null,16,[`class`]))]})],16)):H(``,!0)]}),_:3}),e.filter?(L(),z(u,{key:0,unstyled:e.unstyled,pt:_k(_k({},e.ptm(`pcFilter`)),e.ptm(`pcFilterContainer`)),class:f(e.cx(`pcFilterContainer`))},{default:F(function(){return[G(s,{modelValue:i.filterValue,"onUpdate:modelValue":t[0]||=function(e){return i.filterValue=e},autocomplete:`off`,class:f(e.cx(`pcFilterInput`)),placeholder:e.filterPlaceholder,unstyled:e.unstyled,onKeyup:a.onFilterKeyup,pt:e.ptm(`pcFilterInput`)},null,8,[`modelValue`,`class`,`placeholder`,`unstyled`,`onKeyup`,`pt`]),G(l,{unstyled:e.unstyled,pt:e.ptm(`pcFilterIconContainer`)},{default:F(function(){return[I(e.$slots,e.$slots.filtericon?`filtericon`:`searchicon`,{class:f(e.cx(`filterIcon`))},function(){return[G(c,U({class:e.cx(`filterIcon`)},e.ptm(`filterIcon`)),null,16,[`class`])]})]}),_:3},8,[`unstyled`,`pt`])]}),_:3},8,[`unstyled`,`pt`,`class`])):H(``,!0),B(`div`,U({class:e.cx(`wrapper`),style:{maxHeight:e.scrollHeight},"data-p":a.wrapperDataP},e.ptm(`wrapper`)),[I(e.$slots,`header`,{value:e.value,expandedKeys:e.expandedKeys,selectionKeys:e.selectionKeys}),a.empty?a.empty&&!a.$pcTreeSelect?(L(),R(`div`,U({key:1,class:e.cx(`emptyMessage`)},e.ptm(`emptyMessage`)),[I(e.$slots,`empty`,{},function(){return[V(M(a.emptyMessageText),1)]})],16)):H(``,!0):(L(),R(`ul`,U({key:0,class:e.cx(`rootChildren`),role:`tree`,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel},e.ptm(`rootChildren`)),[(L(!0),R(W,null,gi(a.valueToRender,function(t,n){return L(),z(d,{key:t.key,node:t,rootNodes:a.valueToRender,templates:e.$slots,level:e.level+1,index:n,expandedKeys:i.d_expandedKeys,onNodeToggle:a.onNodeToggle,onNodeClick:a.onNodeClick,selectionMode:e.selectionMode,selectionKeys:e.selectionKeys,onCheckboxChange:a.onCheckboxChange,loadingMode:e.loadingMode,draggableNodes:e.draggableNodes,droppableNodes:e.droppableNodes,draggableScope:e.draggableScope,validateDrop:e.validateDrop,onNodeDrop:a.onNodeDrop,onNodeDragenter:a.onNodeDragEnter,onNodeDragleave:a.onNodeDragLeave,onValueChange:a.onValueChanged,unstyled:e.unstyled,pt:e.pt},null,8,[`node`,`rootNodes`,`templates`,`level`,`index`,`expandedKeys`,`onNodeToggle`,`onNodeClick`,`selectionMode`,`selectionKeys`,`onCheckboxChange`,`loadingMode`,`draggableNodes`,`droppableNodes`,`draggableScope`,`validateDrop`,`onNodeDrop`,`onNodeDragenter`,`onNodeDragleave`,`onValueChange`,`unstyled`,`pt`])}),128))],16,Nk)),I(e.$slots,`footer`,{value:e.value,expandedKeys:e.expandedKeys,selectionKeys:e.selectionKeys})],16,Mk)],16,jk)}var Sk,Ck,wk,Tk,Ek,Dk,Ok,kk,Ak,jk,Mk,Nk,Pk=t((()=>{Mf(),Tf(),ZD(),ah(),vD(),CD(),BD(),Dm(),tO(),q(),jv(),uO(),z_(),yO(),BO(),Lh(),Sk={name:`BaseTree`,extends:Em,props:{value:{type:null,default:null},expandedKeys:{type:null,default:null},selectionKeys:{type:null,default:null},selectionMode:{type:String,default:null},metaKeySelection:{type:Boolean,default:!1},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},loadingMode:{type:String,default:`mask`},filter:{type:Boolean,default:!1},filterBy:{type:[String,Function],default:`label`},filterMode:{type:String,default:`lenient`},filterPlaceholder:{type:String,default:null},filterLocale:{type:String,default:void 0},highlightOnSelect:{type:Boolean,default:!1},scrollHeight:{type:String,default:null},level:{type:Number,default:0},draggableNodes:{type:Boolean,default:null},droppableNodes:{type:Boolean,default:null},draggableScope:{type:[String,Array],default:null},droppableScope:{type:[String,Array],default:null},validateDrop:{type:Boolean,default:!1},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null}},style:eO,provide:function(){return{$pcTree:this,$parentInstance:this}}},Ck=/* @__PURE__ */ St({isDragging:!1,dragNode:null,dragScope:null}),wk=/* @__PURE__ */ new Set,Tk=/* @__PURE__ */ new Set,Ek={name:`TreeNode`,hostName:`Tree`,extends:Em,emits:[`node-toggle`,`node-click`,`checkbox-change`,`node-drop`,`value-change`,`node-dragenter`,`node-dragleave`],props:{node:{type:null,default:null},parentNode:{type:null,default:null},rootNodes:{type:Object,default:null},expandedKeys:{type:null,default:null},loadingMode:{type:String,default:`mask`},selectionKeys:{type:null,default:null},selectionMode:{type:String,default:null},templates:{type:null,default:null},level:{type:Number,default:null},draggableScope:{type:[String,Array],default:null},draggableNodes:{type:Boolean,default:null},droppableNodes:{type:Boolean,default:null},validateDrop:{type:Boolean,default:!1},index:null},nodeTouched:!1,toggleClicked:!1,inject:{$pcTree:{default:void 0}},data:function(){return{isPrevDropPointHovered:!1,isNextDropPointHovered:!1,isNodeDropHovered:!1}},mounted:function(){this.setAllNodesTabIndexes()},methods:{toggle:function(){this.$emit(`node-toggle`,this.node),this.toggleClicked=!0},label:function(e){return typeof e.label==`function`?e.label():e.label},onChildNodeToggle:function(e){this.$emit(`node-toggle`,e)},getPTOptions:function(e){return this.ptm(e,{context:{node:this.node,index:this.index,expanded:this.expanded,selected:this.selected,checked:this.checked,partialChecked:this.partialChecked,leaf:this.leaf}})},onClick:function(e){this.toggleClicked||Dd(e.target,`[data-pc-section="nodetogglebutton"]`)||Dd(e.target.parentElement,`[data-pc-section="nodetogglebutton"]`)?this.toggleClicked=!1:(this.isCheckboxSelectionMode()?this.node.selectable!=0&&this.toggleCheckbox():this.$emit(`node-click`,{originalEvent:e,nodeTouched:this.nodeTouched,node:this.node}),this.nodeTouched=!1)},onChildNodeClick:function(e){this.$emit(`node-click`,e)},onTouchEnd:function(){this.nodeTouched=!0},onKeyDown:function(e){if(this.isSameNode(e))switch(e.code){case`Tab`:this.onTabKey(e);break;case`ArrowDown`:this.onArrowDown(e);break;case`ArrowUp`:this.onArrowUp(e);break;case`ArrowRight`:this.onArrowRight(e);break;case`ArrowLeft`:this.onArrowLeft(e);break;case`Enter`:case`NumpadEnter`:case`Space`:this.onEnterKey(e)}},onArrowDown:function(e){var t=e.target.getAttribute(`data-pc-section`)===`nodetogglebutton`?e.target.closest(`[role="treeitem"]`):e.target,n=t.children[1];if(n)this.focusRowChange(t,n.children[0]);else if(t.nextElementSibling)this.focusRowChange(t,t.nextElementSibling);else{var r=this.findNextSiblingOfAncestor(t);r&&this.focusRowChange(t,r)}e.preventDefault()},onArrowUp:function(e){var t=e.target;if(t.previousElementSibling)this.focusRowChange(t,t.previousElementSibling,this.findLastVisibleDescendant(t.previousElementSibling));else{var n=this.getParentNodeElement(t);n&&this.focusRowChange(t,n)}e.preventDefault()},onArrowRight:function(e){var t=this;this.leaf||this.expanded||(e.currentTarget.tabIndex=-1,this.$emit(`node-toggle`,this.node),this.$nextTick(function(){t.onArrowDown(e)}))},onArrowLeft:function(e){var t=Td(e.currentTarget,`[data-pc-section="nodetogglebutton"]`);if(this.level===0&&!this.expanded)return!1;if(this.expanded&&!this.leaf)return t.click(),!1;var n=this.findBeforeClickableNode(e.currentTarget);n&&this.focusRowChange(e.currentTarget,n)},onEnterKey:function(e){this.setTabIndexForSelectionMode(e,this.nodeTouched),this.onClick(e),e.preventDefault()},onTabKey:function(){this.setAllNodesTabIndexes()},removeNodeFromTree:function(e,t){var n=this;return e.reduce(function(e,r){if(r.key===t.key)return e;if(r.children&&r.children.length>0){var i=n.removeNodeFromTree(r.children,t);e.push(ZO(ZO({},r),{},{children:i}))}else e.push(r);return e},[])},insertNodeInSiblings:function(e,t,n,r){var i=this,a=e.findIndex(function(e){return e.key===t});return a===-1?e.map(function(e){return e.children&&e.children.length>0?ZO(ZO({},e),{},{children:i.insertNodeInSiblings(e.children,t,n,r)}):e}):e.toSpliced(a+r,0,n)},addNodeAsChild:function(e,t,n){var r=this;return e.map(function(e){return e.key===t?ZO(ZO({},e),{},{children:[].concat(WO(e.children||[]),[n])}):e.children&&e.children.length>0?ZO(ZO({},e),{},{children:r.addNodeAsChild(e.children,t,n)}):e})},insertNodeOnDrop:function(){var e=this.$pcTree,t=e.dragNode,n=e.dragNodeIndex,r=e.dragNodeSubNodes,i=e.dragDropService;if(!this.node||n==null||!t||!r)return null;var a=this.dropPosition,o=this.removeNodeFromTree(this.rootNodes,t);return o=a<0?this.insertNodeInSiblings(o,this.node.key,t,0):a>0?this.insertNodeInSiblings(o,this.node.key,t,1):this.addNodeAsChild(o,this.node.key,t),this.$emit(`value-change`,{nodes:o}),i.stopDrag({node:t,subNodes:o,index:n}),o},onNodeDrop:function(e){var t=this;if(this.isDroppable){e.preventDefault(),e.stopPropagation();var n=this.$pcTree.dragNode,r=this.dropPosition;if(r!==0||r===0&&this.isNodeDroppable){if(this.validateDrop)this.$emit(`node-drop`,{originalEvent:e,value:this.rootNodes,dragNode:n,dropNode:this.node,dropPosition:r,index:this.index,accept:function(){var i=t.insertNodeOnDrop();t.$emit(`node-drop`,{originalEvent:e,value:i,dragNode:n,dropNode:t.node,dropPosition:r,index:t.index})}});else{var i=this.insertNodeOnDrop();this.$emit(`node-drop`,{originalEvent:e,value:i,dragNode:n,dropNode:this.node,dropPosition:r,index:this.index})}}this.isPrevDropPointHovered=!1,this.isNextDropPointHovered=!1,this.isNodeDropHovered=!1}},onNodeDragStart:function(e){if(this.isNodeDraggable){e.dataTransfer.effectAllowed=`all`,e.dataTransfer.setData(`text`,`data`);var t=e.currentTarget,n=t.cloneNode(!0),r=n.querySelector(`[data-pc-section="nodetogglebutton"]`),i=n.querySelector(`[data-pc-name="pcnodecheckbox"]`);t.setAttribute(`data-p-dragging`,`true`),n.style.width=hd(t)+`px`,n.style.height=Nd(t)+`px`,n.setAttribute(`data-pc-section`,`drag-image`),r.style.visibility=`hidden`,i?.remove(),document.body.appendChild(n),e.dataTransfer.setDragImage(n,0,0),setTimeout(function(){return document.body.removeChild(n)},0),this.$pcTree.dragDropService.startDrag({node:this.node,subNodes:this.subNodes,index:this.index,scope:this.draggableScope})}else e.preventDefault()},onNodeDragOver:function(e){if(this.isDroppable){e.dataTransfer.dropEffect=`copy`;var t=e.currentTarget.getBoundingClientRect(),n=e.clientY-t.top;this.isPrevDropPointHovered=!1,this.isNextDropPointHovered=!1,this.isNodeDropHovered=!1,n<t.height*.25?this.isPrevDropPointHovered=!0:n>t.height*.75?this.isNextDropPointHovered=!0:this.isNodeDroppable&&(this.isNodeDropHovered=!0)}else e.dataTransfer.dropEffect=`none`;this.droppableNodes&&(e.preventDefault(),e.stopPropagation())},onNodeDragEnter:function(){this.$emit(`node-dragenter`,{node:this.node})},onNodeDragLeave:function(){this.$emit(`node-dragleave`,{node:this.node}),this.isPrevDropPointHovered=!1,this.isNextDropPointHovered=!1,this.isNodeDropHovered=!1},onNodeDragEnd:function(e){var t;(t=e.currentTarget)==null||t.removeAttribute(`data-p-dragging`),this.$pcTree.dragDropService.stopDrag({node:this.node,subNodes:this.subNodes,index:this.index})},setAllNodesTabIndexes:function(){var e=wd(this.$refs.currentNode.closest(`[data-pc-section="rootchildren"]`),`[role="treeitem"]`),t=WO(e).some(function(e){return e.getAttribute(`aria-selected`)===`true`||e.getAttribute(`aria-checked`)===`true`});if(WO(e).forEach(function(e){e.tabIndex=-1}),t){var n=WO(e).filter(function(e){return e.getAttribute(`aria-selected`)===`true`||e.getAttribute(`aria-checked`)===`true`});n[0].tabIndex=0}else WO(e)[0].tabIndex=0},setTabIndexForSelectionMode:function(e,t){if(this.selectionMode!==null){var n=WO(wd(this.$refs.currentNode.parentElement,`[role="treeitem"]`));e.currentTarget.tabIndex=t===!1?-1:0,n.every(function(e){return e.tabIndex===-1})&&(n[0].tabIndex=0)}},focusRowChange:function(e,t,n){e.tabIndex=`-1`,t.tabIndex=`0`,this.focusNode(n||t)},findBeforeClickableNode:function(e){var t=e.closest(`ul`).closest(`li`);if(t){var n=Td(t,`button`);return n&&n.style.visibility!==`hidden`?t:this.findBeforeClickableNode(e.previousElementSibling)}return null},toggleCheckbox:function(){var e=this.selectionKeys?ZO({},this.selectionKeys):{},t=!this.checked;this.propagateDown(this.node,t,e),this.$emit(`checkbox-change`,{node:this.node,check:t,selectionKeys:e})},propagateDown:function(e,t,n){if(t&&e.selectable!=0?n[e.key]={checked:!0,partialChecked:!1}:delete n[e.key],e.children&&e.children.length){var r=UO(e.children),i;try{for(r.s();!(i=r.n()).done;){var a=i.value;this.propagateDown(a,t,n)}}catch(e){r.e(e)}finally{r.f()}}},propagateUp:function(e){var t=e.check,n=ZO({},e.selectionKeys),r=0,i=!1,a=UO(this.node.children),o;try{for(a.s();!(o=a.n()).done;){var s=o.value;n[s.key]&&n[s.key].checked?r++:n[s.key]&&n[s.key].partialChecked&&(i=!0)}}catch(e){a.e(e)}finally{a.f()}t&&r===this.node.children.length?n[this.node.key]={checked:!0,partialChecked:!1}:(t||delete n[this.node.key],i||r>0&&r!==this.node.children.length?n[this.node.key]={checked:!1,partialChecked:!0}:delete n[this.node.key]),this.$emit(`checkbox-change`,{node:e.node,check:e.check,selectionKeys:n})},onChildCheckboxChange:function(e){this.$emit(`checkbox-change`,e)},findNextSiblingOfAncestor:function(e){var t=this.getParentNodeElement(e);return t?t.nextElementSibling?t.nextElementSibling:this.findNextSiblingOfAncestor(t):null},findLastVisibleDescendant:function(e){var t=e.children[1];if(t){var n=t.children[t.children.length-1];return this.findLastVisibleDescendant(n)}return e},getParentNodeElement:function(e){var t=e.parentElement.parentElement;return Dd(t,`role`)===`treeitem`?t:null},focusNode:function(e){e.focus()},isCheckboxSelectionMode:function(){return this.selectionMode===`checkbox`},isSameNode:function(e){return e.currentTarget&&(e.currentTarget.isSameNode(e.target)||e.currentTarget.isSameNode(e.target.closest(`[role="treeitem"]`)))}},computed:{hasChildren:function(){return this.node.children&&this.node.children.length>0},expanded:function(){return this.expandedKeys&&this.expandedKeys[this.node.key]===!0},leaf:function(){return this.node.leaf!==!1&&!(this.node.children&&this.node.children.length)},selectable:function(){return this.node.selectable!==!1&&this.selectionMode!=null},selected:function(){return this.selectionMode&&this.selectionKeys?this.selectionKeys[this.node.key]===!0:!1},checkboxMode:function(){return this.selectionMode===`checkbox`&&this.node.selectable!==!1},checked:function(){return this.selectionKeys?this.selectionKeys[this.node.key]&&this.selectionKeys[this.node.key].checked:!1},partialChecked:function(){return this.selectionKeys?this.selectionKeys[this.node.key]&&this.selectionKeys[this.node.key].partialChecked:!1},ariaChecked:function(){return this.selectionMode===`single`||this.selectionMode===`multiple`?this.selected:void 0},ariaSelected:function(){return this.checkboxMode?this.checked:void 0},isPrevDropPointActive:function(){return this.isPrevDropPointHovered&&this.isDroppable},isNextDropPointActive:function(){return this.isNextDropPointHovered&&this.isDroppable},dropPosition:function(){return this.isPrevDropPointActive?-1:+!!this.isNextDropPointActive},subNodes:function(){return this.parentNode?this.parentNode.children:this.rootNodes},isDraggable:function(){return this.draggableNodes},isDroppable:function(){return this.droppableNodes&&this.$pcTree.allowNodeDrop(this.node)},isNodeDraggable:function(){return this.node?.draggable!==!1&&this.isDraggable},isNodeDroppable:function(){return this.node?.droppable!==!1&&this.isDroppable},isNodeDropActive:function(){return this.isNodeDropHovered&&this.isNodeDroppable}},components:{Checkbox:IO,ChevronDownIcon:lO,ChevronRightIcon:R_,CheckIcon:Av,MinusIcon:vO,SpinnerIcon:ih},directives:{ripple:Ih}},Dk=[`aria-label`,`aria-selected`,`aria-expanded`,`aria-setsize`,`aria-posinset`,`aria-level`,`aria-checked`,`tabindex`],Ok=[`draggable`,`data-p-selected`,`data-p-selectable`],kk=[`data-p-leaf`],Ek.render=tk,Ak={name:`Tree`,extends:Sk,inheritAttrs:!1,emits:[`node-expand`,`node-collapse`,`update:expandedKeys`,`update:selectionKeys`,`node-select`,`node-unselect`,`filter`,`node-drop`,`node-dragenter`,`node-dragleave`,`update:value`,`drag-enter`,`drag-leave`],data:function(){return{d_expandedKeys:this.expandedKeys||{},filterValue:null,dragNode:null,dragNodeSubNodes:null,dragNodeIndex:null,dragNodeScope:null,dragHover:null}},inject:{$pcTreeSelect:{default:null}},dragDropService:null,dragStartCleanup:null,dragStopCleanup:null,watch:{expandedKeys:function(e){this.d_expandedKeys=e},droppableNodes:function(e){e?this.initDragDropService():this.cleanupDragDropService()}},mounted:function(){this.droppableNodes&&this.initDragDropService()},beforeUnmount:function(){this.cleanupDragDropService()},methods:{initDragDropService:function(){var e=this;this.dragDropService||(this.dragDropService=VO(),this.dragStartCleanup=this.dragDropService.onDragStart(function(t){e.dragNode=t.node,e.dragNodeSubNodes=t.subNodes,e.dragNodeIndex=t.index,e.dragNodeScope=t.scope}),this.dragStopCleanup=this.dragDropService.onDragStop(function(){e.dragNode=null,e.dragNodeSubNodes=null,e.dragNodeIndex=null,e.dragNodeScope=null,e.dragHover=!1}))},cleanupDragDropService:function(){this.dragStartCleanup&&=(this.dragStartCleanup(),null),this.dragStopCleanup&&=(this.dragStopCleanup(),null),this.dragDropService=null},onNodeToggle:function(e){var t=e.key;this.d_expandedKeys[t]?(delete this.d_expandedKeys[t],this.$emit(`node-collapse`,e)):(this.d_expandedKeys[t]=!0,this.$emit(`node-expand`,e)),this.d_expandedKeys=dk({},this.d_expandedKeys),this.$emit(`update:expandedKeys`,this.d_expandedKeys)},onNodeClick:function(e){if(this.selectionMode!=null&&e.node.selectable!==!1){var t=!e.nodeTouched&&this.metaKeySelection?this.handleSelectionWithMetaKey(e):this.handleSelectionWithoutMetaKey(e);this.$emit(`update:selectionKeys`,t)}},onCheckboxChange:function(e){this.$emit(`update:selectionKeys`,e.selectionKeys),e.check?this.$emit(`node-select`,e.node):this.$emit(`node-unselect`,e.node)},handleSelectionWithMetaKey:function(e){var t=e.originalEvent,n=e.node,r=t.metaKey||t.ctrlKey,i=this.isNodeSelected(n),a;return i&&r?(this.isSingleSelectionMode()?a={}:(a=dk({},this.selectionKeys),delete a[n.key]),this.$emit(`node-unselect`,n)):(this.isSingleSelectionMode()?a={}:this.isMultipleSelectionMode()&&(a=r&&this.selectionKeys?dk({},this.selectionKeys):{}),a[n.key]=!0,this.$emit(`node-select`,n)),a},handleSelectionWithoutMetaKey:function(e){var t=e.node,n=this.isNodeSelected(t),r;return this.isSingleSelectionMode()?n?(r={},this.$emit(`node-unselect`,t)):(r={},r[t.key]=!0,this.$emit(`node-select`,t)):n?(r=dk({},this.selectionKeys),delete r[t.key],this.$emit(`node-unselect`,t)):(r=this.selectionKeys?dk({},this.selectionKeys):{},r[t.key]=!0,this.$emit(`node-select`,t)),r},isSingleSelectionMode:function(){return this.selectionMode===`single`},isMultipleSelectionMode:function(){return this.selectionMode===`multiple`},isNodeSelected:function(e){return this.selectionMode&&this.selectionKeys?this.selectionKeys[e.key]===!0:!1},isChecked:function(e){return this.selectionKeys?this.selectionKeys[e.key]&&this.selectionKeys[e.key].checked:!1},isNodeLeaf:function(e){return e.leaf!==!1&&!(e.children&&e.children.length)},onFilterKeyup:function(e){(e.code===`Enter`||e.code===`NumpadEnter`)&&e.preventDefault(),this.$emit(`filter`,{originalEvent:e,value:e.target.value,filteredNodes:this.valueToRender})},findFilteredNodes:function(e,t){if(e){var n=!1;if(e.children){var r=ik(e.children);e.children=[];var i=rk(r),a;try{for(i.s();!(a=i.n()).done;){var o=a.value,s=dk({},o);this.isFilterMatched(s,t)&&(n=!0,e.children.push(s))}}catch(e){i.e(e)}finally{i.f()}}if(n)return!0}},isFilterMatched:function(e,t){var n=t.searchFields,r=t.filterText,i=t.strict,a=!1,o=rk(n),s;try{for(o.s();!(s=o.n()).done;){var c=s.value;String(Qd(e,c)).toLocaleLowerCase(this.filterLocale).indexOf(r)>-1&&(a=!0)}}catch(e){o.e(e)}finally{o.f()}return(!a||i&&!this.isNodeLeaf(e))&&(a=this.findFilteredNodes(e,{searchFields:n,filterText:r,strict:i})||a),a},onNodeDrop:function(e){this.$emit(`node-drop`,e)},onNodeDragEnter:function(e){this.$emit(`node-dragenter`,e)},onNodeDragLeave:function(e){this.$emit(`node-dragleave`,e)},onValueChanged:function(e){this.dragNodeSubNodes.splice(this.dragNodeIndex,1),this.$emit(`update:value`,e.nodes)},isDescendantOf:function(e,t){if(!e||!e.children)return!1;var n=rk(e.children),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;if(i===t||this.isDescendantOf(i,t))return!0}}catch(e){n.e(e)}finally{n.f()}return!1},allowDrop:function(e,t,n){return!(!e||!this.isValidDragScope(n)||t&&(e===t||this.isDescendantOf(e,t)))},allowNodeDrop:function(e){return this.allowDrop(this.dragNode,e,this.dragNodeScope)},hasCommonScope:function(e,t){if(e===null&&t===null)return!0;if(e===null||t===null)return!1;if(typeof t==`string`){if(typeof e==`string`)return e===t;if(Array.isArray(e))return e.indexOf(t)!==-1}else if(Array.isArray(t)){if(typeof e==`string`)return t.indexOf(e)!==-1;if(Array.isArray(e)){var n=rk(e),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;if(t.indexOf(i)!==-1)return!0}}catch(e){n.e(e)}finally{n.f()}return!1}}return!1},isValidDragScope:function(e){return this.droppableScope===null||this.hasCommonScope(e,this.droppableScope)},isSameTreeScope:function(e){return this.hasCommonScope(e,this.draggableScope)},onDragOver:function(e){this.droppableNodes&&this.allowDrop(this.dragNode,null,this.dragNodeScope)?e.dataTransfer.dropEffect=`copy`:e.dataTransfer.dropEffect=`none`,e.preventDefault()},onDragEnter:function(e){this.droppableNodes&&this.allowDrop(this.dragNode,null,this.dragNodeScope)&&(this.dragHover=!0,this.$emit(`drag-enter`,{originalEvent:e,value:this.value,dragNode:this.dragNode,dragNodeScope:this.dragNodeScope}))},onDragLeave:function(e){if(this.droppableNodes){var t=e.currentTarget.getBoundingClientRect();(e.x>=parseInt(t.right)||e.x<=parseInt(t.left)||e.y>=parseInt(t.bottom)||e.y<=parseInt(t.top))&&(this.dragHover=!1),this.$emit(`drag-leave`,{originalEvent:e,value:this.value,dragNode:this.dragNode,dragNodeScope:this.dragNodeScope})}},processTreeDrop:function(e,t){this.dragNodeSubNodes.splice(t,1);var n=[].concat(ik(this.value||[]),[e]);this.$emit(`update:value`,n),this.dragDropService.stopDrag({node:e})},onDrop:function(e){var t=this;if(this.droppableNodes){e.preventDefault();var n=this.dragNode;if(this.allowDrop(n,null,this.dragNodeScope)){var r=this.dragNodeIndex;if(this.isSameTreeScope(this.dragNodeScope)){this.dragDropService.stopDrag({node:n});return}this.validateDrop?this.$emit(`node-drop`,{originalEvent:e,value:this.value,dragNode:n,dropNode:null,index:r,accept:function(){t.processTreeDrop(n,r)}}):(this.$emit(`node-drop`,{originalEvent:e,value:this.value,dragNode:n,dropNode:null,index:r}),this.processTreeDrop(n,r))}}}},computed:{filteredValue:function(){var e=[],t=Zd(this.filterBy)?[this.filterBy]:this.filterBy.split(`,`),n=this.filterValue.trim().toLocaleLowerCase(this.filterLocale),r=this.filterMode===`strict`,i=rk(this.value),a;try{for(i.s();!(a=i.n()).done;){var o=a.value,s=dk({},o),c={searchFields:t,filterText:n,strict:r};(r&&(this.findFilteredNodes(s,c)||this.isFilterMatched(s,c))||!r&&(this.isFilterMatched(s,c)||this.findFilteredNodes(s,c)))&&e.push(s)}}catch(e){i.e(e)}finally{i.f()}return e},valueToRender:function(){return this.filterValue&&this.filterValue.trim().length>0?this.filteredValue:this.value},empty:function(){return!this.valueToRender||this.valueToRender.length===0},emptyMessageText:function(){var e;return((e=this.$primevue.config)==null||(e=e.locale)==null?void 0:e.emptyMessage)||``},containerDataP:function(){return Qu({loading:this.loading,scrollable:this.scrollHeight===`flex`})},wrapperDataP:function(){return Qu({scrollable:this.scrollHeight===`flex`})}},components:{TreeNode:Ek,InputText:RD,InputIcon:SD,IconField:_D,SearchIcon:XD,SpinnerIcon:ih}},jk=[`data-p`],Mk=[`data-p`],Nk=[`aria-labelledby`,`aria-label`],Ak.render=xk})),Fk,Ik,Lk,Rk,zk,Bk=t((()=>{q(),Pk(),YC(),iT(),Fk=[`data-key`,`data-count`],Ik={class:`mm-folder-label`},Lk={class:`mm-folder-count`},Rk=`*`,zk=/*@__PURE__*/ Rr({__name:`FolderTree`,emits:[`picked`],setup(e,{emit:t}){let{t:n}=xC(),{models:r}=tT(),i=t,a=K(()=>[{key:Rk,label:n(`modelManager.models.allFolders`),data:{folder:``,subfolder:``,count:r.models.value.length}},...r.tree.value]),o=K(()=>{let e=r.filter;return e.folder?e.subfolder?`${e.folder}/${e.subfolder}`:e.folder:Rk}),s=K(()=>({[o.value]:!0})),c=/* @__PURE__ */ N({});xr(o,e=>{if(e===Rk)return;let t=e.split(`/`),n={...c.value};for(let e=1;e<t.length;e++)n[t.slice(0,e).join(`/`)]=!0;c.value=n},{immediate:!0});function l(e){let t=e.data;e.children?.length&&(c.value={...c.value,[e.key]:!0}),e.key===Rk?(r.filter.folder=null,r.filter.subfolder=``):(r.filter.folder=t.folder,r.filter.subfolder=t.subfolder),i(`picked`)}return(e,t)=>(L(),z(P(Ak),{value:a.value,"selection-mode":`single`,"selection-keys":s.value,"expanded-keys":c.value,"onUpdate:expandedKeys":t[0]||=e=>c.value=e,"meta-key-selection":!1,class:`mm-folder-tree`,"data-testid":`folder-tree`,onNodeSelect:l,onNodeUnselect:l},{default:F(({node:e})=>[B(`span`,{class:`mm-folder-node`,"data-testid":`folder-node`,"data-key":e.key,"data-count":e.data.count},[B(`i`,{class:f([e.key===Rk?`pi pi-database`:`pi pi-folder`,`mm-folder-icon`])},null,2),B(`span`,Ik,M(e.label),1),B(`span`,Lk,M(e.data.count),1)],8,Fk)]),_:1},8,[`value`,`selection-keys`,`expanded-keys`]))}})})),Vk=t((()=>{})),Hk,Uk=t((()=>{Bk(),Bk(),Vk(),DE(),Hk=/*#__PURE__*/ EE(zk,[[`__scopeId`,`data-v-37b4cd55`]])}));function Wk(e,t){var n=typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(!n){if(Array.isArray(e)||(n=Gk(e))||t){n&&(e=n);var r=0,i=function(){};return{s:i,n:function(){return r>=e.length?{done:!0}:{done:!1,value:e[r++]}},e:function(e){throw e},f:i}}throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var a,o=!0,s=!1;return{s:function(){n=n.call(e)},n:function(){var e=n.next();return o=e.done,e},e:function(e){s=!0,a=e},f:function(){try{o||n.return==null||n.return()}finally{if(s)throw a}}}}function Gk(e,t){if(e){if(typeof e==`string`)return Kk(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Kk(e,t):void 0}}function Kk(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}var qk,Jk,Yk=t((()=>{Tf(),qk={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`},Jk={filter:function(e,t,n,r,i){var a=[];if(!e)return a;var o=Wk(e),s;try{for(o.s();!(s=o.n()).done;){var c=s.value;if(typeof c==`string`){if(this.filters[r](c,n,i)){a.push(c);continue}}else{var l=Wk(t),u;try{for(l.s();!(u=l.n()).done;){var d=u.value,f=Qd(c,d);if(this.filters[r](f,n,i)){a.push(c);break}}}catch(e){l.e(e)}finally{l.f()}}}}catch(e){o.e(e)}finally{o.f()}return a},filters:{startsWith:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=gf(t.toString()).toLocaleLowerCase(n);return gf(e.toString()).toLocaleLowerCase(n).slice(0,r.length)===r},contains:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=gf(t.toString()).toLocaleLowerCase(n);return gf(e.toString()).toLocaleLowerCase(n).indexOf(r)!==-1},notContains:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=gf(t.toString()).toLocaleLowerCase(n);return gf(e.toString()).toLocaleLowerCase(n).indexOf(r)===-1},endsWith:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=gf(t.toString()).toLocaleLowerCase(n),i=gf(e.toString()).toLocaleLowerCase(n);return i.indexOf(r,i.length-r.length)!==-1},equals:function(e,t,n){return t==null||t===``?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()===t.getTime():gf(e.toString()).toLocaleLowerCase(n)==gf(t.toString()).toLocaleLowerCase(n)},notEquals:function(e,t,n){return t==null||t===``?!1:e==null?!0:e.getTime&&t.getTime?e.getTime()!==t.getTime():gf(e.toString()).toLocaleLowerCase(n)!=gf(t.toString()).toLocaleLowerCase(n)},in:function(e,t){if(t==null||t.length===0)return!0;for(var n=0;n<t.length;n++)if($d(e,t[n]))return!0;return!1},between:function(e,t){return t==null||t[0]==null||t[1]==null?!0:e==null?!1:e.getTime?t[0].getTime()<=e.getTime()&&e.getTime()<=t[1].getTime():t[0]<=e&&e<=t[1]},lt:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()<t.getTime():e<t},lte:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()<=t.getTime():e<=t},gt:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()>t.getTime():e>t},gte:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()>=t.getTime():e>=t},dateIs:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.toDateString()===t.toDateString())},dateIsNot:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.toDateString()!==t.toDateString())},dateBefore:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.getTime()<t.getTime())},dateAfter:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.getTime()>t.getTime())}},register:function(e,t){this.filters[e]=t}}}));function Xk(e){"@babel/helpers - typeof";return Xk=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Xk(e)}function Zk(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function Qk(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,eA(r.key),r)}}function $k(e,t,n){return t&&Qk(e.prototype,t),Object.defineProperty(e,"prototype",{writable:!1}),e}function eA(e){var t=tA(e,`string`);return Xk(t)==`symbol`?t:t+``}function tA(e,t){if(Xk(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Xk(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return String(e)}var nA,rA=t((()=>{Mf(),Wd(),nA=/*#__PURE__*/ function(){function e(t){var n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:function(){};Zk(this,e),this.element=t,this.listener=n}return $k(e,[{key:`bindScrollListener`,value:function(){this.scrollableParents=Fd(this.element);for(var e=0;e<this.scrollableParents.length;e++)this.scrollableParents[e].addEventListener(`scroll`,this.listener)}},{key:`unbindScrollListener`,value:function(){if(this.scrollableParents)for(var e=0;e<this.scrollableParents.length;e++)this.scrollableParents[e].removeEventListener(`scroll`,this.listener)}},{key:`destroy`,value:function(){this.unbindScrollListener(),this.element=null,this.listener=null,this.scrollableParents=null}}])}()}));function iA(e){return cA(e)||sA(e)||oA(e)||aA()}function aA(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function oA(e,t){if(e){if(typeof e==`string`)return lA(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?lA(e,t):void 0}}function sA(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function cA(e){if(Array.isArray(e))return lA(e)}function lA(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function uA(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),iA(t[0]||=[B(`rect`,{width:`1`,height:`1`,fill:`currentColor`,"fill-opacity":`0`},null,-1)]),16)}var dA,fA=t((()=>{Xm(),q(),dA={name:`BlankIcon`,extends:Ym},dA.render=uA})),pA,mA=t((()=>{Kd(),pA=Gd()})),hA,gA=t((()=>{hA=`
    .p-virtualscroller-loader {
        background: dt('virtualscroller.loader.mask.background');
        color: dt('virtualscroller.loader.mask.color');
    }

    .p-virtualscroller-loading-icon {
        font-size: dt('virtualscroller.loader.icon.size');
        width: dt('virtualscroller.loader.icon.size');
        height: dt('virtualscroller.loader.icon.size');
    }
`})),_A,vA=t((()=>{gA(),cm(),_A=Y.extend({name:`virtualscroller`,css:`
.p-virtualscroller {
    position: relative;
    overflow: auto;
    contain: strict;
    transform: translateZ(0);
    will-change: scroll-position;
    outline: 0 none;
}

.p-virtualscroller-content {
    position: absolute;
    top: 0;
    left: 0;
    min-height: 100%;
    min-width: 100%;
    will-change: transform;
}

.p-virtualscroller-spacer {
    position: absolute;
    top: 0;
    left: 0;
    height: 1px;
    width: 1px;
    transform-origin: 0 0;
    pointer-events: none;
}

.p-virtualscroller-loader {
    position: sticky;
    top: 0;
    left: 0;
    width: 100%;
    height: 100%;
}

.p-virtualscroller-loader-mask {
    display: flex;
    align-items: center;
    justify-content: center;
}

.p-virtualscroller-horizontal > .p-virtualscroller-content {
    display: flex;
}

.p-virtualscroller-inline .p-virtualscroller-content {
    position: static;
}

.p-virtualscroller .p-virtualscroller-loading {
    transform: none !important;
    min-height: 0;
    position: sticky;
    inset-block-start: 0;
    inset-inline-start: 0;
}
`,style:hA})}));function yA(e){"@babel/helpers - typeof";return yA=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},yA(e)}function bA(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function xA(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?bA(Object(n),!0).forEach(function(t){SA(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):bA(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function SA(e,t,n){return(t=CA(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function CA(e){var t=wA(e,`string`);return yA(t)==`symbol`?t:t+``}function wA(e,t){if(yA(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(yA(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function TA(e,t,n,r,i,a){var o=di(`SpinnerIcon`);return e.disabled?(L(),R(W,{key:1},[I(e.$slots,`default`),I(e.$slots,`content`,{items:e.items,rows:e.items,columns:a.loadedColumns})],64)):(L(),R(`div`,U({key:0,ref:a.elementRef,class:a.containerClass,tabindex:e.tabindex,style:e.style,onScroll:t[0]||=function(){return a.onScroll&&a.onScroll.apply(a,arguments)}},e.ptmi(`root`)),[I(e.$slots,`content`,{styleClass:a.contentClass,items:a.loadedItems,getItemOptions:a.getOptions,loading:i.d_loading,getLoaderOptions:a.getLoaderOptions,itemSize:e.itemSize,rows:a.loadedRows,columns:a.loadedColumns,contentRef:a.contentRef,spacerStyle:i.spacerStyle,contentStyle:i.contentStyle,vertical:a.isVertical(),horizontal:a.isHorizontal(),both:a.isBoth()},function(){return[B(`div`,U({ref:a.contentRef,class:a.contentClass,style:i.contentStyle},e.ptm(`content`)),[(L(!0),R(W,null,gi(a.loadedItems,function(t,n){return I(e.$slots,`item`,{key:n,item:t,options:a.getOptions(n)})}),128))],16)]}),e.showSpacer?(L(),R(`div`,U({key:0,class:`p-virtualscroller-spacer`,style:i.spacerStyle},e.ptm(`spacer`)),null,16)):H(``,!0),!e.loaderDisabled&&e.showLoader&&i.d_loading?(L(),R(`div`,U({key:1,class:a.loaderClass},e.ptm(`loader`)),[e.$slots&&e.$slots.loader?(L(!0),R(W,{key:0},gi(i.loaderArr,function(t,n){return I(e.$slots,`loader`,{key:n,options:a.getLoaderOptions(n,a.isBoth()&&{numCols:e.d_numItemsInViewport.cols})})}),128)):H(``,!0),I(e.$slots,`loadingicon`,{},function(){return[G(o,U({spin:``,class:`p-virtualscroller-loading-icon`},e.ptm(`loadingIcon`)),null,16)]})],16)):H(``,!0)],16,OA))}var EA,DA,OA,kA=t((()=>{Wd(),ah(),Dm(),vA(),q(),EA={name:`BaseVirtualScroller`,extends:Em,props:{id:{type:String,default:null},style:null,class:null,items:{type:Array,default:null},itemSize:{type:[Number,Array],default:0},scrollHeight:null,scrollWidth:null,orientation:{type:String,default:`vertical`},numToleratedItems:{type:Number,default:null},delay:{type:Number,default:0},resizeDelay:{type:Number,default:10},lazy:{type:Boolean,default:!1},disabled:{type:Boolean,default:!1},loaderDisabled:{type:Boolean,default:!1},columns:{type:Array,default:null},loading:{type:Boolean,default:!1},showSpacer:{type:Boolean,default:!0},showLoader:{type:Boolean,default:!1},tabindex:{type:Number,default:0},inline:{type:Boolean,default:!1},step:{type:Number,default:0},appendOnly:{type:Boolean,default:!1},autoSize:{type:Boolean,default:!1}},style:_A,provide:function(){return{$pcVirtualScroller:this,$parentInstance:this}},beforeMount:function(){var e;_A.loadCSS({nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce})}},DA={name:`VirtualScroller`,extends:EA,inheritAttrs:!1,emits:[`update:numToleratedItems`,`scroll`,`scroll-index-change`,`lazy-load`],data:function(){var e=this.isBoth();return{first:e?{rows:0,cols:0}:0,last:e?{rows:0,cols:0}:0,page:e?{rows:0,cols:0}:0,numItemsInViewport:e?{rows:0,cols:0}:0,lastScrollPos:e?{top:0,left:0}:0,d_numToleratedItems:this.numToleratedItems,d_loading:this.loading,loaderArr:[],spacerStyle:{},contentStyle:{}}},element:null,content:null,lastScrollPos:null,scrollTimeout:null,resizeTimeout:null,defaultWidth:0,defaultHeight:0,defaultContentWidth:0,defaultContentHeight:0,isRangeChanged:!1,lazyLoadState:{},resizeListener:null,resizeObserver:null,initialized:!1,watch:{numToleratedItems:function(e){this.d_numToleratedItems=e},loading:function(e,t){this.lazy&&e!==t&&e!==this.d_loading&&(this.d_loading=e)},items:{handler:function(e,t){t&&t.length===(e||[]).length||(this.init(),this.calculateAutoSize())},deep:!0},itemSize:function(){this.init(),this.calculateAutoSize()},orientation:function(){this.lastScrollPos=this.isBoth()?{top:0,left:0}:0},scrollHeight:function(){this.init(),this.calculateAutoSize()},scrollWidth:function(){this.init(),this.calculateAutoSize()}},mounted:function(){this.viewInit(),this.lastScrollPos=this.isBoth()?{top:0,left:0}:0,this.lazyLoadState=this.lazyLoadState||{}},updated:function(){!this.initialized&&this.viewInit()},unmounted:function(){this.unbindResizeListener(),this.initialized=!1},methods:{viewInit:function(){Vd(this.element)&&(this.setContentEl(this.content),this.init(),this.calculateAutoSize(),this.defaultWidth=Ld(this.element),this.defaultHeight=Ad(this.element),this.defaultContentWidth=Ld(this.content),this.defaultContentHeight=Ad(this.content),this.initialized=!0),this.element&&this.bindResizeListener()},init:function(){this.disabled||(this.setSize(),this.calculateOptions(),this.setSpacerSize())},isVertical:function(){return this.orientation===`vertical`},isHorizontal:function(){return this.orientation===`horizontal`},isBoth:function(){return this.orientation===`both`},scrollTo:function(e){this.element&&this.element.scrollTo(e)},scrollToIndex:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:`auto`,r=this.isBoth(),i=this.isHorizontal();if(r?e.every(function(e){return e>-1}):e>-1){var a=this.first,o=this.element,s=o.scrollTop,c=s===void 0?0:s,l=o.scrollLeft,u=l===void 0?0:l,d=this.calculateNumItems().numToleratedItems,f=this.getContentPosition(),p=this.itemSize,m=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0;return e<=(arguments.length>1?arguments[1]:void 0)?0:e},h=function(e,t,n){return e*t+n},g=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return t.scrollTo({left:e,top:r,behavior:n})},_=r?{rows:0,cols:0}:0,v=!1,y=!1;r?(_={rows:m(e[0],d[0]),cols:m(e[1],d[1])},g(h(_.cols,p[1],f.left),h(_.rows,p[0],f.top)),y=this.lastScrollPos.top!==c||this.lastScrollPos.left!==u,v=_.rows!==a.rows||_.cols!==a.cols):(_=m(e,d),i?g(h(_,p,f.left),c):g(u,h(_,p,f.top)),y=this.lastScrollPos!==(i?u:c),v=_!==a),this.isRangeChanged=v,y&&(this.first=_)}},scrollInView:function(e,t){var n=this,r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:`auto`;if(t){var i=this.isBoth(),a=this.isHorizontal();if(i?e.every(function(e){return e>-1}):e>-1){var o=this.getRenderedRange(),s=o.first,c=o.viewport,l=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return n.scrollTo({left:e,top:t,behavior:r})},u=t===`to-start`,d=t===`to-end`;if(u){if(i)c.first.rows-s.rows>e[0]?l(c.first.cols*this.itemSize[1],(c.first.rows-1)*this.itemSize[0]):c.first.cols-s.cols>e[1]&&l((c.first.cols-1)*this.itemSize[1],c.first.rows*this.itemSize[0]);else if(c.first-s>e){var f=(c.first-1)*this.itemSize;a?l(f,0):l(0,f)}}else if(d){if(i)c.last.rows-s.rows<=e[0]+1?l(c.first.cols*this.itemSize[1],(c.first.rows+1)*this.itemSize[0]):c.last.cols-s.cols<=e[1]+1&&l((c.first.cols+1)*this.itemSize[1],c.first.rows*this.itemSize[0]);else if(c.last-s<=e+1){var p=(c.first+1)*this.itemSize;a?l(p,0):l(0,p)}}}}else this.scrollToIndex(e,r)},getRenderedRange:function(){var e=function(e,t){return Math.floor(e/(t||e))},t=this.first,n=0;if(this.element){var r=this.isBoth(),i=this.isHorizontal(),a=this.element,o=a.scrollTop,s=a.scrollLeft;r?(t={rows:e(o,this.itemSize[0]),cols:e(s,this.itemSize[1])},n={rows:t.rows+this.numItemsInViewport.rows,cols:t.cols+this.numItemsInViewport.cols}):(t=e(i?s:o,this.itemSize),n=t+this.numItemsInViewport)}return{first:this.first,last:this.last,viewport:{first:t,last:n}}},calculateNumItems:function(){var e=this.isBoth(),t=this.isHorizontal(),n=this.itemSize,r=this.getContentPosition(),i=this.element?this.element.offsetWidth-r.left:0,a=this.element?this.element.offsetHeight-r.top:0,o=function(e,t){return Math.ceil(e/(t||e))},s=function(e){return Math.ceil(e/2)},c=e?{rows:o(a,n[0]),cols:o(i,n[1])}:o(t?i:a,n);return{numItemsInViewport:c,numToleratedItems:this.d_numToleratedItems||(e?[s(c.rows),s(c.cols)]:s(c))}},calculateOptions:function(){var e=this,t=this.isBoth(),n=this.first,r=this.calculateNumItems(),i=r.numItemsInViewport,a=r.numToleratedItems,o=function(t,n,r){var i=arguments.length>3&&arguments[3]!==void 0&&arguments[3];return e.getLast(t+n+(t<r?2:3)*r,i)},s=t?{rows:o(n.rows,i.rows,a[0]),cols:o(n.cols,i.cols,a[1],!0)}:o(n,i,a);this.last=s,this.numItemsInViewport=i,this.d_numToleratedItems=a,this.$emit(`update:numToleratedItems`,this.d_numToleratedItems),this.showLoader&&(this.loaderArr=t?Array.from({length:i.rows}).map(function(){return Array.from({length:i.cols})}):Array.from({length:i})),this.lazy&&Promise.resolve().then(function(){e.lazyLoadState={first:e.step?t?{rows:0,cols:n.cols}:0:n,last:Math.min(e.step?e.step:s,e.items?.length||0)},e.$emit(`lazy-load`,e.lazyLoadState)})},calculateAutoSize:function(){var e=this;this.autoSize&&!this.d_loading&&Promise.resolve().then(function(){if(e.content){var t=e.isBoth(),n=e.isHorizontal(),r=e.isVertical();e.content.style.minHeight=e.content.style.minWidth=`auto`,e.content.style.position=`relative`,e.element.style.contain=`none`;var i=[Ld(e.element),Ad(e.element)],a=i[0],o=i[1];(t||n)&&(e.element.style.width=a<e.defaultWidth?a+`px`:e.scrollWidth||e.defaultWidth+`px`),(t||r)&&(e.element.style.height=o<e.defaultHeight?o+`px`:e.scrollHeight||e.defaultHeight+`px`),e.content.style.minHeight=e.content.style.minWidth=``,e.content.style.position=``,e.element.style.contain=``}})},getLast:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1?arguments[1]:void 0;return this.items?Math.min(t?(this.columns||this.items[0])?.length||0:this.items?.length||0,e):0},getContentPosition:function(){if(this.content){var e=getComputedStyle(this.content),t=parseFloat(e.paddingLeft)+Math.max(parseFloat(e.left)||0,0),n=parseFloat(e.paddingRight)+Math.max(parseFloat(e.right)||0,0),r=parseFloat(e.paddingTop)+Math.max(parseFloat(e.top)||0,0),i=parseFloat(e.paddingBottom)+Math.max(parseFloat(e.bottom)||0,0);return{left:t,right:n,top:r,bottom:i,x:t+n,y:r+i}}return{left:0,right:0,top:0,bottom:0,x:0,y:0}},setSize:function(){var e=this;if(this.element){var t=this.isBoth(),n=this.isHorizontal(),r=this.element.parentElement,i=this.scrollWidth||`${this.element.offsetWidth||r.offsetWidth}px`,a=this.scrollHeight||`${this.element.offsetHeight||r.offsetHeight}px`,o=function(t,n){return e.element.style[t]=n};t||n?(o(`height`,a),o(`width`,i)):o(`height`,a)}},setSpacerSize:function(){var e=this,t=this.items;if(t){var n=this.isBoth(),r=this.isHorizontal(),i=this.getContentPosition(),a=function(t,n,r){var i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:0;return e.spacerStyle=xA(xA({},e.spacerStyle),SA({},`${t}`,(n||[]).length*r+i+`px`))};n?(a(`height`,t,this.itemSize[0],i.y),a(`width`,this.columns||t[1],this.itemSize[1],i.x)):r?a(`width`,this.columns||t,this.itemSize,i.x):a(`height`,t,this.itemSize,i.y)}},setContentPosition:function(e){var t=this;if(this.content&&!this.appendOnly){var n=this.isBoth(),r=this.isHorizontal(),i=e?e.first:this.first,a=function(e,t){return e*t},o=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return t.contentStyle=xA(xA({},t.contentStyle),{transform:`translate3d(${e}px, ${n}px, 0)`})};if(n)o(a(i.cols,this.itemSize[1]),a(i.rows,this.itemSize[0]));else{var s=a(i,this.itemSize);r?o(s,0):o(0,s)}}},onScrollPositionChange:function(e){var t=this,n=e.target,r=this.isBoth(),i=this.isHorizontal(),a=this.getContentPosition(),o=function(e,t){return e?e>t?e-t:e:0},s=function(e,t){return Math.floor(e/(t||e))},c=function(e,t,n,r,i,a){return e<=i?i:a?n-r-i:t+i-1},l=function(e,n,r,i,a,o,s,c){if(e<=o)return 0;var l=Math.max(0,s?e<n?r:e-o:e>n?r:e-2*o),u=t.getLast(l,c);return l>u?u-a:l},u=function(e,n,r,i,a,o){var s=n+i+2*a;return e>=a&&(s+=a+1),t.getLast(s,o)},d=o(n.scrollTop,a.top),f=o(n.scrollLeft,a.left),p=r?{rows:0,cols:0}:0,m=this.last,h=!1,g=this.lastScrollPos;if(r){var _=this.lastScrollPos.top<=d,v=this.lastScrollPos.left<=f;if(!this.appendOnly||this.appendOnly&&(_||v)){var y={rows:s(d,this.itemSize[0]),cols:s(f,this.itemSize[1])},b={rows:c(y.rows,this.first.rows,this.last.rows,this.numItemsInViewport.rows,this.d_numToleratedItems[0],_),cols:c(y.cols,this.first.cols,this.last.cols,this.numItemsInViewport.cols,this.d_numToleratedItems[1],v)};p={rows:l(y.rows,b.rows,this.first.rows,this.last.rows,this.numItemsInViewport.rows,this.d_numToleratedItems[0],_),cols:l(y.cols,b.cols,this.first.cols,this.last.cols,this.numItemsInViewport.cols,this.d_numToleratedItems[1],v,!0)},m={rows:u(y.rows,p.rows,this.last.rows,this.numItemsInViewport.rows,this.d_numToleratedItems[0]),cols:u(y.cols,p.cols,this.last.cols,this.numItemsInViewport.cols,this.d_numToleratedItems[1],!0)},h=p.rows!==this.first.rows||m.rows!==this.last.rows||p.cols!==this.first.cols||m.cols!==this.last.cols||this.isRangeChanged,g={top:d,left:f}}}else{var x=i?f:d,S=this.lastScrollPos<=x;if(!this.appendOnly||this.appendOnly&&S){var C=s(x,this.itemSize);p=l(C,c(C,this.first,this.last,this.numItemsInViewport,this.d_numToleratedItems,S),this.first,this.last,this.numItemsInViewport,this.d_numToleratedItems,S),m=u(C,p,this.last,this.numItemsInViewport,this.d_numToleratedItems),h=p!==this.first||m!==this.last||this.isRangeChanged,g=x}}return{first:p,last:m,isRangeChanged:h,scrollPos:g}},onScrollChange:function(e){var t=this.onScrollPositionChange(e),n=t.first,r=t.last,i=t.isRangeChanged,a=t.scrollPos;if(i){var o={first:n,last:r};if(this.setContentPosition(o),this.first=n,this.last=r,this.lastScrollPos=a,this.$emit(`scroll-index-change`,o),this.lazy&&this.isPageChanged(n)){var s={first:this.step?Math.min(this.getPageByFirst(n)*this.step,(this.items?.length||0)-this.step):n,last:Math.min(this.step?(this.getPageByFirst(n)+1)*this.step:r,this.items?.length||0)};(this.lazyLoadState.first!==s.first||this.lazyLoadState.last!==s.last)&&this.$emit(`lazy-load`,s),this.lazyLoadState=s}}},onScroll:function(e){var t=this;this.$emit(`scroll`,e),this.delay?(this.scrollTimeout&&clearTimeout(this.scrollTimeout),this.isPageChanged()&&(!this.d_loading&&this.showLoader&&(this.onScrollPositionChange(e).isRangeChanged||this.step&&this.isPageChanged())&&(this.d_loading=!0),this.scrollTimeout=setTimeout(function(){t.onScrollChange(e),t.d_loading&&t.showLoader&&(!t.lazy||t.loading===void 0)&&(t.d_loading=!1,t.page=t.getPageByFirst())},this.delay))):this.onScrollChange(e)},onResize:function(){var e=this;this.resizeTimeout&&clearTimeout(this.resizeTimeout),this.resizeTimeout=setTimeout(function(){if(Vd(e.element)){var t=e.isBoth(),n=e.isVertical(),r=e.isHorizontal(),i=[Ld(e.element),Ad(e.element)],a=i[0],o=i[1],s=a!==e.defaultWidth,c=o!==e.defaultHeight;(t?s||c:r?s:n&&c)&&(e.d_numToleratedItems=e.numToleratedItems,e.defaultWidth=a,e.defaultHeight=o,e.defaultContentWidth=Ld(e.content),e.defaultContentHeight=Ad(e.content),e.init())}},this.resizeDelay)},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=this.onResize.bind(this),window.addEventListener(`resize`,this.resizeListener),window.addEventListener(`orientationchange`,this.resizeListener),this.resizeObserver=new ResizeObserver(function(){e.onResize()}),this.resizeObserver.observe(this.element))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),window.removeEventListener(`orientationchange`,this.resizeListener),null),this.resizeObserver&&=(this.resizeObserver.disconnect(),null)},getOptions:function(e){var t=(this.items||[]).length,n=this.isBoth()?this.first.rows+e:this.first+e;return{index:n,count:t,first:n===0,last:n===t-1,even:n%2==0,odd:n%2!=0}},getLoaderOptions:function(e,t){var n=this.loaderArr.length;return xA({index:e,count:n,first:e===0,last:e===n-1,even:e%2==0,odd:e%2!=0},t)},getPageByFirst:function(e){return Math.floor(((e??this.first)+this.d_numToleratedItems*4)/(this.step||1))},isPageChanged:function(e){return this.step&&!this.lazy?this.page!==this.getPageByFirst(e??this.first):!0},setContentEl:function(e){this.content=e||this.content||Td(this.element,`[data-pc-section="content"]`)},elementRef:function(e){this.element=e},contentRef:function(e){this.content=e}},computed:{containerClass:function(){return[`p-virtualscroller`,this.class,{"p-virtualscroller-inline":this.inline,"p-virtualscroller-both p-both-scroll":this.isBoth(),"p-virtualscroller-horizontal p-horizontal-scroll":this.isHorizontal()}]},contentClass:function(){return[`p-virtualscroller-content`,{"p-virtualscroller-loading":this.d_loading}]},loaderClass:function(){return[`p-virtualscroller-loader`,{"p-virtualscroller-loader-mask":!this.$slots.loader}]},loadedItems:function(){var e=this;return this.items&&!this.d_loading?this.isBoth()?this.items.slice(this.appendOnly?0:this.first.rows,this.last.rows).map(function(t){return e.columns?t:t.slice(e.appendOnly?0:e.first.cols,e.last.cols)}):this.isHorizontal()&&this.columns?this.items:this.items.slice(this.appendOnly?0:this.first,this.last):[]},loadedRows:function(){return this.d_loading?this.loaderDisabled?this.loaderArr:[]:this.loadedItems},loadedColumns:function(){if(this.columns){var e=this.isBoth(),t=this.isHorizontal();if(e||t)return this.d_loading&&this.loaderDisabled?e?this.loaderArr[0]:this.loaderArr:this.columns.slice(e?this.first.cols:this.first,e?this.last.cols:this.last)}return this.columns}},components:{SpinnerIcon:ih}},OA=[`tabindex`],DA.render=TA})),AA,jA=t((()=>{AA=`
    .p-select {
        display: inline-flex;
        cursor: pointer;
        position: relative;
        user-select: none;
        background: dt('select.background');
        border: 1px solid dt('select.border.color');
        transition:
            background dt('select.transition.duration'),
            color dt('select.transition.duration'),
            border-color dt('select.transition.duration'),
            outline-color dt('select.transition.duration'),
            box-shadow dt('select.transition.duration');
        border-radius: dt('select.border.radius');
        outline-color: transparent;
        box-shadow: dt('select.shadow');
    }

    .p-select:not(.p-disabled):hover {
        border-color: dt('select.hover.border.color');
    }

    .p-select:not(.p-disabled).p-focus {
        border-color: dt('select.focus.border.color');
        box-shadow: dt('select.focus.ring.shadow');
        outline: dt('select.focus.ring.width') dt('select.focus.ring.style') dt('select.focus.ring.color');
        outline-offset: dt('select.focus.ring.offset');
    }

    .p-select.p-variant-filled {
        background: dt('select.filled.background');
    }

    .p-select.p-variant-filled:not(.p-disabled):hover {
        background: dt('select.filled.hover.background');
    }

    .p-select.p-variant-filled:not(.p-disabled).p-focus {
        background: dt('select.filled.focus.background');
    }

    .p-select.p-invalid {
        border-color: dt('select.invalid.border.color');
    }

    .p-select.p-disabled {
        opacity: 1;
        background: dt('select.disabled.background');
    }

    .p-select-clear-icon {
        align-self: center;
        color: dt('select.clear.icon.color');
        inset-inline-end: dt('select.dropdown.width');
    }

    .p-select-dropdown {
        display: flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;
        background: transparent;
        color: dt('select.dropdown.color');
        width: dt('select.dropdown.width');
        border-start-end-radius: dt('select.border.radius');
        border-end-end-radius: dt('select.border.radius');
    }

    .p-select-label {
        display: block;
        white-space: nowrap;
        overflow: hidden;
        flex: 1 1 auto;
        width: 1%;
        padding: dt('select.padding.y') dt('select.padding.x');
        text-overflow: ellipsis;
        cursor: pointer;
        color: dt('select.color');
        background: transparent;
        border: 0 none;
        outline: 0 none;
        font-size: 1rem;
    }

    .p-select-label.p-placeholder {
        color: dt('select.placeholder.color');
    }

    .p-select.p-invalid .p-select-label.p-placeholder {
        color: dt('select.invalid.placeholder.color');
    }

    .p-select.p-disabled .p-select-label {
        color: dt('select.disabled.color');
    }

    .p-select-label-empty {
        overflow: hidden;
        opacity: 0;
    }

    input.p-select-label {
        cursor: default;
    }

    .p-select-overlay {
        position: absolute;
        top: 0;
        left: 0;
        background: dt('select.overlay.background');
        color: dt('select.overlay.color');
        border: 1px solid dt('select.overlay.border.color');
        border-radius: dt('select.overlay.border.radius');
        box-shadow: dt('select.overlay.shadow');
        min-width: 100%;
        transform-origin: inherit;
        will-change: transform;
    }

    .p-select-header {
        padding: dt('select.list.header.padding');
    }

    .p-select-filter {
        width: 100%;
    }

    .p-select-list-container {
        overflow: auto;
    }

    .p-select-option-group {
        cursor: auto;
        margin: 0;
        padding: dt('select.option.group.padding');
        background: dt('select.option.group.background');
        color: dt('select.option.group.color');
        font-weight: dt('select.option.group.font.weight');
    }

    .p-select-list {
        margin: 0;
        padding: 0;
        list-style-type: none;
        padding: dt('select.list.padding');
        gap: dt('select.list.gap');
        display: flex;
        flex-direction: column;
    }

    .p-select-option {
        cursor: pointer;
        font-weight: normal;
        white-space: nowrap;
        position: relative;
        overflow: hidden;
        display: flex;
        align-items: center;
        padding: dt('select.option.padding');
        border: 0 none;
        color: dt('select.option.color');
        background: transparent;
        transition:
            background dt('select.transition.duration'),
            color dt('select.transition.duration'),
            border-color dt('select.transition.duration'),
            box-shadow dt('select.transition.duration'),
            outline-color dt('select.transition.duration');
        border-radius: dt('select.option.border.radius');
    }

    .p-select-option:not(.p-select-option-selected):not(.p-disabled).p-focus {
        background: dt('select.option.focus.background');
        color: dt('select.option.focus.color');
    }

    .p-select-option:not(.p-select-option-selected):not(.p-disabled):hover {
        background: dt('select.option.focus.background');
        color: dt('select.option.focus.color');
    }

    .p-select-option.p-select-option-selected {
        background: dt('select.option.selected.background');
        color: dt('select.option.selected.color');
    }

    .p-select-option.p-select-option-selected.p-focus {
        background: dt('select.option.selected.focus.background');
        color: dt('select.option.selected.focus.color');
    }
   
    .p-select-option-blank-icon {
        flex-shrink: 0;
    }

    .p-select-option-check-icon {
        position: relative;
        flex-shrink: 0;
        margin-inline-start: dt('select.checkmark.gutter.start');
        margin-inline-end: dt('select.checkmark.gutter.end');
        color: dt('select.checkmark.color');
    }

    .p-select-empty-message {
        padding: dt('select.empty.message.padding');
    }

    .p-select-fluid {
        display: flex;
        width: 100%;
    }

    .p-select-sm .p-select-label {
        font-size: dt('select.sm.font.size');
        padding-block: dt('select.sm.padding.y');
        padding-inline: dt('select.sm.padding.x');
    }

    .p-select-sm .p-select-dropdown .p-icon {
        font-size: dt('select.sm.font.size');
        width: dt('select.sm.font.size');
        height: dt('select.sm.font.size');
    }

    .p-select-lg .p-select-label {
        font-size: dt('select.lg.font.size');
        padding-block: dt('select.lg.padding.y');
        padding-inline: dt('select.lg.padding.x');
    }

    .p-select-lg .p-select-dropdown .p-icon {
        font-size: dt('select.lg.font.size');
        width: dt('select.lg.font.size');
        height: dt('select.lg.font.size');
    }

    .p-floatlabel-in .p-select-filter {
        padding-block-start: dt('select.padding.y');
        padding-block-end: dt('select.padding.y');
    }
`})),MA,NA=t((()=>{jA(),cm(),MA=Y.extend({name:`select`,style:AA,classes:{root:function(e){var t=e.instance,n=e.props,r=e.state;return[`p-select p-component p-inputwrapper`,{"p-disabled":n.disabled,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-focus":r.focused,"p-inputwrapper-filled":t.$filled,"p-inputwrapper-focus":r.focused||r.overlayVisible,"p-select-open":r.overlayVisible,"p-select-fluid":t.$fluid,"p-select-sm p-inputfield-sm":n.size===`small`,"p-select-lg p-inputfield-lg":n.size===`large`}]},label:function(e){var t=e.instance,n=e.props;return[`p-select-label`,{"p-placeholder":!n.editable&&t.label===n.placeholder,"p-select-label-empty":!n.editable&&!t.$slots.value&&(t.label===`p-emptylabel`||t.label?.length===0)}]},clearIcon:`p-select-clear-icon`,dropdown:`p-select-dropdown`,loadingicon:`p-select-loading-icon`,dropdownIcon:`p-select-dropdown-icon`,overlay:`p-select-overlay p-component`,header:`p-select-header`,pcFilter:`p-select-filter`,listContainer:`p-select-list-container`,list:`p-select-list`,optionGroup:`p-select-option-group`,optionGroupLabel:`p-select-option-group-label`,option:function(e){var t=e.instance,n=e.props,r=e.state,i=e.option,a=e.focusedOption;return[`p-select-option`,{"p-select-option-selected":t.isSelected(i)&&n.highlightOnSelect,"p-focus":r.focusedOptionIndex===a,"p-disabled":t.isOptionDisabled(i)}]},optionLabel:`p-select-option-label`,optionCheckIcon:`p-select-option-check-icon`,optionBlankIcon:`p-select-option-blank-icon`,emptyMessage:`p-select-empty-message`}})}));function PA(e){"@babel/helpers - typeof";return PA=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},PA(e)}function FA(e){return zA(e)||RA(e)||LA(e)||IA()}function IA(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function LA(e,t){if(e){if(typeof e==`string`)return BA(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?BA(e,t):void 0}}function RA(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function zA(e){if(Array.isArray(e))return BA(e)}function BA(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function VA(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function HA(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?VA(Object(n),!0).forEach(function(t){UA(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):VA(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function UA(e,t,n){return(t=WA(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function WA(e){var t=GA(e,`string`);return PA(t)==`symbol`?t:t+``}function GA(e,t){if(PA(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(PA(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function KA(e,t,n,r,i,a){var o=di(`SpinnerIcon`),s=di(`InputText`),c=di(`SearchIcon`),l=di(`InputIcon`),u=di(`IconField`),d=di(`CheckIcon`),m=di(`BlankIcon`),h=di(`VirtualScroller`),g=di(`Portal`),_=pi(`ripple`);return L(),R(`div`,U({ref:`container`,id:e.$id,class:e.cx(`root`),onClick:t[12]||=function(){return a.onContainerClick&&a.onContainerClick.apply(a,arguments)},"data-p":a.containerDataP},e.ptmi(`root`)),[e.editable?(L(),R(`input`,U({key:0,ref:`focusInput`,name:e.name,id:e.labelId||e.inputId,type:`text`,class:[e.cx(`label`),e.inputClass,e.labelClass],style:[e.inputStyle,e.labelStyle],value:a.editableInputValue,placeholder:e.placeholder,tabindex:e.disabled?-1:e.tabindex,disabled:e.disabled,autocomplete:`off`,role:`combobox`,"aria-label":e.ariaLabel,"aria-labelledby":e.ariaLabelledby,"aria-haspopup":`listbox`,"aria-expanded":i.overlayVisible,"aria-controls":i.overlayVisible?e.$id+`_list`:void 0,"aria-activedescendant":i.focused?a.focusedOptionId:void 0,"aria-invalid":e.invalid||void 0,onFocus:t[0]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onKeydown:t[2]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)},onInput:t[3]||=function(){return a.onEditableInput&&a.onEditableInput.apply(a,arguments)},"data-p":a.labelDataP},e.ptm(`label`)),null,16,XA)):(L(),R(`span`,U({key:1,ref:`focusInput`,name:e.name,id:e.labelId||e.inputId,class:[e.cx(`label`),e.inputClass,e.labelClass],style:[e.inputStyle,e.labelStyle],tabindex:e.disabled?-1:e.tabindex,role:`combobox`,"aria-label":e.ariaLabel||(a.label===`p-emptylabel`?void 0:a.label),"aria-labelledby":e.ariaLabelledby,"aria-haspopup":`listbox`,"aria-expanded":i.overlayVisible,"aria-controls":e.$id+`_list`,"aria-activedescendant":i.focused?a.focusedOptionId:void 0,"aria-invalid":e.invalid||void 0,"aria-disabled":e.disabled,onFocus:t[4]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[5]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onKeydown:t[6]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)},"data-p":a.labelDataP},e.ptm(`label`)),[I(e.$slots,`value`,{value:e.d_value,placeholder:e.placeholder},function(){return[V(M(a.label===`p-emptylabel`?`\xA0`:a.label??`empty`),1)]})],16,ZA)),a.isClearIconVisible?I(e.$slots,`clearicon`,{key:2,class:f(e.cx(`clearIcon`)),clearCallback:a.onClearClick},function(){return[(L(),z(fi(e.clearIcon?`i`:`TimesIcon`),U({ref:`clearIcon`,class:[e.cx(`clearIcon`),e.clearIcon],onClick:a.onClearClick},e.ptm(`clearIcon`),{"data-pc-section":`clearicon`}),null,16,[`class`,`onClick`]))]}):H(``,!0),B(`div`,U({class:e.cx(`dropdown`)},e.ptm(`dropdown`)),[e.loading?I(e.$slots,`loadingicon`,{key:0,class:f(e.cx(`loadingIcon`))},function(){return[e.loadingIcon?(L(),R(`span`,U({key:0,class:[e.cx(`loadingIcon`),`pi-spin`,e.loadingIcon],"aria-hidden":`true`},e.ptm(`loadingIcon`)),null,16)):(L(),z(o,U({key:1,class:e.cx(`loadingIcon`),spin:``,"aria-hidden":`true`},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):I(e.$slots,`dropdownicon`,{key:1,class:f(e.cx(`dropdownIcon`))},function(){return[(L(),z(fi(e.dropdownIcon?`span`:`ChevronDownIcon`),U({class:[e.cx(`dropdownIcon`),e.dropdownIcon],"aria-hidden":`true`,"data-p":a.dropdownIconDataP},e.ptm(`dropdownIcon`)),null,16,[`class`,`data-p`]))]})],16),G(g,{appendTo:e.appendTo},{default:F(function(){return[G(Yl,U({name:`p-anchored-overlay`,onEnter:a.onOverlayEnter,onAfterEnter:a.onOverlayAfterEnter,onLeave:a.onOverlayLeave,onAfterLeave:a.onOverlayAfterLeave},e.ptm(`transition`)),{default:F(function(){return[i.overlayVisible?(L(),R(`div`,U({key:0,ref:a.overlayRef,class:[e.cx(`overlay`),e.panelClass,e.overlayClass],style:[e.panelStyle,e.overlayStyle],onClick:t[10]||=function(){return a.onOverlayClick&&a.onOverlayClick.apply(a,arguments)},onKeydown:t[11]||=function(){return a.onOverlayKeyDown&&a.onOverlayKeyDown.apply(a,arguments)},"data-p":a.overlayDataP},e.ptm(`overlay`)),[B(`span`,U({ref:`firstHiddenFocusableElementOnOverlay`,role:`presentation`,"aria-hidden":`true`,class:`p-hidden-accessible p-hidden-focusable`,tabindex:0,onFocus:t[7]||=function(){return a.onFirstHiddenFocus&&a.onFirstHiddenFocus.apply(a,arguments)}},e.ptm(`hiddenFirstFocusableEl`),{"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0}),null,16),I(e.$slots,`header`,{value:e.d_value,options:a.visibleOptions}),e.filter?(L(),R(`div`,U({key:0,class:e.cx(`header`)},e.ptm(`header`)),[G(u,{unstyled:e.unstyled,pt:e.ptm(`pcFilterContainer`)},{default:F(function(){return[G(s,{ref:`filterInput`,type:`text`,value:i.filterValue,onVnodeMounted:a.onFilterUpdated,onVnodeUpdated:a.onFilterUpdated,class:f(e.cx(`pcFilter`)),placeholder:e.filterPlaceholder,variant:e.variant,unstyled:e.unstyled,role:`searchbox`,autocomplete:`off`,"aria-owns":e.$id+`_list`,"aria-activedescendant":a.focusedOptionId,onKeydown:a.onFilterKeyDown,onBlur:a.onFilterBlur,onInput:a.onFilterChange,pt:e.ptm(`pcFilter`),formControl:{novalidate:!0}},null,8,[`value`,`onVnodeMounted`,`onVnodeUpdated`,`class`,`placeholder`,`variant`,`unstyled`,`aria-owns`,`aria-activedescendant`,`onKeydown`,`onBlur`,`onInput`,`pt`]),G(l,{unstyled:e.unstyled,pt:e.ptm(`pcFilterIconContainer`)},{default:F(function(){return[I(e.$slots,`filtericon`,{},function(){return[e.filterIcon?(L(),R(`span`,U({key:0,class:e.filterIcon},e.ptm(`filterIcon`)),null,16)):(L(),z(c,p(U({key:1},e.ptm(`filterIcon`))),null,16))]})]}),_:3},8,[`unstyled`,`pt`])]}),_:3},8,[`unstyled`,`pt`]),B(`span`,U({role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenFilterResult`),{"data-p-hidden-accessible":!0}),M(a.filterResultMessageText),17)],16)):H(``,!0),B(`div`,U({class:e.cx(`listContainer`),style:{"max-height":a.virtualScrollerDisabled?e.scrollHeight:``}},e.ptm(`listContainer`)),[G(h,U({ref:a.virtualScrollerRef},e.virtualScrollerOptions,{items:a.visibleOptions,style:{height:e.scrollHeight},tabindex:-1,disabled:a.virtualScrollerDisabled,pt:e.ptm(`virtualScroller`)}),_i({content:F(function(n){var r=n.styleClass,o=n.contentRef,s=n.items,c=n.getItemOptions,l=n.contentStyle,u=n.itemSize;return[B(`ul`,U({ref:function(e){return a.listRef(e,o)},id:e.$id+`_list`,class:[e.cx(`list`),r],style:l,role:`listbox`},e.ptm(`list`)),[(L(!0),R(W,null,gi(s,function(n,r){return L(),R(W,{key:a.getOptionRenderKey(n,a.getOptionIndex(r,c))},[a.isOptionGroup(n)?(L(),R(`li`,U({key:0,id:e.$id+`_`+a.getOptionIndex(r,c),style:{height:u?u+`px`:void 0},class:e.cx(`optionGroup`),role:`option`},{ref_for:!0},e.ptm(`optionGroup`)),[I(e.$slots,`optiongroup`,{option:n.optionGroup,index:a.getOptionIndex(r,c)},function(){return[B(`span`,U({class:e.cx(`optionGroupLabel`)},{ref_for:!0},e.ptm(`optionGroupLabel`)),M(a.getOptionGroupLabel(n.optionGroup)),17)]})],16,ej)):pr((L(),R(`li`,U({key:1,id:e.$id+`_`+a.getOptionIndex(r,c),class:e.cx(`option`,{option:n,focusedOption:a.getOptionIndex(r,c)}),style:{height:u?u+`px`:void 0},role:`option`,"aria-label":a.getOptionLabel(n),"aria-selected":a.isSelected(n),"aria-disabled":a.isOptionDisabled(n),"aria-setsize":a.ariaSetSize,"aria-posinset":a.getAriaPosInset(a.getOptionIndex(r,c)),onMousedown:function(e){return a.onOptionSelect(e,n)},onMousemove:function(e){return a.onOptionMouseMove(e,a.getOptionIndex(r,c))},onClick:t[8]||=Lu(function(){},[`stop`]),"data-p-selected":!e.checkmark&&a.isSelected(n),"data-p-focused":i.focusedOptionIndex===a.getOptionIndex(r,c),"data-p-disabled":a.isOptionDisabled(n)},{ref_for:!0},a.getPTItemOptions(n,c,r,`option`)),[e.checkmark?(L(),R(W,{key:0},[a.isSelected(n)?(L(),z(d,U({key:0,class:e.cx(`optionCheckIcon`)},{ref_for:!0},e.ptm(`optionCheckIcon`)),null,16,[`class`])):(L(),z(m,U({key:1,class:e.cx(`optionBlankIcon`)},{ref_for:!0},e.ptm(`optionBlankIcon`)),null,16,[`class`]))],64)):H(``,!0),I(e.$slots,`option`,{option:n,selected:a.isSelected(n),index:a.getOptionIndex(r,c)},function(){return[B(`span`,U({class:e.cx(`optionLabel`)},{ref_for:!0},e.ptm(`optionLabel`)),M(a.getOptionLabel(n)),17)]})],16,tj)),[[_]])],64)}),128)),i.filterValue&&(!s||s&&s.length===0)?(L(),R(`li`,U({key:0,class:e.cx(`emptyMessage`),role:`option`},e.ptm(`emptyMessage`),{"data-p-hidden-accessible":!0}),[I(e.$slots,`emptyfilter`,{},function(){return[V(M(a.emptyFilterMessageText),1)]})],16)):!e.options||e.options&&e.options.length===0?(L(),R(`li`,U({key:1,class:e.cx(`emptyMessage`),role:`option`},e.ptm(`emptyMessage`),{"data-p-hidden-accessible":!0}),[I(e.$slots,`empty`,{},function(){return[V(M(a.emptyMessageText),1)]})],16)):H(``,!0)],16,$A)]}),_:2},[e.$slots.loader?{name:`loader`,fn:F(function(t){var n=t.options;return[I(e.$slots,`loader`,{options:n})]}),key:`0`}:void 0]),1040,[`items`,`style`,`disabled`,`pt`])],16),I(e.$slots,`footer`,{value:e.d_value,options:a.visibleOptions}),!e.options||e.options&&e.options.length===0?(L(),R(`span`,U({key:1,role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenEmptyMessage`),{"data-p-hidden-accessible":!0}),M(a.emptyMessageText),17)):H(``,!0),B(`span`,U({role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenSelectedMessage`),{"data-p-hidden-accessible":!0}),M(a.selectedMessageText),17),B(`span`,U({ref:`lastHiddenFocusableElementOnOverlay`,role:`presentation`,"aria-hidden":`true`,class:`p-hidden-accessible p-hidden-focusable`,tabindex:0,onFocus:t[9]||=function(){return a.onLastHiddenFocus&&a.onLastHiddenFocus.apply(a,arguments)}},e.ptm(`hiddenLastFocusableEl`),{"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0}),null,16)],16,QA)):H(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onLeave`,`onAfterLeave`])]}),_:3},8,[`appendTo`])],16,YA)}var qA,JA,YA,XA,ZA,QA,$A,ej,tj,nj=t((()=>{Mf(),Wd(),Tf(),jf(),Yk(),rA(),fA(),jv(),uO(),ZD(),ah(),dg(),vD(),CD(),BD(),mA(),Ug(),Lh(),kA(),DD(),NA(),q(),qA={name:`BaseSelect`,extends:ED,props:{options:Array,optionLabel:[String,Function],optionValue:[String,Function],optionDisabled:[String,Function],optionGroupLabel:[String,Function],optionGroupChildren:[String,Function],scrollHeight:{type:String,default:`14rem`},filter:Boolean,filterPlaceholder:String,filterLocale:String,filterMatchMode:{type:String,default:`contains`},filterFields:{type:Array,default:null},editable:Boolean,placeholder:{type:String,default:null},dataKey:null,showClear:{type:Boolean,default:!1},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},labelId:{type:String,default:null},labelClass:{type:[String,Object],default:null},labelStyle:{type:Object,default:null},panelClass:{type:[String,Object],default:null},overlayStyle:{type:Object,default:null},overlayClass:{type:[String,Object],default:null},panelStyle:{type:Object,default:null},appendTo:{type:[String,Object],default:`body`},loading:{type:Boolean,default:!1},clearIcon:{type:String,default:void 0},dropdownIcon:{type:String,default:void 0},filterIcon:{type:String,default:void 0},loadingIcon:{type:String,default:void 0},resetFilterOnHide:{type:Boolean,default:!1},resetFilterOnClear:{type:Boolean,default:!1},virtualScrollerOptions:{type:Object,default:null},autoOptionFocus:{type:Boolean,default:!1},autoFilterFocus:{type:Boolean,default:!1},selectOnFocus:{type:Boolean,default:!1},focusOnHover:{type:Boolean,default:!0},highlightOnSelect:{type:Boolean,default:!0},checkmark:{type:Boolean,default:!1},filterMessage:{type:String,default:null},selectionMessage:{type:String,default:null},emptySelectionMessage:{type:String,default:null},emptyFilterMessage:{type:String,default:null},emptyMessage:{type:String,default:null},tabindex:{type:Number,default:0},ariaLabel:{type:String,default:null},ariaLabelledby:{type:String,default:null}},style:MA,provide:function(){return{$pcSelect:this,$parentInstance:this}}},JA={name:`Select`,extends:qA,inheritAttrs:!1,emits:[`change`,`focus`,`blur`,`before-show`,`before-hide`,`show`,`hide`,`filter`],outsideClickListener:null,scrollHandler:null,resizeListener:null,labelClickListener:null,matchMediaOrientationListener:null,overlay:null,list:null,virtualScroller:null,searchTimeout:null,searchValue:null,isModelValueChanged:!1,data:function(){return{clicked:!1,focused:!1,focusedOptionIndex:-1,filterValue:null,overlayVisible:!1,queryOrientation:null}},watch:{modelValue:function(){this.isModelValueChanged=!0},options:function(){this.autoUpdateModel()}},mounted:function(){this.autoUpdateModel(),this.bindLabelClickListener(),this.bindMatchMediaOrientationListener()},updated:function(){this.overlayVisible&&this.isModelValueChanged&&this.scrollInView(this.findSelectedOptionIndex()),this.isModelValueChanged=!1},beforeUnmount:function(){this.unbindOutsideClickListener(),this.unbindResizeListener(),this.unbindLabelClickListener(),this.unbindMatchMediaOrientationListener(),this.scrollHandler&&=(this.scrollHandler.destroy(),null),this.overlay&&=(Af.clear(this.overlay),null)},methods:{getOptionIndex:function(e,t){return this.virtualScrollerDisabled?e:t&&t(e).index},getOptionLabel:function(e){return this.optionLabel?Qd(e,this.optionLabel):e},getOptionValue:function(e){return this.optionValue?Qd(e,this.optionValue):e},getOptionRenderKey:function(e,t){return(this.dataKey?Qd(e,this.dataKey):this.getOptionLabel(e))+`_`+t},getPTItemOptions:function(e,t,n,r){return this.ptm(r,{context:{option:e,index:n,selected:this.isSelected(e),focused:this.focusedOptionIndex===this.getOptionIndex(n,t),disabled:this.isOptionDisabled(e)}})},isOptionDisabled:function(e){return this.optionDisabled?Qd(e,this.optionDisabled):!1},isOptionGroup:function(e){return this.optionGroupLabel&&e.optionGroup&&e.group},getOptionGroupLabel:function(e){return Qd(e,this.optionGroupLabel)},getOptionGroupChildren:function(e){return Qd(e,this.optionGroupChildren)},getAriaPosInset:function(e){var t=this;return(this.optionGroupLabel?e-this.visibleOptions.slice(0,e).filter(function(e){return t.isOptionGroup(e)}).length:e)+1},show:function(e){this.$emit(`before-show`),this.overlayVisible=!0,this.focusedOptionIndex=this.focusedOptionIndex===-1?this.autoOptionFocus?this.findFirstFocusedOptionIndex():this.editable?-1:this.findSelectedOptionIndex():this.focusedOptionIndex,e&&Ed(this.$refs.focusInput)},hide:function(e){var t=this,n=function(){t.$emit(`before-hide`),t.overlayVisible=!1,t.clicked=!1,t.focusedOptionIndex=-1,t.searchValue=``,t.resetFilterOnHide&&(t.filterValue=null),e&&Ed(t.$refs.focusInput)};setTimeout(function(){n()},0)},onFocus:function(e){this.disabled||(this.focused=!0,this.overlayVisible&&(this.focusedOptionIndex=this.focusedOptionIndex===-1?this.autoOptionFocus?this.findFirstFocusedOptionIndex():this.editable?-1:this.findSelectedOptionIndex():this.focusedOptionIndex,this.scrollInView(this.focusedOptionIndex)),this.$emit(`focus`,e))},onBlur:function(e){var t=this;setTimeout(function(){var n,r;t.focused=!1,t.focusedOptionIndex=-1,t.searchValue=``,t.$emit(`blur`,e),(n=(r=t.formField).onBlur)==null||n.call(r,e)},100)},onKeyDown:function(e){var t=this;if(this.disabled)e.preventDefault();else{if(Rd())switch(e.code){case`Backspace`:this.onBackspaceKey(e,this.editable);break;case`Enter`:case`NumpadDecimal`:this.onEnterKey(e);break;default:e.preventDefault();return}var n=e.metaKey||e.ctrlKey;switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e,this.editable);break;case`ArrowLeft`:case`ArrowRight`:this.onArrowLeftKey(e,this.editable);break;case`Home`:this.onHomeKey(e,this.editable);break;case`End`:this.onEndKey(e,this.editable);break;case`PageDown`:this.onPageDownKey(e);break;case`PageUp`:this.onPageUpKey(e);break;case`Space`:this.onSpaceKey(e,this.editable);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e);break;case`Backspace`:this.onBackspaceKey(e,this.editable);break;case`ShiftLeft`:case`ShiftRight`:break;default:!n&&ff(e.key)&&(!this.overlayVisible&&this.show(),!this.editable&&this.searchOptions(e,e.key),this.filter&&this.$nextTick(function(){t.$refs.filterInput&&Ed(t.$refs.filterInput.$el)}))}this.clicked=!1}},onEditableInput:function(e){var t=e.target.value;this.searchValue=``,!this.searchOptions(e,t)&&(this.focusedOptionIndex=-1),this.updateModel(e,t),!this.overlayVisible&&J(t)&&this.show()},onContainerClick:function(e){this.disabled||this.loading||e.target.tagName===`INPUT`||e.target.getAttribute(`data-pc-section`)===`clearicon`||e.target.closest(`[data-pc-section="clearicon"]`)||(this.overlay&&this.overlay.contains(e.target)||(this.overlayVisible?this.hide(!0):this.show(!0)),this.clicked=!0)},onClearClick:function(e){this.updateModel(e,null),this.resetFilterOnClear&&(this.filterValue=null)},onFirstHiddenFocus:function(e){Ed(e.relatedTarget===this.$refs.focusInput?kd(this.overlay,`:not([data-p-hidden-focusable="true"])`):this.$refs.focusInput)},onLastHiddenFocus:function(e){Ed(e.relatedTarget===this.$refs.focusInput?jd(this.overlay,`:not([data-p-hidden-focusable="true"])`):this.$refs.focusInput)},onOptionSelect:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:!0;if(this.overlayVisible){var r=this.getOptionValue(t);this.updateModel(e,r),n&&this.hide(!0)}},onOptionMouseMove:function(e,t){this.focusOnHover&&this.changeFocusedOptionIndex(e,t)},onFilterChange:function(e){var t=e.target.value;this.filterValue=t,this.focusedOptionIndex=-1,this.$emit(`filter`,{originalEvent:e,value:t}),!this.virtualScrollerDisabled&&this.virtualScroller.scrollToIndex(0)},onFilterKeyDown:function(e){if(!e.isComposing)switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e,!0);break;case`ArrowLeft`:case`ArrowRight`:this.onArrowLeftKey(e,!0);break;case`Home`:this.onHomeKey(e,!0);break;case`End`:this.onEndKey(e,!0);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e)}},onFilterBlur:function(){this.focusedOptionIndex=-1},onFilterUpdated:function(){this.overlayVisible&&this.alignOverlay()},onOverlayClick:function(e){pA.emit(`overlay-click`,{originalEvent:e,target:this.$el})},onOverlayKeyDown:function(e){e.code===`Escape`&&this.onEscapeKey(e)},onArrowDownKey:function(e){if(!this.overlayVisible)this.show(),this.editable&&this.changeFocusedOptionIndex(e,this.findSelectedOptionIndex());else{var t=this.focusedOptionIndex===-1?this.clicked?this.findFirstOptionIndex():this.findFirstFocusedOptionIndex():this.findNextOptionIndex(this.focusedOptionIndex);this.changeFocusedOptionIndex(e,t)}e.preventDefault()},onArrowUpKey:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];if(e.altKey&&!t)this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.overlayVisible&&this.hide(),e.preventDefault();else{var n=this.focusedOptionIndex===-1?this.clicked?this.findLastOptionIndex():this.findLastFocusedOptionIndex():this.findPrevOptionIndex(this.focusedOptionIndex);this.changeFocusedOptionIndex(e,n),!this.overlayVisible&&this.show(),e.preventDefault()}},onArrowLeftKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]&&(this.focusedOptionIndex=-1)},onHomeKey:function(e){if(arguments.length>1&&arguments[1]!==void 0&&arguments[1]){var t=e.currentTarget;e.shiftKey?t.setSelectionRange(0,e.target.selectionStart):(t.setSelectionRange(0,0),this.focusedOptionIndex=-1)}else this.changeFocusedOptionIndex(e,this.findFirstOptionIndex()),!this.overlayVisible&&this.show();e.preventDefault()},onEndKey:function(e){if(arguments.length>1&&arguments[1]!==void 0&&arguments[1]){var t=e.currentTarget;if(e.shiftKey)t.setSelectionRange(e.target.selectionStart,t.value.length);else{var n=t.value.length;t.setSelectionRange(n,n),this.focusedOptionIndex=-1}}else this.changeFocusedOptionIndex(e,this.findLastOptionIndex()),!this.overlayVisible&&this.show();e.preventDefault()},onPageUpKey:function(e){this.scrollInView(0),e.preventDefault()},onPageDownKey:function(e){this.scrollInView(this.visibleOptions.length-1),e.preventDefault()},onEnterKey:function(e){this.overlayVisible?(this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.hide(!0)):(this.focusedOptionIndex=-1,this.onArrowDownKey(e)),e.preventDefault()},onSpaceKey:function(e){!(arguments.length>1&&arguments[1]!==void 0&&arguments[1])&&this.onEnterKey(e)},onEscapeKey:function(e){this.overlayVisible&&this.hide(!0),e.preventDefault(),e.stopPropagation()},onTabKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]||(this.overlayVisible&&this.hasFocusableElements()?(Ed(this.$refs.firstHiddenFocusableElementOnOverlay),e.preventDefault()):(this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.overlayVisible&&this.hide(this.filter)))},onBackspaceKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]&&!this.overlayVisible&&this.show()},onOverlayEnter:function(e){var t=this;Af.set(`overlay`,e,this.$primevue.config.zIndex.overlay),md(e,{position:`absolute`,top:`0`}),this.alignOverlay(),this.scrollInView(),this.$attrSelector&&e.setAttribute(this.$attrSelector,``),setTimeout(function(){t.autoFilterFocus&&t.filter&&Ed(t.$refs.filterInput.$el),t.autoUpdateModel()},1)},onOverlayAfterEnter:function(){this.bindOutsideClickListener(),this.bindScrollListener(),this.bindResizeListener(),this.$emit(`show`)},onOverlayLeave:function(e){var t=this;e.style.pointerEvents=`none`,this.unbindOutsideClickListener(),this.unbindScrollListener(),this.unbindResizeListener(),this.autoFilterFocus&&this.filter&&!this.editable&&this.$nextTick(function(){t.$refs.filterInput&&Ed(t.$refs.filterInput.$el)}),this.$emit(`hide`),this.overlay=null},onOverlayAfterLeave:function(e){Af.clear(e)},alignOverlay:function(){this.appendTo===`self`?gd(this.overlay,this.$el):this.overlay&&(this.overlay.style.minWidth=hd(this.$el)+`px`,pd(this.overlay,this.$el))},bindOutsideClickListener:function(){var e=this;this.outsideClickListener||(this.outsideClickListener=function(t){var n=t.composedPath();e.overlayVisible&&e.overlay&&!n.includes(e.$el)&&!n.includes(e.overlay)&&e.hide()},document.addEventListener(`click`,this.outsideClickListener,!0))},unbindOutsideClickListener:function(){this.outsideClickListener&&=(document.removeEventListener(`click`,this.outsideClickListener,!0),null)},bindScrollListener:function(){var e=this;this.scrollHandler||=new nA(this.$refs.container,function(){e.overlayVisible&&e.hide()}),this.scrollHandler.bindScrollListener()},unbindScrollListener:function(){this.scrollHandler&&this.scrollHandler.unbindScrollListener()},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.overlayVisible&&!Hd()&&e.hide()},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},bindLabelClickListener:function(){var e=this;if(!this.editable&&!this.labelClickListener){var t=document.querySelector(`label[for="${this.labelId}"]`);t&&Vd(t)&&(this.labelClickListener=function(){Ed(e.$refs.focusInput)},t.addEventListener(`click`,this.labelClickListener))}},unbindLabelClickListener:function(){if(this.labelClickListener){var e=document.querySelector(`label[for="${this.labelId}"]`);e&&Vd(e)&&e.removeEventListener(`click`,this.labelClickListener)}},bindMatchMediaOrientationListener:function(){var e=this;if(!this.matchMediaOrientationListener){var t=matchMedia(`(orientation: portrait)`);this.queryOrientation=t,this.matchMediaOrientationListener=function(){e.alignOverlay()},this.queryOrientation.addEventListener(`change`,this.matchMediaOrientationListener)}},unbindMatchMediaOrientationListener:function(){this.matchMediaOrientationListener&&=(this.queryOrientation.removeEventListener(`change`,this.matchMediaOrientationListener),this.queryOrientation=null,null)},hasFocusableElements:function(){return Od(this.overlay,`:not([data-p-hidden-focusable="true"])`).length>0},isOptionExactMatched:function(e){return this.isValidOption(e)&&typeof this.getOptionLabel(e)==`string`&&this.getOptionLabel(e)?.toLocaleLowerCase(this.filterLocale)==this.searchValue.toLocaleLowerCase(this.filterLocale)},isOptionStartsWith:function(e){return this.isValidOption(e)&&typeof this.getOptionLabel(e)==`string`&&this.getOptionLabel(e)?.toLocaleLowerCase(this.filterLocale).startsWith(this.searchValue.toLocaleLowerCase(this.filterLocale))},isValidOption:function(e){return J(e)&&!(this.isOptionDisabled(e)||this.isOptionGroup(e))},isValidSelectedOption:function(e){return this.isValidOption(e)&&this.isSelected(e)},isSelected:function(e){return $d(this.d_value,this.getOptionValue(e),this.equalityKey)},findFirstOptionIndex:function(){var e=this;return this.visibleOptions.findIndex(function(t){return e.isValidOption(t)})},findLastOptionIndex:function(){var e=this;return af(this.visibleOptions,function(t){return e.isValidOption(t)})},findNextOptionIndex:function(e){var t=this,n=e<this.visibleOptions.length-1?this.visibleOptions.slice(e+1).findIndex(function(e){return t.isValidOption(e)}):-1;return n>-1?n+e+1:e},findPrevOptionIndex:function(e){var t=this,n=e>0?af(this.visibleOptions.slice(0,e),function(e){return t.isValidOption(e)}):-1;return n>-1?n:e},findSelectedOptionIndex:function(){var e=this;return this.visibleOptions.findIndex(function(t){return e.isValidSelectedOption(t)})},findFirstFocusedOptionIndex:function(){var e=this.findSelectedOptionIndex();return e<0?this.findFirstOptionIndex():e},findLastFocusedOptionIndex:function(){var e=this.findSelectedOptionIndex();return e<0?this.findLastOptionIndex():e},searchOptions:function(e,t){var n=this;this.searchValue=(this.searchValue||``)+t;var r=-1,i=!1;return J(this.searchValue)&&(r=this.visibleOptions.findIndex(function(e){return n.isOptionExactMatched(e)}),r===-1&&(r=this.visibleOptions.findIndex(function(e){return n.isOptionStartsWith(e)})),r!==-1&&(i=!0),r===-1&&this.focusedOptionIndex===-1&&(r=this.findFirstFocusedOptionIndex()),r!==-1&&this.changeFocusedOptionIndex(e,r)),this.searchTimeout&&clearTimeout(this.searchTimeout),this.searchTimeout=setTimeout(function(){n.searchValue=``,n.searchTimeout=null},500),i},changeFocusedOptionIndex:function(e,t){this.focusedOptionIndex!==t&&(this.focusedOptionIndex=t,this.scrollInView(),this.selectOnFocus&&this.onOptionSelect(e,this.visibleOptions[t],!1))},scrollInView:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:-1;this.$nextTick(function(){var n=t===-1?e.focusedOptionId:`${e.$id}_${t}`,r=Td(e.list,`li[id="${n}"]`);r?r.scrollIntoView&&r.scrollIntoView({block:`nearest`,inline:`nearest`}):e.virtualScrollerDisabled||e.virtualScroller&&e.virtualScroller.scrollToIndex(t===-1?e.focusedOptionIndex:t)})},autoUpdateModel:function(){this.autoOptionFocus&&(this.focusedOptionIndex=this.findFirstFocusedOptionIndex()),this.selectOnFocus&&this.autoOptionFocus&&!this.$filled&&this.onOptionSelect(null,this.visibleOptions[this.focusedOptionIndex],!1)},updateModel:function(e,t){this.writeValue(t,e),this.$emit(`change`,{originalEvent:e,value:t})},flatOptions:function(e){var t=this;return(e||[]).reduce(function(e,n,r){e.push({optionGroup:n,group:!0,index:r});var i=t.getOptionGroupChildren(n);return i&&i.forEach(function(t){return e.push(t)}),e},[])},overlayRef:function(e){this.overlay=e},listRef:function(e,t){this.list=e,t&&t(e)},virtualScrollerRef:function(e){this.virtualScroller=e}},computed:{visibleOptions:function(){var e=this,t=this.optionGroupLabel?this.flatOptions(this.options):this.options||[];if(this.filterValue){var n=Jk.filter(t,this.searchFields,this.filterValue,this.filterMatchMode,this.filterLocale);if(this.optionGroupLabel){var r=this.options||[],i=[];return r.forEach(function(t){var r=e.getOptionGroupChildren(t).filter(function(e){return n.includes(e)});r.length>0&&i.push(HA(HA({},t),{},UA({},typeof e.optionGroupChildren==`string`?e.optionGroupChildren:`items`,FA(r))))}),this.flatOptions(i)}return n}return t},hasSelectedOption:function(){return this.$filled},label:function(){var e=this.findSelectedOptionIndex();return e===-1?this.placeholder||`p-emptylabel`:this.getOptionLabel(this.visibleOptions[e])},editableInputValue:function(){var e=this.findSelectedOptionIndex();return e===-1?this.d_value||``:this.getOptionLabel(this.visibleOptions[e])},equalityKey:function(){return this.optionValue?null:this.dataKey},searchFields:function(){return this.filterFields||[this.optionLabel]},filterResultMessageText:function(){return J(this.visibleOptions)?this.filterMessageText.replaceAll(`{0}`,this.visibleOptions.length):this.emptyFilterMessageText},filterMessageText:function(){return this.filterMessage||this.$primevue.config.locale.searchMessage||``},emptyFilterMessageText:function(){return this.emptyFilterMessage||this.$primevue.config.locale.emptySearchMessage||this.$primevue.config.locale.emptyFilterMessage||``},emptyMessageText:function(){return this.emptyMessage||this.$primevue.config.locale.emptyMessage||``},selectionMessageText:function(){return this.selectionMessage||this.$primevue.config.locale.selectionMessage||``},emptySelectionMessageText:function(){return this.emptySelectionMessage||this.$primevue.config.locale.emptySelectionMessage||``},selectedMessageText:function(){return this.$filled?this.selectionMessageText.replaceAll(`{0}`,`1`):this.emptySelectionMessageText},focusedOptionId:function(){return this.focusedOptionIndex===-1?null:`${this.$id}_${this.focusedOptionIndex}`},ariaSetSize:function(){var e=this;return this.visibleOptions.filter(function(t){return!e.isOptionGroup(t)}).length},isClearIconVisible:function(){return this.showClear&&this.d_value!=null&&!this.disabled&&!this.loading},virtualScrollerDisabled:function(){return!this.virtualScrollerOptions},containerDataP:function(){return Qu(UA({invalid:this.$invalid,disabled:this.disabled,focus:this.focused,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))},labelDataP:function(){return Qu(UA(UA({placeholder:!this.editable&&this.label===this.placeholder,clearable:this.showClear,disabled:this.disabled,editable:this.editable},this.size,this.size),`empty`,!this.editable&&!this.$slots.value&&(this.label===`p-emptylabel`||this.label.length===0)))},dropdownIconDataP:function(){return Qu(UA({},this.size,this.size))},overlayDataP:function(){return Qu(UA({},`portal-`+this.appendTo,`portal-`+this.appendTo))}},directives:{ripple:Ih},components:{InputText:RD,VirtualScroller:DA,Portal:Hg,InputIcon:SD,IconField:_D,TimesIcon:ug,ChevronDownIcon:lO,SpinnerIcon:ih,SearchIcon:XD,CheckIcon:Av,BlankIcon:dA}},YA=[`id`,`data-p`],XA=[`name`,`id`,`value`,`placeholder`,`tabindex`,`disabled`,`aria-label`,`aria-labelledby`,`aria-expanded`,`aria-controls`,`aria-activedescendant`,`aria-invalid`,`data-p`],ZA=[`name`,`id`,`tabindex`,`aria-label`,`aria-labelledby`,`aria-expanded`,`aria-controls`,`aria-activedescendant`,`aria-invalid`,`aria-disabled`,`data-p`],QA=[`data-p`],$A=[`id`],ej=[`id`],tj=[`id`,`aria-label`,`aria-selected`,`aria-disabled`,`aria-setsize`,`aria-posinset`,`onMousedown`,`onMousemove`,`data-p-selected`,`data-p-focused`,`data-p-disabled`],JA.render=KA}));function rj(e){let t=e.trim();if(!t)return`urlRequired`;let n;try{n=new URL(t)}catch{return`urlInvalid`}return n.protocol!==`http:`&&n.protocol!==`https:`?`urlScheme`:n.hostname?null:`urlInvalid`}function ij(e){let t=e.trim();return t?/[/\\]/.test(t)?`filenameSeparator`:t.includes(`..`)?`filenameDots`:t.includes(`\0`)?`filenameInvalid`:null:null}function aj(e){let t=e.trim();return t?t.startsWith(`/`)||t.startsWith(`\\`)||/^[a-zA-Z]:/.test(t)?`subfolderAbsolute`:t.split(/[/\\]/).some(e=>e===`..`)?`subfolderDots`:t.includes(`\0`)?`subfolderInvalid`:null:null}function oj(e){let t=e.trim();return t?/^[0-9a-fA-F]{64}$/.test(t)?null:`sha256Invalid`:null}function sj(e){let t={},n=rj(e.url);n&&(t.url=n),e.folder||(t.folder=`folderRequired`);let r=aj(e.subfolder);r&&(t.subfolder=r);let i=ij(e.filename);i&&(t.filename=i);let a=oj(e.sha256);return a&&(t.sha256=a),t}var cj=t((()=>{})),lj,uj,dj,fj,pj,mj,hj,gj,_j,vj,yj,bj=t((()=>{q(),eg(),l_(),BD(),nj(),YC(),iT(),Ew(),cj(),lj={class:`mm-bulk-text`},uj={class:`mm-bulk-files`,"data-testid":`bulk-delete-files`},dj=[`data-path`],fj={class:`mm-bulk-path`},pj={class:`mm-bulk-form`},mj={for:`mm-bulk-folder`},hj={for:`mm-bulk-root`},gj={for:`mm-bulk-sub`},_j={key:1,class:`mm-error`},vj={class:`mm-bulk-text`},yj=/*@__PURE__*/ Rr({__name:`ModelBulkDialogs`,props:/*@__PURE__*/ Mi({chosen:{},busy:{type:Boolean}},{delete:{type:Boolean,default:!1},deleteModifiers:{},move:{type:Boolean,default:!1},moveModifiers:{}}),emits:/*@__PURE__*/ Mi([`delete`,`move`],[`update:delete`,`update:move`]),setup(e,{emit:t}){let n=e,r=Xi(e,`delete`),i=Xi(e,`move`),a=t,{t:o}=xC(),{models:s}=tT(),c=/* @__PURE__ */ St({folder:``,pathIndex:0,subfolder:``}),l=/* @__PURE__ */ N(null);xr(i,e=>{if(!e)return;let t=n.chosen[0];c.folder=s.filter.folder??t?.folder??s.folders.value[0]?.folder??``,c.pathIndex=0,c.subfolder=``,l.value=null}),xr(()=>c.folder,()=>c.pathIndex=0);let u=K(()=>s.folders.value.map(e=>({label:e.folder,value:e.folder}))),d=K(()=>s.folders.value.find(e=>e.folder===c.folder)?.roots??[]),f=K(()=>d.value.map((e,t)=>({label:e,value:t})));function p(){let e=aj(c.subfolder);l.value=e,!e&&c.folder&&a(`move`,{folder:c.folder,pathIndex:c.pathIndex,subfolder:c.subfolder.trim().replace(/^\/+|\/+$/g,``)})}return(t,n)=>(L(),R(W,null,[G(P(i_),{visible:r.value,"onUpdate:visible":n[2]||=e=>r.value=e,modal:``,class:`mm-dialog mm-bulk-dialog`,style:{width:`34rem`,maxWidth:`94vw`},header:P(o)(`modelManager.browser.deleteTitle`,{n:e.chosen.length},e.chosen.length),"data-testid":`bulk-delete-dialog`},{footer:F(()=>[G(P(Z),{label:P(o)(`modelManager.common.cancel`),severity:`secondary`,outlined:``,"data-testid":`bulk-delete-cancel`,onClick:n[0]||=e=>r.value=!1},null,8,[`label`]),G(P(Z),{icon:`pi pi-trash`,label:P(o)(`modelManager.browser.deleteConfirm`,{n:e.chosen.length},e.chosen.length),severity:`danger`,loading:e.busy,"data-testid":`bulk-delete-confirm`,onClick:n[1]||=e=>a(`delete`)},null,8,[`label`,`loading`])]),default:F(()=>[B(`p`,lj,M(P(o)(`modelManager.browser.deleteMessage`)),1),B(`ul`,uj,[(L(!0),R(W,null,gi(e.chosen,e=>(L(),R(`li`,{key:P(hw)(e),"data-testid":`bulk-delete-file`,"data-path":e.folder+`/`+e.relativePath},[n[8]||=B(`i`,{class:`pi pi-file`},null,-1),n[9]||=V(),B(`span`,fj,M(e.folder)+`/`+M(e.relativePath),1)],8,dj))),128))])]),_:1},8,[`visible`,`header`]),G(P(i_),{visible:i.value,"onUpdate:visible":n[7]||=e=>i.value=e,modal:``,class:`mm-dialog mm-bulk-dialog`,style:{width:`30rem`,maxWidth:`94vw`},header:P(o)(`modelManager.browser.moveTitle`,{n:e.chosen.length},e.chosen.length),"data-testid":`bulk-move-dialog`},{footer:F(()=>[G(P(Z),{label:P(o)(`modelManager.common.cancel`),severity:`secondary`,outlined:``,onClick:n[6]||=e=>i.value=!1},null,8,[`label`]),G(P(Z),{icon:`pi pi-arrow-right-arrow-left`,label:P(o)(`modelManager.browser.moveConfirm`,{n:e.chosen.length},e.chosen.length),loading:e.busy,"data-testid":`bulk-move-confirm`,onClick:p},null,8,[`label`,`loading`])]),default:F(()=>[B(`div`,pj,[B(`label`,mj,M(P(o)(`modelManager.newDownload.folder`)),1),G(P(JA),{modelValue:c.folder,"onUpdate:modelValue":n[3]||=e=>c.folder=e,"input-id":`mm-bulk-folder`,options:u.value,"option-label":`label`,"option-value":`value`,filter:``,size:`small`,"data-testid":`bulk-move-folder`,fluid:``},null,8,[`modelValue`,`options`]),d.value.length>1?(L(),R(W,{key:0},[B(`label`,hj,M(P(o)(`modelManager.newDownload.root`)),1),G(P(JA),{modelValue:c.pathIndex,"onUpdate:modelValue":n[4]||=e=>c.pathIndex=e,"input-id":`mm-bulk-root`,options:f.value,"option-label":`label`,"option-value":`value`,size:`small`,"data-testid":`bulk-move-root`,fluid:``},null,8,[`modelValue`,`options`])],64)):H(``,!0),B(`label`,gj,M(P(o)(`modelManager.newDownload.subfolder`)),1),G(P(RD),{id:`mm-bulk-sub`,modelValue:c.subfolder,"onUpdate:modelValue":n[5]||=e=>c.subfolder=e,size:`small`,invalid:!!l.value,placeholder:P(o)(`modelManager.newDownload.optional`),"data-testid":`bulk-move-subfolder`,fluid:``,onKeydown:zu(p,[`enter`])},null,8,[`modelValue`,`invalid`,`placeholder`]),l.value?(L(),R(`small`,_j,M(P(o)(`modelManager.validation.`+l.value)),1)):H(``,!0),B(`small`,vj,M(P(o)(`modelManager.browser.moveHint`)),1)])]),_:1},8,[`visible`,`header`])],64))}})})),xj=t((()=>{})),Sj,Cj=t((()=>{bj(),bj(),xj(),Sj=yj})),wj,Tj,Ej,Dj=t((()=>{q(),eg(),nj(),YC(),iT(),wj={class:`mm-filters`,"data-testid":`models-filters`},Tj={class:`mm-filters-sort`},Ej=/*@__PURE__*/ Rr({__name:`ModelFilters`,setup(e){let{t}=xC(),{models:n}=tT(),r=K(()=>n.baseModels.value.map(e=>({label:e,value:e}))),i=K(()=>n.architectures.value.map(e=>({label:t(`modelManager.architecture.`+e,e),value:e}))),a=K(()=>[{label:t(`modelManager.models.previewAny`),value:`any`},{label:t(`modelManager.models.previewYes`),value:`yes`},{label:t(`modelManager.models.previewNo`),value:`no`}]),o=K(()=>[{label:t(`modelManager.models.sortName`),value:`name`},{label:t(`modelManager.models.sortSize`),value:`size`},{label:t(`modelManager.models.sortDate`),value:`date`}]);return(e,s)=>{let c=pi(`tooltip`);return L(),R(`div`,wj,[G(P(JA),{modelValue:P(n).filter.baseModel,"onUpdate:modelValue":s[0]||=e=>P(n).filter.baseModel=e,options:r.value,"option-label":`label`,"option-value":`value`,placeholder:P(t)(`modelManager.models.baseModel`),"show-clear":``,size:`small`,class:`mm-filter`,"data-testid":`models-filter-base`},null,8,[`modelValue`,`options`,`placeholder`]),G(P(JA),{modelValue:P(n).filter.architecture,"onUpdate:modelValue":s[1]||=e=>P(n).filter.architecture=e,options:i.value,"option-label":`label`,"option-value":`value`,placeholder:P(t)(`modelManager.models.architecture`),"show-clear":``,size:`small`,class:`mm-filter`,"data-testid":`models-filter-arch`},null,8,[`modelValue`,`options`,`placeholder`]),G(P(JA),{modelValue:P(n).filter.hasPreview,"onUpdate:modelValue":s[2]||=e=>P(n).filter.hasPreview=e,options:a.value,"option-label":`label`,"option-value":`value`,size:`small`,class:`mm-filter`,"data-testid":`models-filter-preview`,"aria-label":P(t)(`modelManager.models.preview`)},null,8,[`modelValue`,`options`,`aria-label`]),B(`span`,Tj,[G(P(JA),{modelValue:P(n).sort.key,"onUpdate:modelValue":s[3]||=e=>P(n).sort.key=e,options:o.value,"option-label":`label`,"option-value":`value`,size:`small`,class:`mm-filter`,"data-testid":`models-sort`,"aria-label":P(t)(`modelManager.models.sort`)},null,8,[`modelValue`,`options`,`aria-label`]),pr(G(P(Z),{icon:P(n).sort.desc?`pi pi-sort-amount-down`:`pi pi-sort-amount-up-alt`,text:``,size:`small`,"aria-label":P(n).sort.desc?P(t)(`modelManager.models.descending`):P(t)(`modelManager.models.ascending`),"data-testid":`models-sort-dir`,onClick:s[4]||=e=>P(n).sort.desc=!P(n).sort.desc},null,8,[`icon`,`aria-label`]),[[c,P(n).sort.desc?P(t)(`modelManager.models.descending`):P(t)(`modelManager.models.ascending`),void 0,{bottom:!0}]])])])}}})})),Oj=t((()=>{})),kj,Aj=t((()=>{Dj(),Dj(),Oj(),DE(),kj=/*#__PURE__*/ EE(Ej,[[`__scopeId`,`data-v-b6b9a53c`]])})),jj,Mj,Nj,Pj,Fj,Ij,Lj,Rj,zj,Bj,Vj,Hj,Uj,Wj=t((()=>{q(),eg(),kA(),YC(),iT(),sE(),Ew(),jj=[`data-name`,`data-selected`,`aria-selected`,`title`,`tabindex`,`onDragstart`,`onClick`,`onDblclick`,`onKeydown`],Mj={class:`mm-card-img`},Nj=[`src`],Pj={key:1,class:`pi pi-box mm-card-placeholder`},Fj={key:2,class:`mm-card-arch`},Ij=[`aria-label`,`onClick`],Lj={class:`mm-card-body`},Rj={class:`mm-card-name`},zj={class:`mm-card-sub`},Bj={key:0,class:`mm-card-sub`},Vj=8,Hj=232,Uj=/*@__PURE__*/ Rr({__name:`ModelGrid`,props:{items:{},selection:{},showFolder:{type:Boolean}},emits:[`open`],setup(e,{expose:t,emit:n}){let r=e,i=n,{t:a}=xC(),o=tT(),{models:s}=o,c=/* @__PURE__ */ N(null),l=/* @__PURE__ */ N(null),d=/* @__PURE__ */ N(800),p=null;hs(()=>{c.value&&(d.value=c.value.clientWidth||d.value),typeof ResizeObserver<`u`&&c.value&&(p=new ResizeObserver(e=>{let t=e[0]?.contentRect.width;t&&(d.value=t)}),p.observe(c.value))}),vs(()=>p?.disconnect());let m=K(()=>Math.max(1,Math.floor((d.value-12+Vj)/158))),h=K(()=>{let e=[],t=m.value,n=r.items;for(let r=0;r<n.length;r+=t)e.push(Mt(n.slice(r,r+t)));return e});function g(e){let t=Math.floor(e/m.value),n=l.value?.getRenderedRange?.()?.viewport;n&&t>=n.first&&t<n.last||l.value?.scrollInView(t,n&&t<n.first?`to-start`:`to-end`)}t({columns:m,reveal:g});function _(e,t){r.selection?r.selection.click(t,{ctrl:e.ctrlKey||e.metaKey,shift:e.shiftKey}):i(`open`,t)}let v=e=>!!o.host?.canAddToWorkflow(e.folder);function y(e){o.host?.addToWorkflow(e)||o.notify.add({severity:`warn`,summary:a(`modelManager.models.addFailed`),detail:gw(e)})}function b(e,t){e.dataTransfer&&(e.dataTransfer.setData(nT,JSON.stringify({folder:t.folder,pathIndex:t.pathIndex,relativePath:t.relativePath})),e.dataTransfer.effectAllowed=`copy`)}let x=e=>[e.baseModel,tE(e.sizeBytes)].filter(Boolean).join(` · `),S=e=>r.selection?.cursor.value===hw(e);return(t,n)=>{let r=pi(`tooltip`);return L(),R(`div`,{ref_key:`wrap`,ref:c,class:`mm-grid-wrap`},[G(P(DA),{ref_key:`scroller`,ref:l,items:h.value,"item-size":Hj,class:`mm-grid`,"data-testid":`models-grid`},{item:F(({item:t})=>[B(`div`,{class:`mm-grid-row`,style:u({gridTemplateColumns:`repeat(${m.value}, minmax(0, 1fr))`})},[(L(!0),R(W,null,gi(t,t=>(L(),R(`div`,{key:P(hw)(t),class:f([`mm-card`,{"mm-card-selected":e.selection?.isSelected(t),"mm-card-cursor":S(t)}]),"data-testid":`model-card`,"data-name":P(gw)(t),"data-selected":e.selection?String(e.selection.isSelected(t)):void 0,"aria-selected":e.selection?e.selection.isSelected(t):void 0,title:t.folder+`/`+t.relativePath,draggable:`true`,tabindex:e.selection?-1:0,onDragstart:e=>b(e,t),onClick:e=>_(e,t),onDblclick:n=>e.selection&&i(`open`,t),onKeydown:zu(n=>!e.selection&&i(`open`,t),[`enter`])},[B(`div`,Mj,[t.hasPreview&&t.previewUrl?(L(),R(`img`,{key:0,src:P(s).previewSrc(t)??void 0,loading:`lazy`,decoding:`async`,alt:``,draggable:`false`,"data-testid":`model-thumb`},null,8,Nj)):(L(),R(`i`,Pj)),t.architecture?(L(),R(`span`,Fj,M(P(a)(`modelManager.architecture.`+t.architecture,t.architecture)),1)):H(``,!0),e.selection?(L(),R(`button`,{key:3,type:`button`,class:`mm-card-check`,"data-testid":`model-check`,"aria-label":P(a)(`modelManager.browser.toggleSelect`),onClick:Lu(n=>e.selection.toggle(t),[`stop`])},[B(`i`,{class:f(e.selection.isSelected(t)?`pi pi-check-square`:`pi pi-stop`)},null,2)],8,Ij)):H(``,!0),v(t)?pr((L(),z(P(Z),{key:4,icon:`pi pi-plus`,rounded:``,size:`small`,class:`mm-card-add`,"aria-label":P(a)(`modelManager.models.addToWorkflow`),"data-testid":`model-add`,onClick:Lu(e=>y(t),[`stop`])},null,8,[`aria-label`,`onClick`])),[[r,P(a)(`modelManager.models.addToWorkflow`),void 0,{top:!0}]]):H(``,!0)]),B(`div`,Lj,[B(`div`,Rj,M(P(gw)(t)),1),B(`div`,zj,M(x(t)),1),e.showFolder?(L(),R(`div`,Bj,[n[0]||=B(`i`,{class:`pi pi-folder`},null,-1),V(` `+M(t.folder),1)])):H(``,!0)])],42,jj))),128))],4)]),_:1},8,[`items`])],512)}}})})),Gj=t((()=>{})),Kj,qj=t((()=>{Wj(),Wj(),Gj(),DE(),Kj=/*#__PURE__*/ EE(Uj,[[`__scopeId`,`data-v-0614ac0d`]])})),Jj,Yj=t((()=>{Jj=`
    .p-progressspinner {
        position: relative;
        margin: 0 auto;
        width: 100px;
        height: 100px;
        display: inline-block;
    }

    .p-progressspinner::before {
        content: '';
        display: block;
        padding-top: 100%;
    }

    .p-progressspinner-spin {
        height: 100%;
        transform-origin: center center;
        width: 100%;
        position: absolute;
        top: 0;
        bottom: 0;
        left: 0;
        right: 0;
        margin: auto;
        animation: p-progressspinner-rotate 2s linear infinite;
    }

    .p-progressspinner-circle {
        stroke-dasharray: 89, 200;
        stroke-dashoffset: 0;
        stroke: dt('progressspinner.colorOne');
        animation:
            p-progressspinner-dash 1.5s ease-in-out infinite,
            p-progressspinner-color 6s ease-in-out infinite;
        stroke-linecap: round;
    }

    @keyframes p-progressspinner-rotate {
        100% {
            transform: rotate(360deg);
        }
    }
    @keyframes p-progressspinner-dash {
        0% {
            stroke-dasharray: 1, 200;
            stroke-dashoffset: 0;
        }
        50% {
            stroke-dasharray: 89, 200;
            stroke-dashoffset: -35px;
        }
        100% {
            stroke-dasharray: 89, 200;
            stroke-dashoffset: -124px;
        }
    }
    @keyframes p-progressspinner-color {
        100%,
        0% {
            stroke: dt('progressspinner.color.one');
        }
        40% {
            stroke: dt('progressspinner.color.two');
        }
        66% {
            stroke: dt('progressspinner.color.three');
        }
        80%,
        90% {
            stroke: dt('progressspinner.color.four');
        }
    }
`})),Xj,Zj=t((()=>{Yj(),cm(),Xj=Y.extend({name:`progressspinner`,style:Jj,classes:{root:`p-progressspinner`,spin:`p-progressspinner-spin`,circle:`p-progressspinner-circle`}})}));function Qj(e,t,n,r,i,a){return L(),R(`div`,U({class:e.cx(`root`),role:`progressbar`},e.ptmi(`root`)),[(L(),R(`svg`,U({class:e.cx(`spin`),viewBox:`25 25 50 50`,style:a.svgStyle},e.ptm(`spin`)),[B(`circle`,U({class:e.cx(`circle`),cx:`50`,cy:`50`,r:`20`,fill:e.fill,"stroke-width":e.strokeWidth,strokeMiterlimit:`10`},e.ptm(`circle`)),null,16,eM)],16))],16)}var $j,eM,tM=t((()=>{Dm(),Zj(),q(),$j={name:`ProgressSpinner`,extends:{name:`BaseProgressSpinner`,extends:Em,props:{strokeWidth:{type:String,default:`2`},fill:{type:String,default:`none`},animationDuration:{type:String,default:`2s`}},style:Xj,provide:function(){return{$pcProgressSpinner:this,$parentInstance:this}}},inheritAttrs:!1,computed:{svgStyle:function(){return{"animation-duration":this.animationDuration}}}},eM=[`fill`,`stroke-width`],$j.render=Qj})),nM,rM,iM,aM,oM,sM,cM,lM,uM,dM,fM,pM,mM,hM,gM=t((()=>{q(),eg(),tM(),YC(),iT(),sE(),Ew(),nM={class:`mm-side`,"data-testid":`wide-side`},rM={key:0,class:`mm-side-multi`,"data-testid":`wide-side-multi`},iM={class:`mm-side-muted`},aM={key:1,class:`mm-side-empty`},oM={class:`mm-side-preview`},sM=[`src`],cM={key:1,class:`pi pi-image`},lM={class:`mm-side-name`,"data-testid":`wide-side-name`},uM={class:`mm-side-actions`},dM={class:`mm-side-facts`},fM={key:0},pM={key:0,class:`mm-side-loading`},mM=[`innerHTML`],hM=/*@__PURE__*/ Rr({__name:`ModelSidePane`,props:{model:{},selected:{}},emits:[`open`],setup(e,{emit:t}){let n=e,r=t,{t:i,locale:a}=xC(),o=tT(),s=/* @__PURE__ */ Pt(null),c=/* @__PURE__ */ Pt(!1),l=null,u=0;xr(()=>n.model?hw(n.model)+`\0`+n.model.modifiedAt:``,()=>{l&&clearTimeout(l);let e=n.model;if(!e){s.value=null;return}let t=++u;l=setTimeout(async()=>{c.value=!0;try{let n=await o.api.getModel(e);t===u&&(s.value=n)}catch{t===u&&(s.value=null)}finally{t===u&&(c.value=!1)}},120)},{immediate:!0}),vs(()=>l&&clearTimeout(l));let d=K(()=>s.value&&n.model&&hw(s.value)===hw(n.model)?s.value:null),f=K(()=>{let e=n.model;return e?[[`folder`,`${e.folder}/${e.relativePath}`],[`size`,tE(e.sizeBytes)],[`modified`,iE(e.modifiedAt,a.value)],[`architecture`,e.architecture?i(`modelManager.architecture.`+e.architecture,e.architecture):`–`],[`baseModel`,e.baseModel??`–`],[`autov2`,e.autov2??`–`],[`source`,e.source??`–`]]:[]}),p=K(()=>n.selected.reduce((e,t)=>e+t.sizeBytes,0)),m=K(()=>!!n.model&&!!o.host?.canAddToWorkflow(n.model.folder));function h(){n.model&&!o.host?.addToWorkflow(n.model)&&o.notify.add({severity:`warn`,summary:i(`modelManager.models.addFailed`),detail:gw(n.model)})}return(t,n)=>(L(),R(`div`,nM,[e.selected.length>1?(L(),R(`div`,rM,[n[1]||=B(`i`,{class:`pi pi-clone`},null,-1),B(`div`,null,M(P(i)(`modelManager.browser.selectedCount`,{n:e.selected.length},e.selected.length)),1),B(`div`,iM,M(P(tE)(p.value)),1)])):e.model?(L(),R(W,{key:2},[B(`div`,oM,[e.model.hasPreview&&e.model.previewUrl?(L(),R(`img`,{key:0,src:P(o).models.previewSrc(e.model,512)??void 0,alt:``},null,8,sM)):(L(),R(`i`,cM))]),B(`h3`,lM,M(P(gw)(e.model)),1),B(`div`,uM,[G(P(Z),{icon:`pi pi-external-link`,label:P(i)(`modelManager.browser.openDetail`),size:`small`,outlined:``,"data-testid":`wide-open-detail`,onClick:n[0]||=t=>r(`open`,e.model)},null,8,[`label`]),m.value?(L(),z(P(Z),{key:0,icon:`pi pi-plus`,label:P(i)(`modelManager.models.addToWorkflow`),size:`small`,"data-testid":`wide-add`,onClick:h},null,8,[`label`])):H(``,!0)]),B(`table`,dM,[B(`tbody`,null,[(L(!0),R(W,null,gi(f.value,([e,t])=>(L(),R(`tr`,{key:e},[B(`th`,null,M(P(i)(`modelManager.detail.fact.`+e)),1),B(`td`,null,M(t),1)]))),128)),e.model.triggerWords?.length?(L(),R(`tr`,fM,[B(`th`,null,M(P(i)(`modelManager.detail.fact.triggerWords`)),1),B(`td`,null,M(e.model.triggerWords.join(`, `)),1)])):H(``,!0)])]),c.value&&!d.value?(L(),R(`div`,pM,[G(P($j),{style:{width:`1.5rem`,height:`1.5rem`}})])):H(``,!0),d.value?.descriptionHtml?(L(),R(`div`,{key:1,class:`mm-side-desc`,"data-testid":`wide-side-desc`,innerHTML:d.value.descriptionHtml},null,8,mM)):H(``,!0)],64)):(L(),R(`div`,aM,M(P(i)(`modelManager.browser.nothingSelected`)),1))]))}})})),_M=t((()=>{})),vM,yM=t((()=>{gM(),gM(),_M(),DE(),vM=/*#__PURE__*/ EE(hM,[[`__scopeId`,`data-v-aea839e1`]])})),bM,xM,SM,CM,wM,TM,EM,DM,OM,kM,AM=t((()=>{q(),eg(),l_(),vD(),CD(),BD(),YC(),iw(),iT(),jw(),HD(),Uk(),Cj(),Aj(),qj(),yM(),bM={class:`mm-wide-body`},xM={class:`mm-wide-tree`},SM={class:`mm-wide-main`},CM={class:`mm-wide-bar`},wM={class:`mm-wide-bulk`,"data-testid":`wide-bulk`},TM={class:`mm-wide-count`,"data-testid":`wide-count`},EM=[`aria-label`],DM={key:0,class:`mm-empty`},OM={class:`mm-wide-side`},kM=/*@__PURE__*/ Rr({__name:`ModelBrowserWide`,setup(e){let{t}=xC(),n=tT(),{models:r,notify:i}=n,a=K(()=>r.filtered.value),o=VD(a),s=/* @__PURE__ */ N(null),c=/* @__PURE__ */ N(null),l=/* @__PURE__ */ N(!1),u=/* @__PURE__ */ N(!1),d=/* @__PURE__ */ N(!1);xr(()=>r.wide.value,async e=>{e&&(r.modelsFolder.value!==`*`&&r.loadModels(`*`),await er(),p())}),xr(()=>n.detail.visible.value,e=>{!e&&r.wide.value&&er(p)});function f(e){e.key===`Escape`&&r.wide.value&&!e.isComposing&&(n.detail.visible.value||u.value||d.value||document.querySelector(`.p-select-overlay, .p-confirmdialog`)||(r.wide.value=!1))}xr(()=>r.wide.value,e=>e?document.addEventListener(`keydown`,f):document.removeEventListener(`keydown`,f),{immediate:!0}),vs(()=>document.removeEventListener(`keydown`,f));function p(){c.value?.focus({preventScroll:!0})}function m(e){n.detail.open(e)}function h(e){let t=s.value?.columns??1,n={ArrowRight:1,ArrowLeft:-1,ArrowDown:t,ArrowUp:-t,PageDown:t*3,PageUp:-t*3,Home:-1/0,End:1/0};if(e.key in n){e.preventDefault();let t=n[e.key],r=a.value.length,i=t===1/0?r:t===-1/0?-r:t;o.move(i,e.shiftKey),s.value?.reveal(o.cursorIndex.value)}else e.key===`Enter`?(e.preventDefault(),o.current.value&&m(o.current.value)):e.key===` `?(e.preventDefault(),o.current.value?o.toggle(o.current.value):o.move(0)):(e.key===`a`||e.key===`A`)&&(e.ctrlKey||e.metaKey)?(e.preventDefault(),o.selectAll()):e.key===`Delete`&&o.count.value&&(e.preventDefault(),u.value=!0)}function g(e,n){let r={delete:`deleted`,move:`moved`,rescan:`rescanStarted`,identify:`identifyStarted`}[e];n.succeeded&&i.add({severity:`success`,summary:t(`modelManager.browser.`+r,{n:n.succeeded},n.succeeded)});let a=n.results.filter(e=>!e.ok);a.length&&i.add({severity:`error`,summary:t(`modelManager.browser.failed`,{n:a.length},a.length),detail:a.slice(0,3).map(e=>`${e.relativePath}: ${e.error}`).join(`
`),life:1e4})}async function _(e,a){let s=o.selectedModels.value;if(s.length){l.value=!0;try{g(e,await r.bulk(e,s,a)),(e===`delete`||e===`move`)&&(n.host?.refreshModels(),u.value=!1,d.value=!1)}catch(e){let n=e instanceof tw||e instanceof Error?e.message:String(e);i.add({severity:`error`,summary:t(`modelManager.browser.actionFailed`),detail:n})}finally{l.value=!1,er(p)}}}let v=K(()=>t(`modelManager.browser.title`));return(e,n)=>(L(),z(P(i_),{visible:P(r).wide.value,"onUpdate:visible":n[11]||=e=>P(r).wide.value=e,modal:``,header:v.value,"close-on-escape":!1,class:`mm-dialog mm-wide`,style:{width:`96vw`,height:`92vh`,maxWidth:`2000px`},"content-style":{flex:`1 1 auto`,minHeight:0,display:`flex`,padding:`0 1rem 1rem`},"data-testid":`models-wide`},{default:F(()=>[B(`div`,bM,[B(`aside`,xM,[G(Hk)]),B(`section`,SM,[B(`div`,CM,[G(P(_D),{class:`mm-wide-search`},{default:F(()=>[G(P(SD),{class:`pi pi-search`}),G(P(RD),{modelValue:P(r).filter.query,"onUpdate:modelValue":n[0]||=e=>P(r).filter.query=e,size:`small`,placeholder:P(t)(`modelManager.models.search`),"data-testid":`wide-search`,fluid:``},null,8,[`modelValue`,`placeholder`])]),_:1}),G(kj)]),B(`div`,wM,[B(`span`,TM,[P(o).count.value?(L(),R(W,{key:0},[V(M(P(t)(`modelManager.browser.selectedCount`,{n:P(o).count.value},P(o).count.value))+` / `,1)],64)):H(``,!0),V(` `+M(P(t)(`modelManager.models.count`,{n:a.value.length},a.value.length)),1)]),G(P(Z),{label:P(t)(`modelManager.browser.selectAll`),text:``,size:`small`,"data-testid":`wide-select-all`,onClick:n[1]||=e=>P(o).selectAll()},null,8,[`label`]),P(o).count.value?(L(),z(P(Z),{key:0,label:P(t)(`modelManager.browser.clearSelection`),text:``,size:`small`,"data-testid":`wide-select-none`,onClick:n[2]||=e=>P(o).clear()},null,8,[`label`])):H(``,!0),n[12]||=B(`span`,{class:`mm-wide-spacer`},null,-1),G(P(Z),{icon:`pi pi-arrow-right-arrow-left`,label:P(t)(`modelManager.browser.move`),size:`small`,outlined:``,disabled:!P(o).count.value||l.value,"data-testid":`bulk-move`,onClick:n[3]||=e=>d.value=!0},null,8,[`label`,`disabled`]),G(P(Z),{icon:`pi pi-sync`,label:P(t)(`modelManager.browser.rescan`),size:`small`,outlined:``,disabled:!P(o).count.value||l.value,"data-testid":`bulk-rescan`,onClick:n[4]||=e=>_(`rescan`)},null,8,[`label`,`disabled`]),G(P(Z),{icon:`pi pi-search-plus`,label:P(t)(`modelManager.browser.identify`),size:`small`,outlined:``,disabled:!P(o).count.value||l.value,"data-testid":`bulk-identify`,onClick:n[5]||=e=>_(`identify`)},null,8,[`label`,`disabled`]),G(P(Z),{icon:`pi pi-trash`,label:P(t)(`modelManager.browser.delete`),size:`small`,severity:`danger`,outlined:``,disabled:!P(o).count.value||l.value,"data-testid":`bulk-delete`,onClick:n[6]||=e=>u.value=!0},null,8,[`label`,`disabled`])]),B(`div`,{ref_key:`gridBox`,ref:c,class:`mm-wide-grid`,tabindex:`0`,role:`listbox`,"aria-multiselectable":`true`,"aria-label":v.value,"data-testid":`wide-grid`,onKeydown:h},[a.value.length?(L(),z(Kj,{key:1,ref_key:`grid`,ref:s,items:a.value,selection:P(o),"show-folder":!P(r).filter.folder,onOpen:m},null,8,[`items`,`selection`,`show-folder`])):(L(),R(`div`,DM,M(P(t)(`modelManager.models.noMatch`)),1))],40,EM)]),B(`aside`,OM,[G(vM,{model:P(o).current.value,selected:P(o).selectedModels.value,onOpen:m},null,8,[`model`,`selected`])])]),G(Sj,{delete:u.value,"onUpdate:delete":n[7]||=e=>u.value=e,move:d.value,"onUpdate:move":n[8]||=e=>d.value=e,chosen:P(o).selectedModels.value,busy:l.value,onDelete:n[9]||=e=>_(`delete`),onMove:n[10]||=e=>_(`move`,e)},null,8,[`delete`,`move`,`chosen`,`busy`])]),_:1},8,[`visible`,`header`]))}})})),jM=t((()=>{})),MM,NM=t((()=>{AM(),AM(),jM(),MM=kM})),PM,FM=t((()=>{PM=`
    .p-textarea {
        font-family: inherit;
        font-feature-settings: inherit;
        font-size: 1rem;
        color: dt('textarea.color');
        background: dt('textarea.background');
        padding-block: dt('textarea.padding.y');
        padding-inline: dt('textarea.padding.x');
        border: 1px solid dt('textarea.border.color');
        transition:
            background dt('textarea.transition.duration'),
            color dt('textarea.transition.duration'),
            border-color dt('textarea.transition.duration'),
            outline-color dt('textarea.transition.duration'),
            box-shadow dt('textarea.transition.duration');
        appearance: none;
        border-radius: dt('textarea.border.radius');
        outline-color: transparent;
        box-shadow: dt('textarea.shadow');
    }

    .p-textarea:enabled:hover {
        border-color: dt('textarea.hover.border.color');
    }

    .p-textarea:enabled:focus {
        border-color: dt('textarea.focus.border.color');
        box-shadow: dt('textarea.focus.ring.shadow');
        outline: dt('textarea.focus.ring.width') dt('textarea.focus.ring.style') dt('textarea.focus.ring.color');
        outline-offset: dt('textarea.focus.ring.offset');
    }

    .p-textarea.p-invalid {
        border-color: dt('textarea.invalid.border.color');
    }

    .p-textarea.p-variant-filled {
        background: dt('textarea.filled.background');
    }

    .p-textarea.p-variant-filled:enabled:hover {
        background: dt('textarea.filled.hover.background');
    }

    .p-textarea.p-variant-filled:enabled:focus {
        background: dt('textarea.filled.focus.background');
    }

    .p-textarea:disabled {
        opacity: 1;
        background: dt('textarea.disabled.background');
        color: dt('textarea.disabled.color');
    }

    .p-textarea::placeholder {
        color: dt('textarea.placeholder.color');
    }

    .p-textarea.p-invalid::placeholder {
        color: dt('textarea.invalid.placeholder.color');
    }

    .p-textarea-fluid {
        width: 100%;
    }

    .p-textarea-resizable {
        overflow: hidden;
        resize: none;
    }

    .p-textarea-sm {
        font-size: dt('textarea.sm.font.size');
        padding-block: dt('textarea.sm.padding.y');
        padding-inline: dt('textarea.sm.padding.x');
    }

    .p-textarea-lg {
        font-size: dt('textarea.lg.font.size');
        padding-block: dt('textarea.lg.padding.y');
        padding-inline: dt('textarea.lg.padding.x');
    }
`})),IM,LM=t((()=>{FM(),cm(),IM=Y.extend({name:`textarea`,style:PM,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-textarea p-component`,{"p-filled":t.$filled,"p-textarea-resizable ":n.autoResize,"p-textarea-sm p-inputfield-sm":n.size===`small`,"p-textarea-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-textarea-fluid":t.$fluid}]}}})}));function RM(e){"@babel/helpers - typeof";return RM=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},RM(e)}function zM(e,t,n){return(t=BM(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function BM(e){var t=VM(e,`string`);return RM(t)==`symbol`?t:t+``}function VM(e,t){if(RM(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(RM(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function HM(e,t,n,r,i,a){return L(),R(`textarea`,U({class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,GM)}var UM,WM,GM,KM=t((()=>{Mf(),q(),DD(),LM(),UM={name:`BaseTextarea`,extends:ED,props:{autoResize:Boolean},style:IM,provide:function(){return{$pcTextarea:this,$parentInstance:this}}},WM={name:`Textarea`,extends:UM,inheritAttrs:!1,observer:null,mounted:function(){var e=this;this.autoResize&&(this.observer=new ResizeObserver(function(){requestAnimationFrame(function(){e.resize()})}),this.observer.observe(this.$el))},updated:function(){this.autoResize&&this.resize()},beforeUnmount:function(){this.observer&&this.observer.disconnect()},methods:{resize:function(){if(this.$el.offsetParent){var e=this.$el.style.height,t=parseInt(e)||0,n=this.$el.scrollHeight;t&&n<t?(this.$el.style.height=`auto`,this.$el.style.height=`${this.$el.scrollHeight}px`):(!t||n>t)&&(this.$el.style.height=`${n}px`)}},onInput:function(e){this.autoResize&&this.resize(),this.writeValue(e.target.value,e)}},computed:{attrs:function(){return U(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return Qu(zM({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},GM=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`],WM.render=HM})),qM,JM,YM,XM,ZM,QM,$M,eN,tN,nN,rN,iN,aN,oN,sN,cN,lN,uN,dN,fN,pN,mN,hN,gN,_N,vN,yN,bN,xN,SN,CN,wN,TN,EN,DN,ON,kN,AN,jN=t((()=>{q(),eg(),l_(),BD(),DT(),tM(),nj(),x_(),Y_(),ev(),av(),fv(),ZT(),KM(),eE(),YC(),iT(),dw(),sE(),Ew(),cj(),qM={key:0,class:`mm-detail-loading`},JM=[`data-path`],YM={class:`mm-detail-top`},XM={class:`mm-detail-preview`},ZM=[`src`],QM={key:1,class:`mm-detail-nopreview`,"data-testid":`detail-no-preview`},$M={class:`mm-detail-preview-actions`},eN={class:`mm-inline`},tN={class:`mm-facts`,"data-testid":`detail-facts`},nN=[`data-fact`],rN={key:0,class:`mm-detail-actions-row`},iN={class:`mm-detail-actions-row`},aN={class:`mm-muted`},oN=[`innerHTML`],sN={key:2,class:`mm-muted`,"data-testid":`detail-desc-empty`},cN={key:1},lN={class:`mm-links`,"data-testid":`detail-links`},uN=[`href`],dN={key:0,class:`mm-muted mm-small`,"data-testid":`detail-sidecars`},fN={class:`mm-metadata`,"data-testid":`detail-metadata`},pN={class:`mm-muted`},mN={key:0,class:`mm-muted mm-small`},hN={key:1,class:`mm-facts mm-meta-table`},gN={class:`mm-mono`},_N={class:`mm-pre`},vN={class:`mm-move`},yN={class:`mm-field`},bN={for:`mm-move-folder`},xN={key:0,class:`mm-field`},SN={for:`mm-move-root`},CN={class:`mm-field`},wN={for:`mm-move-sub`},TN={key:0,class:`mm-error`},EN={class:`mm-field`},DN={for:`mm-move-name`},ON={key:0,class:`mm-error`,"data-testid":`detail-move-error`},kN={class:`mm-detail-actions-row`},AN=/*@__PURE__*/ Rr({__name:`ModelDetailDialog`,setup(e){let{t,locale:n}=xC(),r=tT(),{detail:i,models:a,notify:o}=r,s=QT(),c=K(()=>i.current.value),l=/* @__PURE__ */ N(`edit`),u=/* @__PURE__ */ N(``),d=/* @__PURE__ */ N(``),p=/* @__PURE__ */ St({folder:``,pathIndex:0,subfolder:``,filename:``}),m=/* @__PURE__ */ N({}),h=/* @__PURE__ */ N(null);xr(()=>c.value?`${c.value.folder}/${c.value.pathIndex}/${c.value.relativePath}`:``,()=>{let e=c.value;if(!e)return;u.value=e.descriptionText??``,d.value=``;let{subfolder:t,filename:n}=cw(e.relativePath);Object.assign(p,{folder:e.folder,pathIndex:e.pathIndex,subfolder:t,filename:n}),m.value={},l.value=e.descriptionHtml?`preview`:`edit`},{immediate:!0});let g=K(()=>!!c.value&&u.value!==(c.value.descriptionText??``)),_=K(()=>a.folders.value.map(e=>({label:e.folder,value:e.folder}))),v=K(()=>a.folders.value.find(e=>e.folder===p.folder)?.roots??[]),y=K(()=>v.value.map((e,t)=>({label:e,value:t}))),b=K(()=>{let e=c.value;if(!e)return!1;let{subfolder:t,filename:n}=cw(e.relativePath);return p.folder!==e.folder||p.pathIndex!==e.pathIndex||p.subfolder.trim().replace(/^\/+|\/+$/g,``)!==t||p.filename.trim()!==n});xr(()=>p.folder,(e,t)=>{t&&e!==t&&(p.pathIndex=0)});let x=K(()=>c.value?a.previewSrc(c.value,512):null),S=K(()=>Object.entries(c.value?.metadata??{})),C=K(()=>(c.value?.links??[]).filter(e=>/^https?:\/\//i.test(e))),w=K(()=>{let e=c.value;if(!e)return[];let r=[[`folder`,e.folder],[`path`,e.relativePath],[`size`,tE(e.sizeBytes)],[`modified`,iE(e.modifiedAt,n.value)],[`architecture`,e.architecture?t(`modelManager.architecture.`+e.architecture,e.architecture):`–`],[`baseModel`,e.baseModel??`–`],[`rule`,e.rule??`–`],[`sha256`,e.sha256??(e.scanned===!1?t(`modelManager.detail.notScanned`):`–`),`mono`],[`autov2`,e.autov2??`–`,`mono`],[`source`,e.source??`–`]];return e.triggerWords?.length&&r.push([`triggerWords`,e.triggerWords.join(`, `)]),e.headerError&&r.push([`headerError`,e.headerError]),r});function ee(e,t){o.add({severity:`error`,summary:e,detail:t instanceof Error?t.message:String(t)})}async function T(){try{await i.saveDescription(u.value),o.add({severity:`success`,summary:t(`modelManager.detail.descriptionSaved`)}),l.value=`preview`}catch(e){ee(t(`modelManager.detail.saveFailed`),e)}}function E(){h.value?.click()}async function D(e){let n=e.target,r=n.files?.[0];if(n.value=``,r)try{await i.setPreviewFile(r),o.add({severity:`success`,summary:t(`modelManager.detail.previewSaved`)})}catch(e){ee(t(`modelManager.detail.previewFailed`),e)}}async function te(){if(!rj(d.value))try{await i.setPreviewUrl(d.value.trim()),d.value=``,o.add({severity:`success`,summary:t(`modelManager.detail.previewSaved`)})}catch(e){ee(t(`modelManager.detail.previewFailed`),e)}}async function ne(){try{await i.removePreview()}catch(e){ee(t(`modelManager.detail.previewFailed`),e)}}async function O(){let e={},n=p.filename.trim()?ij(p.filename):`filenameRequired`;n&&(e.filename=n);let r=aj(p.subfolder);if(r&&(e.subfolder=r),m.value=e,!Object.keys(e).length)try{await i.move({folder:p.folder,pathIndex:p.pathIndex,subfolder:p.subfolder.trim().replace(/^\/+|\/+$/g,``),filename:p.filename.trim()}),o.add({severity:`success`,summary:t(`modelManager.detail.moved`)})}catch(e){ee(t(`modelManager.detail.moveFailed`),e)}}function k(){let e=c.value;e&&s.require({group:`mm`,header:t(`modelManager.detail.deleteTitle`),message:e.isLink?t(`modelManager.detail.deleteLinkMessage`,{name:gw(e),target:e.linkTarget??``}):e.inLinkedFolder?t(`modelManager.detail.deleteInLinkedFolderMessage`,{name:gw(e),folder:e.linkedFolderTarget??``}):t(`modelManager.detail.deleteMessage`,{name:gw(e)}),icon:`pi pi-exclamation-triangle`,rejectProps:{label:t(`modelManager.common.cancel`),severity:`secondary`,outlined:!0},acceptProps:{label:t(`modelManager.common.delete`),severity:`danger`},accept:async()=>{try{await i.remove(),o.add({severity:`success`,summary:t(`modelManager.detail.deleted`),detail:gw(e)})}catch(e){ee(t(`modelManager.detail.deleteFailed`),e)}}})}let re=K(()=>!!c.value&&!!r.host?.canAddToWorkflow(c.value.folder));function ie(){c.value&&r.host?.addToWorkflow(c.value)&&i.close()}let ae=e=>e?t(`modelManager.validation.`+e):``;return(e,n)=>{let r=pi(`tooltip`);return L(),z(P(i_),{visible:P(i).visible.value,"onUpdate:visible":n[8]||=e=>P(i).visible.value=e,modal:``,"dismissable-mask":``,class:`mm-dialog mm-detail`,style:{width:`54rem`,maxWidth:`96vw`},header:c.value?P(gw)(c.value):P(t)(`modelManager.detail.title`),"data-testid":`model-detail`},{footer:F(()=>[c.value&&c.value.scanned===!1?(L(),z(P(YT),{key:0,severity:`warn`,value:P(t)(`modelManager.detail.notScanned`)},null,8,[`value`])):H(``,!0),G(P(Z),{icon:`pi pi-trash`,label:P(t)(`modelManager.detail.delete`),severity:`danger`,outlined:``,disabled:!c.value,"data-testid":`detail-delete`,onClick:k},null,8,[`label`,`disabled`]),G(P(Z),{label:P(t)(`modelManager.common.close`),severity:`secondary`,text:``,"data-testid":`detail-close`,onClick:n[7]||=e=>P(i).close()},null,8,[`label`])]),default:F(()=>[P(i).loading.value&&!c.value?(L(),R(`div`,qM,[G(P($j),{style:{width:`2rem`,height:`2rem`}})])):H(``,!0),P(i).error.value&&!c.value?(L(),z(P(xT),{key:1,severity:`error`,size:`small`},{default:F(()=>[V(M(P(i).error.value),1)]),_:1})):H(``,!0),c.value?(L(),R(`div`,{key:2,class:`mm-detail-body`,"data-path":c.value.folder+`/`+c.value.relativePath},[B(`section`,YM,[B(`div`,XM,[c.value.hasPreview&&x.value?(L(),R(`img`,{key:0,src:x.value,alt:``,"data-testid":`detail-preview-img`},null,8,ZM)):(L(),R(`div`,QM,[n[9]||=B(`i`,{class:`pi pi-image`},null,-1),B(`span`,null,M(P(t)(`modelManager.detail.noPreview`)),1)])),B(`div`,$M,[B(`input`,{ref_key:`fileInput`,ref:h,type:`file`,accept:`image/*`,class:`mm-hidden`,"data-testid":`detail-preview-file`,onChange:D},null,544),G(P(Z),{icon:`pi pi-upload`,label:P(t)(`modelManager.detail.uploadPreview`),size:`small`,outlined:``,loading:P(i).busy.value,"data-testid":`detail-preview-upload`,onClick:E},null,8,[`label`,`loading`]),c.value.hasPreview?(L(),z(P(Z),{key:0,icon:`pi pi-times`,label:P(t)(`modelManager.detail.removePreview`),size:`small`,severity:`danger`,text:``,"data-testid":`detail-preview-remove`,onClick:ne},null,8,[`label`])):H(``,!0)]),B(`div`,eN,[G(P(RD),{modelValue:d.value,"onUpdate:modelValue":n[0]||=e=>d.value=e,size:`small`,placeholder:P(t)(`modelManager.detail.previewUrl`),"data-testid":`detail-preview-url`,fluid:``},null,8,[`modelValue`,`placeholder`]),pr(G(P(Z),{icon:`pi pi-link`,size:`small`,outlined:``,"aria-label":P(t)(`modelManager.detail.usePreviewUrl`),disabled:!!P(rj)(d.value),"data-testid":`detail-preview-url-apply`,onClick:te},null,8,[`aria-label`,`disabled`]),[[r,P(t)(`modelManager.detail.usePreviewUrl`),void 0,{top:!0}]])])]),B(`table`,tN,[B(`tbody`,null,[(L(!0),R(W,null,gi(w.value,([e,n,r])=>(L(),R(`tr`,{key:e,"data-fact":e},[B(`th`,null,M(P(t)(`modelManager.detail.fact.`+e)),1),B(`td`,{class:f(r===`mono`?`mm-mono`:``)},M(n),3)],8,nN))),128))])])]),re.value?(L(),R(`div`,rN,[G(P(Z),{icon:`pi pi-plus`,label:P(t)(`modelManager.models.addToWorkflow`),size:`small`,"data-testid":`detail-add`,onClick:ie},null,8,[`label`])])):H(``,!0),B(`section`,null,[B(`h4`,null,M(P(t)(`modelManager.detail.description`)),1),G(P(dv),{value:l.value,"onUpdate:value":n[2]||=e=>l.value=e},{default:F(()=>[G(P(U_),null,{default:F(()=>[G(P(b_),{value:`edit`,"data-testid":`detail-desc-edit-tab`},{default:F(()=>[V(M(P(t)(`modelManager.detail.edit`)),1)]),_:1}),G(P(b_),{value:`preview`,"data-testid":`detail-desc-preview-tab`},{default:F(()=>[V(M(P(t)(`modelManager.detail.preview`)),1)]),_:1})]),_:1}),G(P(iv),{class:`mm-detail-tabpanels`},{default:F(()=>[G(P($_),{value:`edit`},{default:F(()=>[G(P(WM),{modelValue:u.value,"onUpdate:modelValue":n[1]||=e=>u.value=e,rows:`7`,"auto-resize":``,fluid:``,class:`mm-mono`,placeholder:P(t)(`modelManager.detail.descriptionPlaceholder`),"data-testid":`detail-desc-input`},null,8,[`modelValue`,`placeholder`]),B(`div`,iN,[B(`small`,aN,M(P(t)(`modelManager.detail.markdownHelp`)),1),G(P(Z),{icon:`pi pi-save`,label:P(t)(`modelManager.common.save`),size:`small`,disabled:!g.value,loading:P(i).busy.value,"data-testid":`detail-desc-save`,onClick:T},null,8,[`label`,`disabled`,`loading`])])]),_:1}),G(P($_),{value:`preview`},{default:F(()=>[g.value?(L(),z(P(xT),{key:0,severity:`warn`,size:`small`},{default:F(()=>[V(M(P(t)(`modelManager.detail.unsavedPreview`)),1)]),_:1})):H(``,!0),c.value.descriptionHtml?(L(),R(`div`,{key:1,class:`mm-markdown`,"data-testid":`detail-desc-html`,innerHTML:c.value.descriptionHtml},null,8,oN)):(L(),R(`div`,sN,M(P(t)(`modelManager.detail.noDescription`)),1))]),_:1})]),_:1})]),_:1},8,[`value`])]),C.value.length||c.value.sidecars.length?(L(),R(`section`,cN,[B(`h4`,null,M(P(t)(`modelManager.detail.links`)),1),B(`ul`,lN,[(L(!0),R(W,null,gi(C.value,e=>(L(),R(`li`,{key:e},[B(`a`,{href:e,target:`_blank`,rel:`noopener noreferrer`},[n[10]||=B(`i`,{class:`pi pi-external-link`},null,-1),V(` `+M(e),1)],8,uN)]))),128))]),c.value.sidecars.length?(L(),R(`div`,dN,M(P(t)(`modelManager.detail.sidecars`))+`: `+M(c.value.sidecars.join(`, `)),1)):H(``,!0)])):H(``,!0),B(`section`,null,[B(`details`,fN,[B(`summary`,null,[V(M(P(t)(`modelManager.detail.metadata`))+` `,1),B(`span`,pN,`(`+M(S.value.length)+`)`,1)]),S.value.length?(L(),R(`table`,hN,[B(`tbody`,null,[(L(!0),R(W,null,gi(S.value,([e,t])=>(L(),R(`tr`,{key:e},[B(`th`,gN,M(e),1),B(`td`,null,[B(`pre`,_N,M(typeof t==`string`?t:JSON.stringify(t,null,1)),1)])]))),128))])])):(L(),R(`div`,mN,M(P(t)(`modelManager.detail.noMetadata`)),1))])]),B(`section`,null,[B(`h4`,null,M(P(t)(`modelManager.detail.moveTitle`)),1),B(`div`,vN,[B(`div`,yN,[B(`label`,bN,M(P(t)(`modelManager.newDownload.folder`)),1),G(P(JA),{modelValue:p.folder,"onUpdate:modelValue":n[3]||=e=>p.folder=e,"input-id":`mm-move-folder`,options:_.value,"option-label":`label`,"option-value":`value`,filter:``,size:`small`,"data-testid":`detail-move-folder`,fluid:``},null,8,[`modelValue`,`options`])]),v.value.length>1?(L(),R(`div`,xN,[B(`label`,SN,M(P(t)(`modelManager.newDownload.root`)),1),G(P(JA),{modelValue:p.pathIndex,"onUpdate:modelValue":n[4]||=e=>p.pathIndex=e,"input-id":`mm-move-root`,options:y.value,"option-label":`label`,"option-value":`value`,size:`small`,"data-testid":`detail-move-root`,fluid:``},null,8,[`modelValue`,`options`])])):H(``,!0),B(`div`,CN,[B(`label`,wN,M(P(t)(`modelManager.newDownload.subfolder`)),1),G(P(RD),{id:`mm-move-sub`,modelValue:p.subfolder,"onUpdate:modelValue":n[5]||=e=>p.subfolder=e,size:`small`,invalid:!!m.value.subfolder,placeholder:P(t)(`modelManager.newDownload.optional`),"data-testid":`detail-move-subfolder`,fluid:``},null,8,[`modelValue`,`invalid`,`placeholder`]),m.value.subfolder?(L(),R(`small`,TN,M(ae(m.value.subfolder)),1)):H(``,!0)]),B(`div`,EN,[B(`label`,DN,M(P(t)(`modelManager.newDownload.filename`)),1),G(P(RD),{id:`mm-move-name`,modelValue:p.filename,"onUpdate:modelValue":n[6]||=e=>p.filename=e,size:`small`,invalid:!!m.value.filename,"data-testid":`detail-move-filename`,fluid:``},null,8,[`modelValue`,`invalid`]),m.value.filename?(L(),R(`small`,ON,M(ae(m.value.filename)),1)):H(``,!0)])]),B(`div`,kN,[G(P(Z),{icon:`pi pi-arrow-right-arrow-left`,label:P(t)(`modelManager.detail.applyMove`),size:`small`,disabled:!b.value,loading:P(i).busy.value,"data-testid":`detail-move-apply`,onClick:O},null,8,[`label`,`disabled`,`loading`])])]),P(i).error.value?(L(),z(P(xT),{key:2,severity:`error`,size:`small`,"data-testid":`detail-error`},{default:F(()=>[V(M(P(i).error.value),1)]),_:1})):H(``,!0)],8,JM)):H(``,!0)]),_:1},8,[`visible`,`header`])}}})})),MN=t((()=>{})),NN,PN=t((()=>{jN(),jN(),MN(),NN=AN})),FN,IN,LN,RN,zN,BN,VN,HN,UN,WN=t((()=>{q(),eg(),kA(),YC(),iT(),sE(),Ew(),FN=[`data-name`,`data-arch`,`data-index`,`title`,`onDragstart`,`onClick`,`onKeydown`],IN={class:`mm-row-thumb`},LN=[`src`],RN={key:1,class:`pi pi-box`},zN={class:`mm-row-main`},BN={class:`mm-row-name`},VN={class:`mm-row-sub`},HN=40,UN=/*@__PURE__*/ Rr({__name:`ModelList`,props:{items:{},showFolder:{type:Boolean},cursor:{}},emits:[`open`],setup(e,{emit:t}){let n=e,r=t,{t:i}=xC(),a=tT(),{models:o}=a,s=/* @__PURE__ */ N(null),c=e=>!!a.host?.canAddToWorkflow(e.folder);function l(e){a.host?.addToWorkflow(e)||a.notify.add({severity:`warn`,summary:i(`modelManager.models.addFailed`),detail:gw(e)})}function u(e,t){e.dataTransfer&&(e.dataTransfer.setData(nT,JSON.stringify({folder:t.folder,pathIndex:t.pathIndex,relativePath:t.relativePath})),e.dataTransfer.effectAllowed=`copy`)}function d(e){let t=e.relativePath.lastIndexOf(`/`),r=t===-1?``:e.relativePath.slice(0,t);return n.showFolder?[e.folder,r].filter(Boolean).join(`/`):r}let p=e=>[e.baseModel,tE(e.sizeBytes),d(e)].filter(Boolean).join(` · `);function m(e,t){let r=e.key===`ArrowDown`?1:e.key===`ArrowUp`?-1:0;if(!r)return;e.preventDefault();let i=Math.max(0,Math.min(n.items.length-1,t+r));s.value?.scrollInView(i,r>0?`to-end`:`to-start`),requestAnimationFrame(()=>{(e.currentTarget?.closest(`.mm-model-list`)?.querySelector(`[data-index="${i}"]`))?.focus()})}return(t,n)=>(L(),z(P(DA),{ref_key:`scroller`,ref:s,items:e.items,"item-size":HN,class:`mm-model-list`,"data-testid":`models-list`},{item:F(({item:t,options:n})=>[(L(),R(`div`,{key:P(hw)(t),class:f([`mm-row`,{"mm-row-cursor":e.cursor===P(hw)(t)}]),"data-testid":`model-row`,"data-name":P(gw)(t),"data-arch":t.architecture??void 0,"data-index":n.index,title:t.folder+`/`+t.relativePath,draggable:`true`,tabindex:`0`,onDragstart:e=>u(e,t),onClick:e=>r(`open`,t),onKeydown:[zu(e=>r(`open`,t),[`enter`]),e=>m(e,n.index)]},[B(`div`,IN,[t.hasPreview&&t.previewUrl?(L(),R(`img`,{key:0,src:P(o).previewSrc(t,64)??void 0,loading:`lazy`,decoding:`async`,alt:``,draggable:`false`,"data-testid":`model-thumb`},null,8,LN)):(L(),R(`i`,RN))]),B(`div`,zN,[B(`div`,BN,M(P(gw)(t)),1),B(`div`,VN,M(p(t)),1)]),c(t)?(L(),z(P(Z),{key:0,icon:`pi pi-plus`,text:``,rounded:``,size:`small`,class:`mm-row-add`,"aria-label":P(i)(`modelManager.models.addToWorkflow`),"data-testid":`model-add`,onClick:Lu(e=>l(t),[`stop`])},null,8,[`aria-label`,`onClick`])):H(``,!0)],42,FN))]),_:1},8,[`items`]))}})})),GN=t((()=>{})),KN,qN=t((()=>{WN(),WN(),GN(),DE(),KN=/*#__PURE__*/ EE(UN,[[`__scopeId`,`data-v-2fbd1c2f`]])})),JN,YN,XN,ZN,QN,$N,eP,tP,nP,rP,iP,aP=t((()=>{q(),eg(),vD(),CD(),BD(),DT(),tM(),YC(),iT(),jw(),Uk(),Aj(),qj(),qN(),JN={class:`mm-models`,"data-testid":`models`},YN={class:`mm-models-bar`},XN={key:0,class:`mm-models-tree`},ZN={class:`mm-models-wrap`},QN={key:0,class:`mm-empty`},$N={key:1,class:`mm-empty`,"data-testid":`models-unavailable`},eP=[`data-query`],tP={key:0,class:`mm-models-scope`,"data-testid":`models-scope`},nP=[`aria-label`],rP={key:0,class:`mm-empty`,"data-testid":`models-empty`},iP=/*@__PURE__*/ Rr({__name:`ModelsTab`,setup(e){let{t}=xC(),n=tT(),{models:r}=n,i=r.view,a=/* @__PURE__ */ N(!1),o=/* @__PURE__ */ N(!1);xr(()=>r.modelsFolder.value,e=>{(e!==`*`||!r.models.value.length&&!r.modelsLoading.value)&&r.loadModels(`*`)},{immediate:!0});let s=K(()=>r.filtered.value),c=K(()=>[r.filter.baseModel,r.filter.architecture,r.filter.hasPreview!==`any`].filter(Boolean).length),l=K(()=>!!r.filter.query.trim()||!!r.filter.folder||c.value>0),u=K(()=>r.filter.folder?[r.filter.folder,r.filter.subfolder].filter(Boolean).join(`/`):``);function d(e){n.detail.open(e)}function f(){r.filter.folder=null,r.filter.subfolder=``}function p(){r.filter.query=``,r.filter.baseModel=null,r.filter.architecture=null,r.filter.hasPreview=`any`,f()}return(e,n)=>{let m=pi(`tooltip`);return L(),R(`div`,JN,[B(`div`,YN,[pr(G(P(Z),{icon:`pi pi-sitemap`,text:!a.value,size:`small`,"aria-label":P(t)(`modelManager.browser.folders`),"aria-pressed":a.value,"data-testid":`models-tree-toggle`,onClick:n[0]||=e=>a.value=!a.value},null,8,[`text`,`aria-label`,`aria-pressed`]),[[m,P(t)(`modelManager.browser.folders`),void 0,{bottom:!0}]]),G(P(_D),{class:`mm-models-search`},{default:F(()=>[G(P(SD),{class:`pi pi-search`}),G(P(RD),{modelValue:P(r).filter.query,"onUpdate:modelValue":n[1]||=e=>P(r).filter.query=e,size:`small`,placeholder:P(t)(`modelManager.models.search`),"data-testid":`models-search`,fluid:``},null,8,[`modelValue`,`placeholder`])]),_:1}),pr(G(P(Z),{icon:`pi pi-filter`,text:!o.value,size:`small`,badge:c.value?String(c.value):void 0,"aria-label":P(t)(`modelManager.browser.filters`),"aria-pressed":o.value,"data-testid":`models-filters-toggle`,onClick:n[2]||=e=>o.value=!o.value},null,8,[`text`,`badge`,`aria-label`,`aria-pressed`]),[[m,P(t)(`modelManager.browser.filters`),void 0,{bottom:!0}]]),pr(G(P(Z),{icon:P(i)===`list`?`pi pi-th-large`:`pi pi-list`,text:``,size:`small`,"aria-label":P(i)===`list`?P(t)(`modelManager.models.grid`):P(t)(`modelManager.models.list`),"data-testid":`models-view-`+(P(i)===`list`?`grid`:`list`),onClick:n[3]||=e=>i.value=P(i)===`list`?`grid`:`list`},null,8,[`icon`,`aria-label`,`data-testid`]),[[m,P(i)===`list`?P(t)(`modelManager.models.grid`):P(t)(`modelManager.models.list`),void 0,{bottom:!0}]]),pr(G(P(Z),{icon:`pi pi-window-maximize`,text:``,size:`small`,"aria-label":P(t)(`modelManager.browser.openWide`),"data-testid":`models-open-wide`,onClick:n[4]||=e=>P(r).wide.value=!0},null,8,[`aria-label`]),[[m,P(t)(`modelManager.browser.openWide`),void 0,{bottom:!0}]])]),a.value?(L(),R(`div`,XN,[G(Hk)])):H(``,!0),o.value?(L(),z(kj,{key:1})):H(``,!0),P(r).modelsError.value?(L(),z(P(xT),{key:2,severity:`error`,size:`small`},{default:F(()=>[V(M(P(r).modelsError.value),1)]),_:1})):H(``,!0),B(`div`,ZN,[P(r).modelsLoading.value&&!P(r).models.value.length?(L(),R(`div`,QN,[G(P($j),{style:{width:`2rem`,height:`2rem`}})])):P(r).modelsUnavailable.value?(L(),R(`div`,$N,M(P(t)(`modelManager.models.unavailable`)),1)):(L(),R(W,{key:2},[B(`div`,{class:`mm-models-count`,"data-testid":`models-count`,"data-query":P(r).filter.query},[B(`span`,null,[V(M(P(t)(`modelManager.models.count`,{n:s.value.length},s.value.length))+` `,1),l.value?(L(),R(W,{key:0},[V(` / `+M(P(r).models.value.length),1)],64)):H(``,!0)]),u.value?(L(),R(`span`,tP,[n[7]||=B(`i`,{class:`pi pi-folder`},null,-1),V(` `+M(u.value)+` `,1),B(`button`,{type:`button`,class:`mm-linkish`,"aria-label":P(t)(`modelManager.browser.allFolders`),onClick:f},[...n[6]||=[B(`i`,{class:`pi pi-times`},null,-1)]],8,nP)])):H(``,!0),pr(G(P(Z),{icon:`pi pi-refresh`,text:``,size:`small`,class:`mm-models-refresh`,"aria-label":P(t)(`modelManager.common.refresh`),"data-testid":`models-refresh`,onClick:n[5]||=e=>P(r).loadModels(P(`*`))},null,8,[`aria-label`]),[[m,P(t)(`modelManager.common.refresh`),void 0,{bottom:!0}]])],8,eP),s.value.length===0?(L(),R(`div`,rP,[l.value?(L(),R(W,{key:0},[V(M(P(t)(`modelManager.models.noMatch`))+` `,1),B(`div`,null,[G(P(Z),{label:P(t)(`modelManager.models.clearFilters`),text:``,size:`small`,onClick:p},null,8,[`label`])])],64)):(L(),R(W,{key:1},[V(M(P(t)(`modelManager.models.empty`)),1)],64))])):P(i)===`list`?(L(),z(KN,{key:1,items:s.value,"show-folder":!P(r).filter.folder,onOpen:d},null,8,[`items`,`show-folder`])):(L(),z(Kj,{key:2,items:s.value,"show-folder":!P(r).filter.folder,onOpen:d},null,8,[`items`,`show-folder`]))],64))])])}}})})),oP=t((()=>{})),sP,cP=t((()=>{aP(),aP(),oP(),DE(),sP=/*#__PURE__*/ EE(iP,[[`__scopeId`,`data-v-94eeda8b`]])}));function lP(e){if(!e||!e.files.length)return-1;let t=e.files.findIndex(e=>e.primary);return t===-1?0:t}function uP(e,t,n){let r=t?.suggestedFolder??e?.suggestedFolder??null;return r&&n.includes(r)?r:pP}function dP(e,t,n){let r={folder:n.folder??`auto`,pathIndex:n.pathIndex,subfolder:n.subfolder.trim(),filename:n.filename.trim()||null};if(e.source===`civitai`&&e.versionId!==null&&e.versionId!==void 0)return{source:`civitai`,versionId:e.versionId,fileName:t.name,...r};if(e.source===`huggingface`&&e.modelId&&t.path){let n=e.versionId?{revision:String(e.versionId)}:{};return{source:`huggingface`,repo:String(e.modelId),path:t.path,...n,...r}}return{url:t.downloadUrl,...r,sha256:n.sha256.trim().toLowerCase()||t.sha256||null,size:t.sizeBytes&&t.sizeBytes>0&&e.source!==`civitai`?t.sizeBytes:null}}function fP(e){let t=/* @__PURE__ */ Pt([]),n=/* @__PURE__ */ N(null),r=/* @__PURE__ */ N(!1),i=/* @__PURE__ */ N(null),a=/* @__PURE__ */ N(0),o=/* @__PURE__ */ N(-1),s=K(()=>t.value[a.value]??null),c=K(()=>s.value?.files[o.value]??null),l=0;async function u(a){let o=++l;r.value=!0,i.value=null;try{let r=await e.modelInfo(a.trim());return o===l&&(t.value=r,n.value=a.trim(),d(0),r.length>0)}catch(e){return o===l&&(f(),i.value=e instanceof Error?e.message:String(e)),!1}finally{o===l&&(r.value=!1)}}function d(e){a.value=e,o.value=lP(t.value[e]??null)}function f(){l++,t.value=[],n.value=null,a.value=0,o.value=-1,r.value=!1,i.value=null}return{candidates:t,resolvedUrl:n,resolving:r,error:i,versionIndex:a,fileIndex:o,candidate:s,file:c,resolve:u,selectVersion:d,clear:f}}var pP,mP=t((()=>{q(),pP=`auto`})),hP,gP,_P,vP,yP,bP,xP,SP,CP,wP,TP,EP,DP,OP,kP,AP,jP,MP,NP,PP,FP,IP,LP,RP,zP,BP,VP,HP,UP,WP,GP,KP,qP,JP,YP,XP,ZP,QP,$P=t((()=>{q(),eg(),BD(),DT(),nj(),ZT(),YC(),iT(),mP(),sE(),cj(),hP={class:`mm-field`},gP={for:`mm-url`},_P={class:`mm-url-row`},vP={class:`mm-muted`},yP={key:0,class:`mm-error`,"data-testid":`error-url`},bP={key:0,class:`mm-resolved`,"data-testid":`resolved`},xP={class:`mm-resolved-head`},SP=[`src`],CP={class:`mm-resolved-title`},wP={class:`mm-resolved-name`,"data-testid":`resolved-name`},TP={class:`mm-resolved-tags`},EP={key:1,class:`mm-field`},DP={for:`mm-version`},OP={class:`mm-field`},kP={key:0,class:`mm-muted`},AP={class:`mm-files`,role:`radiogroup`},jP=[`aria-checked`,`data-name`,`onClick`,`onKeydown`],MP={class:`mm-file-main`},NP={class:`mm-file-name`},PP={class:`mm-muted mm-file-facts`},FP={class:`mm-field`},IP={for:`mm-folder`},LP={key:0,class:`mm-muted`},RP={key:1,class:`mm-error`,"data-testid":`error-folder`},zP={key:2,class:`mm-error`},BP={key:1,class:`mm-field`},VP={for:`mm-root`},HP={class:`mm-field`},UP={for:`mm-subfolder`},WP={key:0,class:`mm-error`,"data-testid":`error-subfolder`},GP={class:`mm-field`},KP={for:`mm-filename`},qP={key:0,class:`mm-error`,"data-testid":`error-filename`},JP={key:2,class:`mm-field`},YP={for:`mm-sha`},XP={key:0,class:`mm-error`,"data-testid":`error-sha256`},ZP={class:`mm-form-actions`},QP=/*@__PURE__*/ Rr({__name:`NewDownloadTab`,emits:[`created`],setup(e,{emit:t}){let n=t,{t:r}=xC(),{api:i,models:a,tasks:o,notify:s}=tT(),c=fP(i),l=/* @__PURE__ */ St({url:``,folder:null,pathIndex:0,subfolder:``,filename:``,sha256:``}),u=/* @__PURE__ */ N({}),d=/* @__PURE__ */ N(null),p=/* @__PURE__ */ N(!1),m=/* @__PURE__ */ N(!1),h=K(()=>[{label:r(`modelManager.newDownload.autoFolder`),value:pP},...a.folders.value.map(e=>({label:e.folder,value:e.folder}))]),g=K(()=>a.folders.value.find(e=>e.folder===l.folder)?.roots??[]),_=K(()=>g.value.map((e,t)=>({label:e,value:t})));xr(()=>l.folder,()=>{l.pathIndex=0}),xr(l,()=>{m.value&&(u.value=sj(l)),d.value=null});let v=K(()=>c.candidates.value.length>0&&c.resolvedUrl.value===l.url.trim());xr(()=>l.url,e=>{c.resolvedUrl.value!==null&&e.trim()!==c.resolvedUrl.value&&c.clear()});let y=K(()=>c.candidates.value.map((e,t)=>({label:[e.versionName??e.name,e.baseModel].filter(Boolean).join(` · `),value:t}))),b=()=>a.folders.value.map(e=>e.folder);function x(){let e=c.candidate.value,t=c.file.value;e&&t&&(l.folder=uP(e,t,b()),l.sha256=``)}async function S(){let e=rj(l.url);e?(m.value=!0,u.value={...u.value,url:e}):await c.resolve(l.url)&&x()}function C(e){c.selectVersion(e),x()}function w(e){c.fileIndex.value=e,x()}let ee=e=>[tE(e.sizeBytes),e.format,e.fp,e.type].filter(e=>e&&e!==`?`).join(` · `),T=e=>u.value[e]?r(`modelManager.validation.`+u.value[e]):``;async function E(){if(m.value=!0,u.value=sj(l),!Object.keys(u.value).length){p.value=!0,d.value=null;try{let e=c.candidate.value,t=c.file.value,i=await o.create(v.value&&e&&t?dP(e,t,l):{url:l.url.trim(),folder:l.folder,subfolder:l.subfolder.trim(),filename:l.filename.trim()||null,pathIndex:l.pathIndex,sha256:l.sha256.trim().toLowerCase()||null,size:null});s.add({severity:`success`,summary:r(`modelManager.newDownload.created`),detail:aE(i)}),l.url=``,l.filename=``,l.sha256=``,c.clear(),m.value=!1,u.value={},n(`created`,i.taskId)}catch(e){d.value=e instanceof Error?e.message:String(e)}finally{p.value=!1}}}return(e,t)=>(L(),R(`form`,{class:`mm-form`,"data-testid":`new-download-form`,novalidate:``,onSubmit:Lu(E,[`prevent`])},[B(`div`,hP,[B(`label`,gP,M(P(r)(`modelManager.newDownload.url`)),1),B(`div`,_P,[G(P(RD),{id:`mm-url`,modelValue:l.url,"onUpdate:modelValue":t[0]||=e=>l.url=e,placeholder:P(r)(`modelManager.newDownload.urlPlaceholder`),invalid:!!u.value.url,autocomplete:`off`,"data-testid":`input-url`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),G(P(Z),{type:`button`,icon:`pi pi-search`,label:P(r)(`modelManager.newDownload.resolve`),severity:`secondary`,loading:P(c).resolving.value,disabled:!l.url.trim(),"data-testid":`resolve-url`,onClick:S},null,8,[`label`,`loading`,`disabled`])]),B(`small`,vP,M(P(r)(`modelManager.newDownload.resolveHelp`)),1),u.value.url?(L(),R(`small`,yP,M(T(`url`)),1)):H(``,!0),P(c).error.value?(L(),z(P(xT),{key:1,severity:`error`,size:`small`,"data-testid":`resolve-error`},{default:F(()=>[V(M(P(c).error.value),1)]),_:1})):H(``,!0)]),v.value&&P(c).candidate.value?(L(),R(`div`,bP,[B(`div`,xP,[P(c).candidate.value.previews[0]?(L(),R(`img`,{key:0,src:P(c).candidate.value.previews[0],alt:``,class:`mm-resolved-img`,referrerpolicy:`no-referrer`,onError:t[1]||=e=>e.target.style.display=`none`},null,40,SP)):H(``,!0),B(`div`,CP,[B(`div`,wP,M(P(c).candidate.value.name),1),B(`div`,TP,[G(P(YT),{value:P(r)(`modelManager.newDownload.source.`+P(c).candidate.value.source),severity:`secondary`},null,8,[`value`]),P(c).candidate.value.type?(L(),z(P(YT),{key:0,value:P(c).candidate.value.type,severity:`info`},null,8,[`value`])):H(``,!0),P(c).candidate.value.baseModel?(L(),z(P(YT),{key:1,value:P(c).candidate.value.baseModel,"data-testid":`resolved-base`},null,8,[`value`])):H(``,!0)])])]),P(c).candidate.value.notice?(L(),z(P(xT),{key:0,severity:`warn`,size:`small`},{default:F(()=>[V(M(P(c).candidate.value.notice),1)]),_:1})):H(``,!0),P(c).candidates.value.length>1?(L(),R(`div`,EP,[B(`label`,DP,M(P(r)(`modelManager.newDownload.version`)),1),G(P(JA),{"model-value":P(c).versionIndex.value,"input-id":`mm-version`,options:y.value,"option-label":`label`,"option-value":`value`,"data-testid":`input-version`,fluid:``,"onUpdate:modelValue":C},null,8,[`model-value`,`options`])])):H(``,!0),B(`div`,OP,[B(`label`,null,M(P(r)(`modelManager.newDownload.file`)),1),P(c).candidate.value.files.length?H(``,!0):(L(),R(`div`,kP,M(P(r)(`modelManager.newDownload.noFiles`)),1)),B(`ul`,AP,[(L(!0),R(W,null,gi(P(c).candidate.value.files,(e,t)=>(L(),R(`li`,{key:e.name+t,class:f([`mm-file`,{"mm-file-active":t===P(c).fileIndex.value}]),role:`radio`,"aria-checked":t===P(c).fileIndex.value,tabindex:`0`,"data-testid":`resolved-file`,"data-name":e.name,onClick:e=>w(t),onKeydown:zu(Lu(e=>w(t),[`prevent`]),[`enter`])},[B(`i`,{class:f(t===P(c).fileIndex.value?`pi pi-check-circle`:`pi pi-circle`)},null,2),B(`div`,MP,[B(`div`,NP,M(e.path??e.name),1),B(`div`,PP,M(ee(e)),1)]),e.primary?(L(),z(P(YT),{key:0,value:P(r)(`modelManager.newDownload.primary`),severity:`success`},null,8,[`value`])):H(``,!0)],42,jP))),128))])])])):H(``,!0),B(`div`,FP,[B(`label`,IP,M(P(r)(`modelManager.newDownload.folder`)),1),G(P(JA),{modelValue:l.folder,"onUpdate:modelValue":t[2]||=e=>l.folder=e,"input-id":`mm-folder`,options:h.value,"option-label":`label`,"option-value":`value`,placeholder:P(r)(`modelManager.newDownload.folderPlaceholder`),invalid:!!u.value.folder,filter:``,"data-testid":`input-folder`,fluid:``},null,8,[`modelValue`,`options`,`placeholder`,`invalid`]),l.folder===P(`auto`)?(L(),R(`small`,LP,M(P(r)(`modelManager.newDownload.autoFolderHelp`)),1)):H(``,!0),u.value.folder?(L(),R(`small`,RP,M(T(`folder`)),1)):H(``,!0),P(a).foldersError.value?(L(),R(`small`,zP,M(P(a).foldersError.value),1)):H(``,!0)]),g.value.length>1?(L(),R(`div`,BP,[B(`label`,VP,M(P(r)(`modelManager.newDownload.root`)),1),G(P(JA),{modelValue:l.pathIndex,"onUpdate:modelValue":t[3]||=e=>l.pathIndex=e,"input-id":`mm-root`,options:_.value,"option-label":`label`,"option-value":`value`,"data-testid":`input-root`,fluid:``},null,8,[`modelValue`,`options`])])):H(``,!0),B(`div`,HP,[B(`label`,UP,M(P(r)(`modelManager.newDownload.subfolder`)),1),G(P(RD),{id:`mm-subfolder`,modelValue:l.subfolder,"onUpdate:modelValue":t[4]||=e=>l.subfolder=e,placeholder:P(r)(`modelManager.newDownload.optional`),invalid:!!u.value.subfolder,"data-testid":`input-subfolder`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),u.value.subfolder?(L(),R(`small`,WP,M(T(`subfolder`)),1)):H(``,!0)]),B(`div`,GP,[B(`label`,KP,M(P(r)(`modelManager.newDownload.filename`)),1),G(P(RD),{id:`mm-filename`,modelValue:l.filename,"onUpdate:modelValue":t[5]||=e=>l.filename=e,placeholder:v.value&&P(c).file.value?P(c).file.value.name:P(r)(`modelManager.newDownload.filenamePlaceholder`),invalid:!!u.value.filename,"data-testid":`input-filename`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),u.value.filename?(L(),R(`small`,qP,M(T(`filename`)),1)):H(``,!0)]),!v.value||P(c).candidate.value?.source===`direct`?(L(),R(`div`,JP,[B(`label`,YP,M(P(r)(`modelManager.newDownload.sha256`)),1),G(P(RD),{id:`mm-sha`,modelValue:l.sha256,"onUpdate:modelValue":t[6]||=e=>l.sha256=e,placeholder:P(r)(`modelManager.newDownload.optional`),invalid:!!u.value.sha256,"data-testid":`input-sha256`,class:`mm-mono`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),u.value.sha256?(L(),R(`small`,XP,M(T(`sha256`)),1)):H(``,!0)])):H(``,!0),d.value?(L(),z(P(xT),{key:3,severity:`error`,size:`small`,"data-testid":`form-server-error`},{default:F(()=>[V(M(d.value),1)]),_:1})):H(``,!0),B(`div`,ZP,[G(P(Z),{type:`submit`,icon:`pi pi-download`,label:P(r)(`modelManager.newDownload.submit`),loading:p.value,"data-testid":`submit-download`},null,8,[`label`,`loading`])])],32))}})})),eF=t((()=>{})),tF,nF=t((()=>{$P(),$P(),eF(),DE(),tF=/*#__PURE__*/ EE(QP,[[`__scopeId`,`data-v-fc264965`]])})),rF,iF=t((()=>{rF=`
    .p-togglebutton {
        display: inline-flex;
        cursor: pointer;
        user-select: none;
        overflow: hidden;
        position: relative;
        color: dt('togglebutton.color');
        background: dt('togglebutton.background');
        border: 1px solid dt('togglebutton.border.color');
        padding: dt('togglebutton.padding');
        font-size: 1rem;
        font-family: inherit;
        font-feature-settings: inherit;
        transition:
            background dt('togglebutton.transition.duration'),
            color dt('togglebutton.transition.duration'),
            border-color dt('togglebutton.transition.duration'),
            outline-color dt('togglebutton.transition.duration'),
            box-shadow dt('togglebutton.transition.duration');
        border-radius: dt('togglebutton.border.radius');
        outline-color: transparent;
        font-weight: dt('togglebutton.font.weight');
    }

    .p-togglebutton-content {
        display: inline-flex;
        flex: 1 1 auto;
        align-items: center;
        justify-content: center;
        gap: dt('togglebutton.gap');
        padding: dt('togglebutton.content.padding');
        background: transparent;
        border-radius: dt('togglebutton.content.border.radius');
        transition:
            background dt('togglebutton.transition.duration'),
            color dt('togglebutton.transition.duration'),
            border-color dt('togglebutton.transition.duration'),
            outline-color dt('togglebutton.transition.duration'),
            box-shadow dt('togglebutton.transition.duration');
    }

    .p-togglebutton:not(:disabled):not(.p-togglebutton-checked):hover {
        background: dt('togglebutton.hover.background');
        color: dt('togglebutton.hover.color');
    }

    .p-togglebutton.p-togglebutton-checked {
        background: dt('togglebutton.checked.background');
        border-color: dt('togglebutton.checked.border.color');
        color: dt('togglebutton.checked.color');
    }

    .p-togglebutton-checked .p-togglebutton-content {
        background: dt('togglebutton.content.checked.background');
        box-shadow: dt('togglebutton.content.checked.shadow');
    }

    .p-togglebutton:focus-visible {
        box-shadow: dt('togglebutton.focus.ring.shadow');
        outline: dt('togglebutton.focus.ring.width') dt('togglebutton.focus.ring.style') dt('togglebutton.focus.ring.color');
        outline-offset: dt('togglebutton.focus.ring.offset');
    }

    .p-togglebutton.p-invalid {
        border-color: dt('togglebutton.invalid.border.color');
    }

    .p-togglebutton:disabled {
        opacity: 1;
        cursor: default;
        background: dt('togglebutton.disabled.background');
        border-color: dt('togglebutton.disabled.border.color');
        color: dt('togglebutton.disabled.color');
    }

    .p-togglebutton-label,
    .p-togglebutton-icon {
        position: relative;
        transition: none;
    }

    .p-togglebutton-icon {
        color: dt('togglebutton.icon.color');
    }

    .p-togglebutton:not(:disabled):not(.p-togglebutton-checked):hover .p-togglebutton-icon {
        color: dt('togglebutton.icon.hover.color');
    }

    .p-togglebutton.p-togglebutton-checked .p-togglebutton-icon {
        color: dt('togglebutton.icon.checked.color');
    }

    .p-togglebutton:disabled .p-togglebutton-icon {
        color: dt('togglebutton.icon.disabled.color');
    }

    .p-togglebutton-sm {
        padding: dt('togglebutton.sm.padding');
        font-size: dt('togglebutton.sm.font.size');
    }

    .p-togglebutton-sm .p-togglebutton-content {
        padding: dt('togglebutton.content.sm.padding');
    }

    .p-togglebutton-lg {
        padding: dt('togglebutton.lg.padding');
        font-size: dt('togglebutton.lg.font.size');
    }

    .p-togglebutton-lg .p-togglebutton-content {
        padding: dt('togglebutton.content.lg.padding');
    }

    .p-togglebutton-fluid {
        width: 100%;
    }
`})),aF,oF=t((()=>{iF(),cm(),aF=Y.extend({name:`togglebutton`,style:rF,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-togglebutton p-component`,{"p-togglebutton-checked":t.active,"p-invalid":t.$invalid,"p-togglebutton-fluid":n.fluid,"p-togglebutton-sm p-inputfield-sm":n.size===`small`,"p-togglebutton-lg p-inputfield-lg":n.size===`large`}]},content:`p-togglebutton-content`,icon:`p-togglebutton-icon`,label:`p-togglebutton-label`}})}));function sF(e){"@babel/helpers - typeof";return sF=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},sF(e)}function cF(e,t,n){return(t=lF(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function lF(e){var t=uF(e,`string`);return sF(t)==`symbol`?t:t+``}function uF(e,t){if(sF(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(sF(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function dF(e,t,n,r,i,a){var o=pi(`ripple`);return pr((L(),R(`button`,U({type:`button`,class:e.cx(`root`),tabindex:e.tabindex,disabled:e.disabled,"aria-pressed":e.d_value,onClick:t[0]||=function(){return a.onChange&&a.onChange.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)}},a.getPTOptions(`root`),{"aria-label":e.ariaLabel,"aria-labelledby":e.ariaLabelledby,"data-p-checked":a.active,"data-p-disabled":e.disabled,"data-p":a.dataP}),[B(`span`,U({class:e.cx(`content`)},a.getPTOptions(`content`),{"data-p":a.dataP}),[I(e.$slots,`default`,{},function(){return[I(e.$slots,`icon`,{value:e.d_value,class:f(e.cx(`icon`))},function(){return[e.onIcon||e.offIcon?(L(),R(`span`,U({key:0,class:[e.cx(`icon`),e.d_value?e.onIcon:e.offIcon]},a.getPTOptions(`icon`)),null,16)):H(``,!0)]}),B(`span`,U({class:e.cx(`label`)},a.getPTOptions(`label`)),M(a.label),17)]})],16,hF)],16,mF)),[[o]])}var fF,pF,mF,hF,gF=t((()=>{Mf(),Tf(),Lh(),TD(),oF(),q(),fF={name:`BaseToggleButton`,extends:wD,props:{onIcon:String,offIcon:String,onLabel:{type:String,default:`Yes`},offLabel:{type:String,default:`No`},readonly:{type:Boolean,default:!1},tabindex:{type:Number,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null},size:{type:String,default:null},fluid:{type:Boolean,default:null}},style:aF,provide:function(){return{$pcToggleButton:this,$parentInstance:this}}},pF={name:`ToggleButton`,extends:fF,inheritAttrs:!1,emits:[`change`],methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{active:this.active,disabled:this.disabled}})},onChange:function(e){!this.disabled&&!this.readonly&&(this.writeValue(!this.d_value,e),this.$emit(`change`,e))},onBlur:function(e){var t,n;(t=(n=this.formField).onBlur)==null||t.call(n,e)}},computed:{active:function(){return this.d_value===!0},hasLabel:function(){return J(this.onLabel)&&J(this.offLabel)},label:function(){return this.hasLabel?this.d_value?this.onLabel:this.offLabel:`\xA0`},dataP:function(){return Qu(cF({checked:this.active,invalid:this.$invalid},this.size,this.size))}},directives:{ripple:Ih}},mF=[`tabindex`,`disabled`,`aria-pressed`,`aria-label`,`aria-labelledby`,`data-p-checked`,`data-p-disabled`,`data-p`],hF=[`data-p`],pF.render=dF})),_F,vF=t((()=>{_F=`
    .p-selectbutton {
        display: inline-flex;
        user-select: none;
        vertical-align: bottom;
        outline-color: transparent;
        border-radius: dt('selectbutton.border.radius');
    }

    .p-selectbutton .p-togglebutton {
        border-radius: 0;
        border-width: 1px 1px 1px 0;
    }

    .p-selectbutton .p-togglebutton:focus-visible {
        position: relative;
        z-index: 1;
    }

    .p-selectbutton .p-togglebutton:first-child {
        border-inline-start-width: 1px;
        border-start-start-radius: dt('selectbutton.border.radius');
        border-end-start-radius: dt('selectbutton.border.radius');
    }

    .p-selectbutton .p-togglebutton:last-child {
        border-start-end-radius: dt('selectbutton.border.radius');
        border-end-end-radius: dt('selectbutton.border.radius');
    }

    .p-selectbutton.p-invalid {
        outline: 1px solid dt('selectbutton.invalid.border.color');
        outline-offset: 0;
    }

    .p-selectbutton-fluid {
        width: 100%;
    }
    
    .p-selectbutton-fluid .p-togglebutton {
        flex: 1 1 0;
    }
`})),yF,bF=t((()=>{vF(),cm(),yF=Y.extend({name:`selectbutton`,style:_F,classes:{root:function(e){var t=e.props;return[`p-selectbutton p-component`,{"p-invalid":e.instance.$invalid,"p-selectbutton-fluid":t.fluid}]}}})}));function xF(e,t){var n=typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(!n){if(Array.isArray(e)||(n=wF(e))||t){n&&(e=n);var r=0,i=function(){};return{s:i,n:function(){return r>=e.length?{done:!0}:{done:!1,value:e[r++]}},e:function(e){throw e},f:i}}throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var a,o=!0,s=!1;return{s:function(){n=n.call(e)},n:function(){var e=n.next();return o=e.done,e},e:function(e){s=!0,a=e},f:function(){try{o||n.return==null||n.return()}finally{if(s)throw a}}}}function SF(e){return EF(e)||TF(e)||wF(e)||CF()}function CF(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function wF(e,t){if(e){if(typeof e==`string`)return DF(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?DF(e,t):void 0}}function TF(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function EF(e){if(Array.isArray(e))return DF(e)}function DF(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function OF(e,t,n,r,i,a){var o=di(`ToggleButton`);return L(),R(`div`,U({class:e.cx(`root`),role:`group`,"aria-labelledby":e.ariaLabelledby},e.ptmi(`root`),{"data-p":a.dataP}),[(L(!0),R(W,null,gi(e.options,function(t,n){return L(),z(o,{key:a.getOptionRenderKey(t),modelValue:a.isSelected(t),onLabel:a.getOptionLabel(t),offLabel:a.getOptionLabel(t),disabled:e.disabled||a.isOptionDisabled(t),unstyled:e.unstyled,size:e.size,readonly:a.isOptionReadonly(t),onChange:function(e){return a.onOptionSelect(e,t,n)},pt:e.ptm(`pcToggleButton`)},_i({_:2},[e.$slots.option?{name:`default`,fn:F(function(){return[I(e.$slots,`option`,{option:t,index:n},function(){return[B(`span`,U({ref_for:!0},e.ptm(`pcToggleButton`).label),M(a.getOptionLabel(t)),17)]})]}),key:`0`}:void 0]),1032,[`modelValue`,`onLabel`,`offLabel`,`disabled`,`unstyled`,`size`,`readonly`,`onChange`,`pt`])}),128))],16,jF)}var kF,AF,jF,MF=t((()=>{Mf(),Tf(),Lh(),gF(),TD(),bF(),q(),kF={name:`BaseSelectButton`,extends:wD,props:{options:Array,optionLabel:null,optionValue:null,optionDisabled:null,multiple:Boolean,allowEmpty:{type:Boolean,default:!0},dataKey:null,ariaLabelledby:{type:String,default:null},size:{type:String,default:null},fluid:{type:Boolean,default:null}},style:yF,provide:function(){return{$pcSelectButton:this,$parentInstance:this}}},AF={name:`SelectButton`,extends:kF,inheritAttrs:!1,emits:[`change`],methods:{getOptionLabel:function(e){return this.optionLabel?Qd(e,this.optionLabel):e},getOptionValue:function(e){return this.optionValue?Qd(e,this.optionValue):e},getOptionRenderKey:function(e){return this.dataKey?Qd(e,this.dataKey):this.getOptionLabel(e)},isOptionDisabled:function(e){return this.optionDisabled?Qd(e,this.optionDisabled):!1},isOptionReadonly:function(e){if(this.allowEmpty)return!1;var t=this.isSelected(e);return this.multiple?t&&this.d_value.length===1:t},onOptionSelect:function(e,t,n){var r=this;if(!(this.disabled||this.isOptionDisabled(t)||this.isOptionReadonly(t))){var i=this.isSelected(t),a=this.getOptionValue(t),o;if(this.multiple){if(i){if(o=this.d_value.filter(function(e){return!$d(e,a,r.equalityKey)}),!this.allowEmpty&&o.length===0)return}else o=this.d_value?[].concat(SF(this.d_value),[a]):[a]}else{if(i&&!this.allowEmpty)return;o=i?null:a}this.writeValue(o,e),this.$emit(`change`,{originalEvent:e,value:o})}},isSelected:function(e){var t=!1,n=this.getOptionValue(e);if(this.multiple){if(this.d_value){var r=xF(this.d_value),i;try{for(r.s();!(i=r.n()).done;){var a=i.value;if($d(a,n,this.equalityKey)){t=!0;break}}}catch(e){r.e(e)}finally{r.f()}}}else t=$d(this.d_value,n,this.equalityKey);return t}},computed:{equalityKey:function(){return this.optionValue?null:this.dataKey},dataP:function(){return Qu({invalid:this.$invalid})}},directives:{ripple:Ih},components:{ToggleButton:pF}},jF=[`aria-labelledby`,`data-p`],AF.render=OF})),NF,PF,FF,IF,LF,RF,zF,BF,VF,HF,UF,WF,GF,KF,qF,JF,YF,XF,ZF,QF,$F=t((()=>{q(),eg(),DT(),RT(),nj(),MF(),ZT(),YC(),iT(),jw(),sE(),NF={class:`mm-scan`,"data-testid":`scan`},PF={class:`mm-muted mm-scan-help`},FF={class:`mm-scan-bar`},IF={class:`mm-muted`},LF={key:1,class:`mm-scan-queued mm-muted`,"data-testid":`scan-queued`},RF=[`data-status`],zF={class:`mm-scan-head`},BF={class:`mm-scan-title`},VF={class:`mm-scan-facts mm-muted`},HF={"data-testid":`scan-counts`},UF={key:0,class:`mm-scan-current`,"data-testid":`scan-current`},WF={key:1},GF={key:0,class:`mm-error`},KF={key:1,class:`mm-scan-results`,"data-testid":`scan-results`},qF=[`data-result`],JF={class:`mm-scan-num`},YF={class:`mm-muted`},XF={class:`mm-scan-actions`},ZF={key:3,class:`mm-empty`,"data-testid":`scan-none`},QF=/*@__PURE__*/ Rr({__name:`ScanTab`,setup(e){let{t,locale:n}=xC(),{scan:r,models:i}=tT(),a=/* @__PURE__ */ N(`*`),o=/* @__PURE__ */ N(`diff`),s=K(()=>[{label:t(`modelManager.models.allFolders`),value:`*`},...i.folders.value.map(e=>({label:e.folder,value:e.folder}))]),c=K(()=>[{label:t(`modelManager.scan.diff`),value:`diff`},{label:t(`modelManager.scan.full`),value:`full`}]);hs(()=>void r.load());let l=setInterval(()=>{r.running.value&&r.load()},3e3);vs(()=>clearInterval(l));let u=K(()=>r.task.value),d=K(()=>{let e=u.value?.progress;return!e||!e.total?u.value?.status===`completed`?100:0:Math.round(e.done/e.total*1e3)/10}),f={queued:`secondary`,running:`info`,completed:`success`,cancelled:`secondary`,failed:`danger`},p=[`files`,`new`,`changed`,`unchanged`,`moved`,`removed`,`hashed`,`errors`],m=K(()=>{let e=u.value?.results??{};return p.filter(t=>typeof e[t]==`number`).map(t=>[t,e[t]])}),h=K(()=>{let e=u.value;return e?.finishedAt?Math.max(0,e.finishedAt-e.startedAt).toFixed(1):null});function g(){r.start(a.value===`*`?null:a.value,o.value)}return(e,i)=>(L(),R(`div`,NF,[B(`p`,PF,M(P(t)(`modelManager.scan.help`)),1),B(`div`,FF,[G(P(JA),{modelValue:a.value,"onUpdate:modelValue":i[0]||=e=>a.value=e,options:s.value,"option-label":`label`,"option-value":`value`,filter:``,class:`mm-scan-folder`,"data-testid":`scan-folder`,"aria-label":P(t)(`modelManager.models.folder`)},null,8,[`modelValue`,`options`,`aria-label`]),G(P(AF),{modelValue:o.value,"onUpdate:modelValue":i[1]||=e=>o.value=e,options:c.value,"option-label":`label`,"option-value":`value`,"allow-empty":!1,"data-testid":`scan-mode`},null,8,[`modelValue`,`options`]),G(P(Z),{icon:`pi pi-play`,label:P(t)(`modelManager.scan.start`),loading:P(r).starting.value,"data-testid":`scan-start`,onClick:g},null,8,[`label`,`loading`])]),B(`small`,IF,M(o.value===`full`?P(t)(`modelManager.scan.fullHelp`):P(t)(`modelManager.scan.diffHelp`)),1),P(r).error.value?(L(),z(P(xT),{key:0,severity:`error`,size:`small`,"data-testid":`scan-error`},{default:F(()=>[V(M(P(r).error.value),1)]),_:1})):H(``,!0),P(r).queued.value?(L(),R(`div`,LF,[B(`span`,null,M(P(t)(`modelManager.scan.queued`,{what:(P(r).queued.value.folder??P(t)(`modelManager.models.allFolders`))+` · `+P(t)(`modelManager.scan.`+P(r).queued.value.mode)})),1),G(P(Z),{icon:`pi pi-times`,text:``,size:`small`,"aria-label":P(t)(`modelManager.common.cancel`),"data-testid":`scan-queued-cancel`,onClick:i[2]||=e=>P(r).cancelQueued()},null,8,[`aria-label`])])):H(``,!0),u.value?(L(),R(`div`,{key:2,class:`mm-scan-task`,"data-testid":`scan-task`,"data-status":u.value.status},[B(`div`,zF,[B(`span`,BF,M(u.value.folder??P(t)(`modelManager.models.allFolders`))+` · `+M(P(t)(`modelManager.scan.`+u.value.mode)),1),G(P(YT),{severity:f[u.value.status],value:P(t)(`modelManager.scan.status.`+u.value.status),"data-testid":`scan-status`},null,8,[`severity`,`value`])]),G(P(NT),{value:d.value,mode:u.value.status===`running`&&!u.value.progress.total?`indeterminate`:`determinate`,"show-value":!1,class:`mm-scan-progress`},null,8,[`value`,`mode`]),B(`div`,VF,[B(`span`,HF,M(P(t)(`modelManager.scan.progress`,{done:u.value.progress.done,total:u.value.progress.total})),1),u.value.status===`running`&&u.value.progress.current?(L(),R(`span`,UF,M(u.value.progress.current),1)):H(``,!0),B(`span`,null,M(P(t)(`modelManager.scan.started`,{at:P(iE)(u.value.startedAt,P(n))})),1),h.value===null?H(``,!0):(L(),R(`span`,WF,M(P(t)(`modelManager.scan.took`,{s:h.value})),1))]),u.value.error?(L(),R(`div`,GF,M(u.value.error),1)):H(``,!0),u.value.status!==`running`&&m.value.length?(L(),R(`div`,KF,[(L(!0),R(W,null,gi(m.value,([e,n])=>(L(),R(`div`,{key:e,class:`mm-scan-result`,"data-result":e},[B(`div`,JF,M(n),1),B(`div`,YF,M(P(t)(`modelManager.scan.result.`+e)),1)],8,qF))),128))])):H(``,!0),B(`div`,XF,[u.value.status===`running`?(L(),z(P(Z),{key:0,icon:`pi pi-stop`,label:P(t)(`modelManager.common.cancel`),severity:`danger`,outlined:``,size:`small`,"data-testid":`scan-cancel`,onClick:i[3]||=e=>P(r).cancel()},null,8,[`label`])):H(``,!0)])],8,RF)):(L(),R(`div`,ZF,M(P(t)(`modelManager.scan.none`)),1))]))}})})),eI=t((()=>{})),tI,nI=t((()=>{$F(),$F(),eI(),DE(),tI=/*#__PURE__*/ EE(QF,[[`__scopeId`,`data-v-d527f771`]])}));function rI(e){return sI(e)||oI(e)||aI(e)||iI()}function iI(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function aI(e,t){if(e){if(typeof e==`string`)return cI(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?cI(e,t):void 0}}function oI(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function sI(e){if(Array.isArray(e))return cI(e)}function cI(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function lI(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),rI(t[0]||=[B(`path`,{d:`M3.58659 4.5007C3.68513 4.50023 3.78277 4.51945 3.87379 4.55723C3.9648 4.59501 4.04735 4.65058 4.11659 4.7207L7.11659 7.7207L10.1166 4.7207C10.2619 4.65055 10.4259 4.62911 10.5843 4.65956C10.7427 4.69002 10.8871 4.77074 10.996 4.88976C11.1049 5.00877 11.1726 5.15973 11.1889 5.32022C11.2052 5.48072 11.1693 5.6422 11.0866 5.7807L7.58659 9.2807C7.44597 9.42115 7.25534 9.50004 7.05659 9.50004C6.85784 9.50004 6.66722 9.42115 6.52659 9.2807L3.02659 5.7807C2.88614 5.64007 2.80725 5.44945 2.80725 5.2507C2.80725 5.05195 2.88614 4.86132 3.02659 4.7207C3.09932 4.64685 3.18675 4.58911 3.28322 4.55121C3.37969 4.51331 3.48305 4.4961 3.58659 4.5007Z`,fill:`currentColor`},null,-1)]),16)}var uI,dI=t((()=>{Xm(),q(),uI={name:`AngleDownIcon`,extends:Ym},uI.render=lI}));function fI(e){return gI(e)||hI(e)||mI(e)||pI()}function pI(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function mI(e,t){if(e){if(typeof e==`string`)return _I(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?_I(e,t):void 0}}function hI(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function gI(e){if(Array.isArray(e))return _I(e)}function _I(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function vI(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),fI(t[0]||=[B(`path`,{d:`M10.4134 9.49931C10.3148 9.49977 10.2172 9.48055 10.1262 9.44278C10.0352 9.405 9.95263 9.34942 9.88338 9.27931L6.88338 6.27931L3.88338 9.27931C3.73811 9.34946 3.57409 9.3709 3.41567 9.34044C3.25724 9.30999 3.11286 9.22926 3.00395 9.11025C2.89504 8.99124 2.82741 8.84028 2.8111 8.67978C2.79478 8.51928 2.83065 8.35781 2.91338 8.21931L6.41338 4.71931C6.55401 4.57886 6.74463 4.49997 6.94338 4.49997C7.14213 4.49997 7.33276 4.57886 7.47338 4.71931L10.9734 8.21931C11.1138 8.35994 11.1927 8.55056 11.1927 8.74931C11.1927 8.94806 11.1138 9.13868 10.9734 9.27931C10.9007 9.35315 10.8132 9.41089 10.7168 9.44879C10.6203 9.48669 10.5169 9.5039 10.4134 9.49931Z`,fill:`currentColor`},null,-1)]),16)}var yI,bI=t((()=>{Xm(),q(),yI={name:`AngleUpIcon`,extends:Ym},yI.render=vI})),xI,SI=t((()=>{xI=`
    .p-inputnumber {
        display: inline-flex;
        position: relative;
    }

    .p-inputnumber-button {
        display: flex;
        align-items: center;
        justify-content: center;
        flex: 0 0 auto;
        cursor: pointer;
        background: dt('inputnumber.button.background');
        color: dt('inputnumber.button.color');
        width: dt('inputnumber.button.width');
        transition:
            background dt('inputnumber.transition.duration'),
            color dt('inputnumber.transition.duration'),
            border-color dt('inputnumber.transition.duration'),
            outline-color dt('inputnumber.transition.duration');
    }

    .p-inputnumber-button:disabled {
        cursor: auto;
    }

    .p-inputnumber-button:not(:disabled):hover {
        background: dt('inputnumber.button.hover.background');
        color: dt('inputnumber.button.hover.color');
    }

    .p-inputnumber-button:not(:disabled):active {
        background: dt('inputnumber.button.active.background');
        color: dt('inputnumber.button.active.color');
    }

    .p-inputnumber-stacked .p-inputnumber-button {
        position: relative;
        flex: 1 1 auto;
        border: 0 none;
    }

    .p-inputnumber-stacked .p-inputnumber-button-group {
        display: flex;
        flex-direction: column;
        position: absolute;
        inset-block-start: 1px;
        inset-inline-end: 1px;
        height: calc(100% - 2px);
        z-index: 1;
    }

    .p-inputnumber-stacked .p-inputnumber-increment-button {
        padding: 0;
        border-start-end-radius: calc(dt('inputnumber.button.border.radius') - 1px);
    }

    .p-inputnumber-stacked .p-inputnumber-decrement-button {
        padding: 0;
        border-end-end-radius: calc(dt('inputnumber.button.border.radius') - 1px);
    }

    .p-inputnumber-stacked .p-inputnumber-input {
        padding-inline-end: calc(dt('inputnumber.button.width') + dt('form.field.padding.x'));
    }

    .p-inputnumber-horizontal .p-inputnumber-button {
        border: 1px solid dt('inputnumber.button.border.color');
    }

    .p-inputnumber-horizontal .p-inputnumber-button:hover {
        border-color: dt('inputnumber.button.hover.border.color');
    }

    .p-inputnumber-horizontal .p-inputnumber-button:active {
        border-color: dt('inputnumber.button.active.border.color');
    }

    .p-inputnumber-horizontal .p-inputnumber-increment-button {
        order: 3;
        border-start-end-radius: dt('inputnumber.button.border.radius');
        border-end-end-radius: dt('inputnumber.button.border.radius');
        border-inline-start: 0 none;
    }

    .p-inputnumber-horizontal .p-inputnumber-input {
        order: 2;
        border-radius: 0;
    }

    .p-inputnumber-horizontal .p-inputnumber-decrement-button {
        order: 1;
        border-start-start-radius: dt('inputnumber.button.border.radius');
        border-end-start-radius: dt('inputnumber.button.border.radius');
        border-inline-end: 0 none;
    }

    .p-floatlabel:has(.p-inputnumber-horizontal) label {
        margin-inline-start: dt('inputnumber.button.width');
    }

    .p-inputnumber-vertical {
        flex-direction: column;
    }

    .p-inputnumber-vertical .p-inputnumber-button {
        border: 1px solid dt('inputnumber.button.border.color');
        padding: dt('inputnumber.button.vertical.padding');
    }

    .p-inputnumber-vertical .p-inputnumber-button:hover {
        border-color: dt('inputnumber.button.hover.border.color');
    }

    .p-inputnumber-vertical .p-inputnumber-button:active {
        border-color: dt('inputnumber.button.active.border.color');
    }

    .p-inputnumber-vertical .p-inputnumber-increment-button {
        order: 1;
        border-start-start-radius: dt('inputnumber.button.border.radius');
        border-start-end-radius: dt('inputnumber.button.border.radius');
        width: 100%;
        border-block-end: 0 none;
    }

    .p-inputnumber-vertical .p-inputnumber-input {
        order: 2;
        border-radius: 0;
        text-align: center;
    }

    .p-inputnumber-vertical .p-inputnumber-decrement-button {
        order: 3;
        border-end-start-radius: dt('inputnumber.button.border.radius');
        border-end-end-radius: dt('inputnumber.button.border.radius');
        width: 100%;
        border-block-start: 0 none;
    }

    .p-inputnumber-input {
        flex: 1 1 auto;
    }

    .p-inputnumber-fluid {
        width: 100%;
    }

    .p-inputnumber-fluid .p-inputnumber-input {
        width: 1%;
    }

    .p-inputnumber-fluid.p-inputnumber-vertical .p-inputnumber-input {
        width: 100%;
    }

    .p-inputnumber:has(.p-inputtext-sm) .p-inputnumber-button .p-icon {
        font-size: dt('form.field.sm.font.size');
        width: dt('form.field.sm.font.size');
        height: dt('form.field.sm.font.size');
    }

    .p-inputnumber:has(.p-inputtext-lg) .p-inputnumber-button .p-icon {
        font-size: dt('form.field.lg.font.size');
        width: dt('form.field.lg.font.size');
        height: dt('form.field.lg.font.size');
    }

    .p-inputnumber-clear-icon {
        position: absolute;
        top: 50%;
        margin-top: -0.5rem;
        cursor: pointer;
        inset-inline-end: dt('form.field.padding.x');
        color: dt('form.field.icon.color');
    }

    .p-inputnumber:has(.p-inputnumber-clear-icon) .p-inputnumber-input {
        padding-inline-end: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-inputnumber-stacked .p-inputnumber-clear-icon {
        inset-inline-end: calc(dt('inputnumber.button.width') + dt('form.field.padding.x'));
    }

    .p-inputnumber-stacked:has(.p-inputnumber-clear-icon) .p-inputnumber-input {
        padding-inline-end: calc(dt('inputnumber.button.width') + (dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-inputnumber-horizontal .p-inputnumber-clear-icon {
        inset-inline-end: calc(dt('inputnumber.button.width') + dt('form.field.padding.x'));
    }
`})),CI,wI=t((()=>{SI(),cm(),CI=Y.extend({name:`inputnumber`,style:xI,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputnumber p-component p-inputwrapper`,{"p-invalid":t.$invalid,"p-inputwrapper-filled":t.$filled||n.allowEmpty===!1,"p-inputwrapper-focus":t.focused,"p-inputnumber-stacked":n.showButtons&&n.buttonLayout===`stacked`,"p-inputnumber-horizontal":n.showButtons&&n.buttonLayout===`horizontal`,"p-inputnumber-vertical":n.showButtons&&n.buttonLayout===`vertical`,"p-inputnumber-fluid":t.$fluid}]},pcInputText:`p-inputnumber-input`,clearIcon:`p-inputnumber-clear-icon`,buttonGroup:`p-inputnumber-button-group`,incrementButton:function(e){var t=e.instance,n=e.props;return[`p-inputnumber-button p-inputnumber-increment-button`,{"p-disabled":n.showButtons&&n.max!==null&&t.maxBoundry()}]},decrementButton:function(e){var t=e.instance,n=e.props;return[`p-inputnumber-button p-inputnumber-decrement-button`,{"p-disabled":n.showButtons&&n.min!==null&&t.minBoundry()}]}}})}));function TI(e){"@babel/helpers - typeof";return TI=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},TI(e)}function EI(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function DI(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?EI(Object(n),!0).forEach(function(t){OI(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):EI(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function OI(e,t,n){return(t=kI(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function kI(e){var t=AI(e,`string`);return TI(t)==`symbol`?t:t+``}function AI(e,t){if(TI(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(TI(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function jI(e){return FI(e)||PI(e)||NI(e)||MI()}function MI(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function NI(e,t){if(e){if(typeof e==`string`)return II(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?II(e,t):void 0}}function PI(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function FI(e){if(Array.isArray(e))return II(e)}function II(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function LI(e,t,n,r,i,a){var o=di(`InputText`),s=di(`TimesIcon`);return L(),R(`span`,U({class:e.cx(`root`)},e.ptmi(`root`),{"data-p":a.dataP}),[G(o,{ref:`input`,id:e.inputId,name:e.$formName,role:`spinbutton`,class:f([e.cx(`pcInputText`),e.inputClass]),style:u(e.inputStyle),defaultValue:a.formattedValue,"aria-valuemin":e.min,"aria-valuemax":e.max,"aria-valuenow":e.d_value,inputmode:e.mode===`decimal`&&!e.minFractionDigits?`numeric`:`decimal`,disabled:e.disabled,readonly:e.readonly,placeholder:e.placeholder,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,required:e.required,size:e.size,invalid:e.invalid,variant:e.variant,onInput:a.onUserInput,onKeydown:a.onInputKeyDown,onKeypress:a.onInputKeyPress,onPaste:a.onPaste,onClick:a.onInputClick,onFocus:a.onInputFocus,onBlur:a.onInputBlur,pt:e.ptm(`pcInputText`),unstyled:e.unstyled,"data-p":a.dataP},null,8,/* @__PURE__ */ `id.name.class.style.defaultValue.aria-valuemin.aria-valuemax.aria-valuenow.inputmode.disabled.readonly.placeholder.aria-labelledby.aria-label.required.size.invalid.variant.onInput.onKeydown.onKeypress.onPaste.onClick.onFocus.onBlur.pt.unstyled.data-p`.split(`.`)),e.showClear&&e.buttonLayout!==`vertical`?I(e.$slots,`clearicon`,{key:0,class:f(e.cx(`clearIcon`)),clearCallback:a.onClearClick},function(){return[G(s,U({ref:`clearIcon`,class:[e.cx(`clearIcon`)],onClick:a.onClearClick},e.ptm(`clearIcon`)),null,16,[`class`,`onClick`])]}):H(``,!0),e.showButtons&&e.buttonLayout===`stacked`?(L(),R(`span`,U({key:1,class:e.cx(`buttonGroup`)},e.ptm(`buttonGroup`),{"data-p":a.dataP}),[I(e.$slots,`incrementbutton`,{listeners:a.upButtonListeners},function(){return[B(`button`,U({class:[e.cx(`incrementButton`),e.incrementButtonClass]},yi(a.upButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`incrementButton`),{"data-p":a.dataP}),[I(e.$slots,e.$slots.incrementicon?`incrementicon`:`incrementbuttonicon`,{},function(){return[(L(),z(fi(e.incrementIcon||e.incrementButtonIcon?`span`:`AngleUpIcon`),U({class:[e.incrementIcon,e.incrementButtonIcon]},e.ptm(`incrementIcon`),{"data-pc-section":`incrementicon`}),null,16,[`class`]))]})],16,HI)]}),I(e.$slots,`decrementbutton`,{listeners:a.downButtonListeners},function(){return[B(`button`,U({class:[e.cx(`decrementButton`),e.decrementButtonClass]},yi(a.downButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`decrementButton`),{"data-p":a.dataP}),[I(e.$slots,e.$slots.decrementicon?`decrementicon`:`decrementbuttonicon`,{},function(){return[(L(),z(fi(e.decrementIcon||e.decrementButtonIcon?`span`:`AngleDownIcon`),U({class:[e.decrementIcon,e.decrementButtonIcon]},e.ptm(`decrementIcon`),{"data-pc-section":`decrementicon`}),null,16,[`class`]))]})],16,UI)]})],16,VI)):H(``,!0),I(e.$slots,`incrementbutton`,{listeners:a.upButtonListeners},function(){return[e.showButtons&&e.buttonLayout!==`stacked`?(L(),R(`button`,U({key:0,class:[e.cx(`incrementButton`),e.incrementButtonClass]},yi(a.upButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`incrementButton`),{"data-p":a.dataP}),[I(e.$slots,e.$slots.incrementicon?`incrementicon`:`incrementbuttonicon`,{},function(){return[(L(),z(fi(e.incrementIcon||e.incrementButtonIcon?`span`:`AngleUpIcon`),U({class:[e.incrementIcon,e.incrementButtonIcon]},e.ptm(`incrementIcon`),{"data-pc-section":`incrementicon`}),null,16,[`class`]))]})],16,WI)):H(``,!0)]}),I(e.$slots,`decrementbutton`,{listeners:a.downButtonListeners},function(){return[e.showButtons&&e.buttonLayout!==`stacked`?(L(),R(`button`,U({key:0,class:[e.cx(`decrementButton`),e.decrementButtonClass]},yi(a.downButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`decrementButton`),{"data-p":a.dataP}),[I(e.$slots,e.$slots.decrementicon?`decrementicon`:`decrementbuttonicon`,{},function(){return[(L(),z(fi(e.decrementIcon||e.decrementButtonIcon?`span`:`AngleDownIcon`),U({class:[e.decrementIcon,e.decrementButtonIcon]},e.ptm(`decrementIcon`),{"data-pc-section":`decrementicon`}),null,16,[`class`]))]})],16,GI)):H(``,!0)]})],16,BI)}var RI,zI,BI,VI,HI,UI,WI,GI,KI=t((()=>{Mf(),Wd(),Tf(),dI(),bI(),dg(),BD(),DD(),wI(),q(),RI={name:`BaseInputNumber`,extends:ED,props:{format:{type:Boolean,default:!0},showButtons:{type:Boolean,default:!1},buttonLayout:{type:String,default:`stacked`},incrementButtonClass:{type:String,default:null},decrementButtonClass:{type:String,default:null},incrementButtonIcon:{type:String,default:void 0},incrementIcon:{type:String,default:void 0},decrementButtonIcon:{type:String,default:void 0},decrementIcon:{type:String,default:void 0},locale:{type:String,default:void 0},localeMatcher:{type:String,default:void 0},mode:{type:String,default:`decimal`},prefix:{type:String,default:null},suffix:{type:String,default:null},currency:{type:String,default:void 0},currencyDisplay:{type:String,default:void 0},useGrouping:{type:Boolean,default:!0},minFractionDigits:{type:Number,default:void 0},maxFractionDigits:{type:Number,default:void 0},roundingMode:{type:String,default:`halfExpand`,validator:function(e){return[`ceil`,`floor`,`expand`,`trunc`,`halfCeil`,`halfFloor`,`halfExpand`,`halfTrunc`,`halfEven`].includes(e)}},min:{type:Number,default:null},max:{type:Number,default:null},step:{type:Number,default:1},allowEmpty:{type:Boolean,default:!0},highlightOnFocus:{type:Boolean,default:!1},showClear:{type:Boolean,default:!1},readonly:{type:Boolean,default:!1},placeholder:{type:String,default:null},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null},required:{type:Boolean,default:!1}},style:CI,provide:function(){return{$pcInputNumber:this,$parentInstance:this}}},zI={name:`InputNumber`,extends:RI,inheritAttrs:!1,emits:[`input`,`focus`,`blur`],inject:{$pcFluid:{default:null}},numberFormat:null,_numeral:null,_decimal:null,_group:null,_minusSign:null,_currency:null,_suffix:null,_prefix:null,_index:null,groupChar:``,isSpecialChar:null,prefixChar:null,suffixChar:null,timer:null,data:function(){return{d_modelValue:this.d_value,focused:!1}},watch:{d_value:{immediate:!0,handler:function(e){var t;this.d_modelValue=e,(t=this.$refs.clearIcon)!=null&&(t=t.$el)!=null&&t.style&&(this.$refs.clearIcon.$el.style.display=Jd(e)?`none`:`block`)}},locale:function(e,t){this.updateConstructParser(e,t)},localeMatcher:function(e,t){this.updateConstructParser(e,t)},mode:function(e,t){this.updateConstructParser(e,t)},currency:function(e,t){this.updateConstructParser(e,t)},currencyDisplay:function(e,t){this.updateConstructParser(e,t)},useGrouping:function(e,t){this.updateConstructParser(e,t)},minFractionDigits:function(e,t){this.updateConstructParser(e,t)},maxFractionDigits:function(e,t){this.updateConstructParser(e,t)},suffix:function(e,t){this.updateConstructParser(e,t)},prefix:function(e,t){this.updateConstructParser(e,t)}},created:function(){this.constructParser()},mounted:function(){var e;(e=this.$refs.clearIcon)!=null&&(e=e.$el)!=null&&e.style&&(this.$refs.clearIcon.$el.style.display=this.$filled?`block`:`none`)},methods:{getOptions:function(){return{localeMatcher:this.localeMatcher,style:this.mode,currency:this.currency,currencyDisplay:this.currencyDisplay,useGrouping:this.useGrouping,minimumFractionDigits:this.minFractionDigits,maximumFractionDigits:this.maxFractionDigits,roundingMode:this.roundingMode}},constructParser:function(){this.numberFormat=new Intl.NumberFormat(this.locale,this.getOptions());var e=jI(new Intl.NumberFormat(this.locale,{useGrouping:!1}).format(9876543210)).reverse(),t=new Map(e.map(function(e,t){return[e,t]}));this._numeral=RegExp(`[${e.join(``)}]`,`g`),this._group=this.getGroupingExpression(),this._minusSign=this.getMinusSignExpression(),this._currency=this.getCurrencyExpression(),this._decimal=this.getDecimalExpression(),this._suffix=this.getSuffixExpression(),this._prefix=this.getPrefixExpression(),this._index=function(e){return t.get(e)}},updateConstructParser:function(e,t){e!==t&&this.constructParser()},escapeRegExp:function(e){return e.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,`\\$&`)},getDecimalExpression:function(){var e=new Intl.NumberFormat(this.locale,DI(DI({},this.getOptions()),{},{useGrouping:!1})),t=e.format(1.1);return t===e.format(1)?/* @__PURE__ */ RegExp(`[]`,`g`):RegExp(`[${t.replace(this._currency,``).trim().replace(this._numeral,``)}]`,`g`)},getGroupingExpression:function(){var e=new Intl.NumberFormat(this.locale,{useGrouping:!0});return this.groupChar=e.format(1e6).trim().replace(this._numeral,``).charAt(0),RegExp(`[${this.groupChar}]`,`g`)},getMinusSignExpression:function(){var e=new Intl.NumberFormat(this.locale,{useGrouping:!1});return RegExp(`[${e.format(-1).trim().replace(this._numeral,``)}]`,`g`)},getCurrencyExpression:function(){if(this.currency){var e=new Intl.NumberFormat(this.locale,{style:`currency`,currency:this.currency,currencyDisplay:this.currencyDisplay,minimumFractionDigits:0,maximumFractionDigits:0,roundingMode:this.roundingMode});return RegExp(`[${e.format(1).replace(/\s/g,``).replace(this._numeral,``).replace(this._group,``)}]`,`g`)}return/* @__PURE__ */ RegExp(`[]`,`g`)},getPrefixExpression:function(){if(this.prefix)this.prefixChar=this.prefix;else{var e=new Intl.NumberFormat(this.locale,{style:this.mode,currency:this.currency,currencyDisplay:this.currencyDisplay});this.prefixChar=e.format(1).split(`1`)[0]}return RegExp(`${this.escapeRegExp(this.prefixChar||``)}`,`g`)},getSuffixExpression:function(){if(this.suffix)this.suffixChar=this.suffix;else{var e=new Intl.NumberFormat(this.locale,{style:this.mode,currency:this.currency,currencyDisplay:this.currencyDisplay,minimumFractionDigits:0,maximumFractionDigits:0,roundingMode:this.roundingMode});this.suffixChar=e.format(1).split(`1`)[1]}return RegExp(`${this.escapeRegExp(this.suffixChar||``)}`,`g`)},formatValue:function(e){if(e!=null){if(e===`-`)return e;if(this.format){var t=new Intl.NumberFormat(this.locale,this.getOptions()).format(e);return this.prefix&&(t=this.prefix+t),this.suffix&&(t+=this.suffix),t}return e.toString()}return``},parseValue:function(e){var t=e.replace(this._suffix,``).replace(this._prefix,``).trim().replace(/\s/g,``).replace(this._currency,``).replace(this._group,``).replace(this._minusSign,`-`).replace(this._decimal,`.`).replace(this._numeral,this._index);if(t){if(t===`-`)return t;var n=+t;return isNaN(n)?null:n}return null},repeat:function(e,t,n){var r=this;if(!this.readonly){var i=t||500;this.clearTimer(),this.timer=setTimeout(function(){r.repeat(e,40,n)},i),this.spin(e,n)}},addWithPrecision:function(e,t){var n=e.toString(),r=t.toString(),i=n.includes(`.`)?n.split(`.`)[1].length:0,a=r.includes(`.`)?r.split(`.`)[1].length:0,o=10**Math.max(i,a);return Math.round((e+t)*o)/o},spin:function(e,t){if(this.$refs.input){var n=this.step*t,r=this.parseValue(this.$refs.input.$el.value)||0,i=this.validateValue(this.addWithPrecision(r,n));this.updateInput(i,null,`spin`),this.updateModel(e,i),this.handleOnInput(e,r,i)}},onUpButtonMouseDown:function(e){this.disabled||(this.$refs.input.$el.focus(),this.repeat(e,null,1),e.preventDefault())},onUpButtonMouseUp:function(){this.disabled||this.clearTimer()},onUpButtonMouseLeave:function(){this.disabled||this.clearTimer()},onUpButtonKeyUp:function(){this.disabled||this.clearTimer()},onUpButtonKeyDown:function(e){(e.code===`Space`||e.code===`Enter`||e.code===`NumpadEnter`)&&this.repeat(e,null,1)},onDownButtonMouseDown:function(e){this.disabled||(this.$refs.input.$el.focus(),this.repeat(e,null,-1),e.preventDefault())},onDownButtonMouseUp:function(){this.disabled||this.clearTimer()},onDownButtonMouseLeave:function(){this.disabled||this.clearTimer()},onDownButtonKeyUp:function(){this.disabled||this.clearTimer()},onDownButtonKeyDown:function(e){(e.code===`Space`||e.code===`Enter`||e.code===`NumpadEnter`)&&this.repeat(e,null,-1)},onUserInput:function(){this.isSpecialChar&&(this.$refs.input.$el.value=this.lastValue),this.isSpecialChar=!1},onInputKeyDown:function(e){if(!this.readonly&&!e.isComposing){if(e.altKey||e.ctrlKey||e.metaKey)this.isSpecialChar=!0,this.lastValue=this.$refs.input.$el.value;else{this.lastValue=e.target.value;var t=e.target.selectionStart,n=e.target.selectionEnd,r=n-t,i=e.target.value,a=null;switch(e.code||e.key){case`ArrowUp`:this.spin(e,1),e.preventDefault();break;case`ArrowDown`:this.spin(e,-1),e.preventDefault();break;case`ArrowLeft`:if(r>1){var o=this.isNumeralChar(i.charAt(t))?t+1:t+2;this.$refs.input.$el.setSelectionRange(o,o)}else this.isNumeralChar(i.charAt(t-1))||e.preventDefault();break;case`ArrowRight`:if(r>1){var s=n-1;this.$refs.input.$el.setSelectionRange(s,s)}else this.isNumeralChar(i.charAt(t))||e.preventDefault();break;case`Tab`:case`Enter`:case`NumpadEnter`:a=this.validateValue(this.parseValue(i)),this.$refs.input.$el.value=this.formatValue(a),this.$refs.input.$el.setAttribute(`aria-valuenow`,a),this.updateModel(e,a);break;case`Backspace`:if(e.preventDefault(),t===n){t>=i.length&&this.suffixChar!==null&&(t=i.length-this.suffixChar.length,this.$refs.input.$el.setSelectionRange(t,t));var c=i.charAt(t-1),l=this.getDecimalCharIndexes(i),u=l.decimalCharIndex,d=l.decimalCharIndexWithoutPrefix;if(this.isNumeralChar(c)){var f=this.getDecimalLength(i);if(this._group.test(c))this._group.lastIndex=0,a=i.slice(0,t-2)+i.slice(t-1);else if(this._decimal.test(c))this._decimal.lastIndex=0,f?this.$refs.input.$el.setSelectionRange(t-1,t-1):a=i.slice(0,t-1)+i.slice(t);else if(u>0&&t>u){var p=this.isDecimalMode()&&(this.minFractionDigits||0)<f?``:`0`;a=i.slice(0,t-1)+p+i.slice(t)}else d===1?(a=i.slice(0,t-1)+`0`+i.slice(t),a=this.parseValue(a)>0?a:``):a=i.slice(0,t-1)+i.slice(t)}this.updateValue(e,a,null,`delete-single`)}else a=this.deleteRange(i,t,n),this.updateValue(e,a,null,`delete-range`);break;case`Delete`:if(e.preventDefault(),t===n){var m=i.charAt(t),h=this.getDecimalCharIndexes(i),g=h.decimalCharIndex,_=h.decimalCharIndexWithoutPrefix;if(this.isNumeralChar(m)){var v=this.getDecimalLength(i);if(this._group.test(m))this._group.lastIndex=0,a=i.slice(0,t)+i.slice(t+2);else if(this._decimal.test(m))this._decimal.lastIndex=0,v?this.$refs.input.$el.setSelectionRange(t+1,t+1):a=i.slice(0,t)+i.slice(t+1);else if(g>0&&t>g){var y=this.isDecimalMode()&&(this.minFractionDigits||0)<v?``:`0`;a=i.slice(0,t)+y+i.slice(t+1)}else _===1?(a=i.slice(0,t)+`0`+i.slice(t+1),a=this.parseValue(a)>0?a:``):a=i.slice(0,t)+i.slice(t+1)}this.updateValue(e,a,null,`delete-back-single`)}else a=this.deleteRange(i,t,n),this.updateValue(e,a,null,`delete-range`);break;case`Home`:e.preventDefault(),J(this.min)&&this.updateModel(e,this.min);break;case`End`:e.preventDefault(),J(this.max)&&this.updateModel(e,this.max)}}}},onInputKeyPress:function(e){if(!this.readonly){var t=e.key,n=this.isDecimalSign(t),r=this.isMinusSign(t);e.code!==`Enter`&&e.preventDefault(),(Number(t)>=0&&Number(t)<=9||r||n)&&this.insert(e,t,{isDecimalSign:n,isMinusSign:r})}},onPaste:function(e){if(!(this.readonly||this.disabled)){e.preventDefault();var t=(e.clipboardData||window.clipboardData).getData(`Text`);if(!(this.inputId===`integeronly`&&/[^\d-]/.test(t))&&t){var n=this.parseValue(t);n!=null&&this.insert(e,n.toString())}}},onClearClick:function(e){this.updateModel(e,null),this.$refs.input.$el.focus()},allowMinusSign:function(){return this.min===null||this.min<0},isMinusSign:function(e){return this._minusSign.test(e)||e===`-`?(this._minusSign.lastIndex=0,!0):!1},isDecimalSign:function(e){var t;return(t=this.locale)!=null&&t.includes(`fr`)&&[`.`,`,`].includes(e)||this._decimal.test(e)?(this._decimal.lastIndex=0,!0):!1},isDecimalMode:function(){return this.mode===`decimal`},getDecimalCharIndexes:function(e){var t=e.search(this._decimal);this._decimal.lastIndex=0;var n=e.replace(this._prefix,``).trim().replace(/\s/g,``).replace(this._currency,``).search(this._decimal);return this._decimal.lastIndex=0,{decimalCharIndex:t,decimalCharIndexWithoutPrefix:n}},getCharIndexes:function(e){var t=e.search(this._decimal);this._decimal.lastIndex=0;var n=e.search(this._minusSign);this._minusSign.lastIndex=0;var r=e.search(this._suffix);this._suffix.lastIndex=0;var i=e.search(this._currency);return this._currency.lastIndex=0,{decimalCharIndex:t,minusCharIndex:n,suffixCharIndex:r,currencyCharIndex:i}},insert:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{isDecimalSign:!1,isMinusSign:!1},r=t.search(this._minusSign);if(this._minusSign.lastIndex=0,this.allowMinusSign()||r===-1){var i=this.$refs.input.$el.selectionStart,a=this.$refs.input.$el.selectionEnd,o=this.$refs.input.$el.value.trim(),s=this.getCharIndexes(o),c=s.decimalCharIndex,l=s.minusCharIndex,u=s.suffixCharIndex,d=s.currencyCharIndex,f;if(n.isMinusSign){var p=l===-1;(i===0||i===d+1)&&(f=o,(p||a!==0)&&(f=this.insertText(o,t,0,a)),this.updateValue(e,f,t,`insert`))}else if(n.isDecimalSign)c>0&&i===c?this.updateValue(e,o,t,`insert`):(c>i&&c<a||c===-1&&this.maxFractionDigits)&&(f=this.insertText(o,t,i,a),this.updateValue(e,f,t,`insert`));else{var m=this.numberFormat.resolvedOptions().maximumFractionDigits,h=i===a?`insert`:`range-insert`;if(c>0&&i>c){if(i+t.length-(c+1)<=m){var g=d>=i?d-1:u>=i?u:o.length;f=o.slice(0,i)+t+o.slice(i+t.length,g)+o.slice(g),this.updateValue(e,f,t,h)}}else f=this.insertText(o,t,i,a),this.updateValue(e,f,t,h)}}},insertText:function(e,t,n,r){if((t===`.`?t:t.split(`.`)).length===2){var i=e.slice(n,r).search(this._decimal);return this._decimal.lastIndex=0,i>0?e.slice(0,n)+this.formatValue(t)+e.slice(r):this.formatValue(t)||e}return r-n===e.length?this.formatValue(t):n===0?t+e.slice(r):r===e.length?e.slice(0,n)+t:e.slice(0,n)+t+e.slice(r)},deleteRange:function(e,t,n){return n-t===e.length?``:t===0?e.slice(n):n===e.length?e.slice(0,t):e.slice(0,t)+e.slice(n)},initCursor:function(){var e=this.$refs.input.$el.selectionStart,t=this.$refs.input.$el.value,n=t.length,r=null,i=(this.prefixChar||``).length;t=t.replace(this._prefix,``),e-=i;var a=t.charAt(e);if(this.isNumeralChar(a))return e+i;for(var o=e-1;o>=0;){if(a=t.charAt(o),this.isNumeralChar(a)){r=o+i;break}o--}if(r!==null)this.$refs.input.$el.setSelectionRange(r+1,r+1);else{for(o=e;o<n;){if(a=t.charAt(o),this.isNumeralChar(a)){r=o+i;break}o++}r!==null&&this.$refs.input.$el.setSelectionRange(r,r)}return r||0},onInputClick:function(){var e=this.$refs.input.$el.value;!this.readonly&&e!==Id()&&this.initCursor()},isNumeralChar:function(e){return e.length===1&&(this._numeral.test(e)||this._decimal.test(e)||this._group.test(e)||this._minusSign.test(e))?(this.resetRegex(),!0):!1},resetRegex:function(){this._numeral.lastIndex=0,this._decimal.lastIndex=0,this._group.lastIndex=0,this._minusSign.lastIndex=0},updateValue:function(e,t,n,r){var i=this.$refs.input.$el.value,a=null;t!=null&&(a=this.parseValue(t),a=!a&&!this.allowEmpty?0:a,this.updateInput(a,n,r,t),this.handleOnInput(e,i,a))},handleOnInput:function(e,t,n){if(this.isValueChanged(t,n)){var r,i;this.$emit(`input`,{originalEvent:e,value:n,formattedValue:t}),(r=(i=this.formField).onInput)==null||r.call(i,{originalEvent:e,value:n})}},isValueChanged:function(e,t){return t===null&&e!==null||t!=null&&t!==(typeof e==`string`?this.parseValue(e):e)},validateValue:function(e){return e===`-`||e==null?null:this.min!=null&&e<this.min?this.min:this.max!=null&&e>this.max?this.max:e},updateInput:function(e,t,n,r){var i;t||=``;var a=this.$refs.input.$el.value,o=this.formatValue(e),s=a.length;if(o!==r&&(o=this.concatValues(o,r)),s===0){this.$refs.input.$el.value=o,this.$refs.input.$el.setSelectionRange(0,0);var c=this.initCursor()+t.length;this.$refs.input.$el.setSelectionRange(c,c)}else{var l=this.$refs.input.$el.selectionStart,u=this.$refs.input.$el.selectionEnd;this.$refs.input.$el.value=o;var d=o.length;if(n===`range-insert`){var f=this.parseValue((a||``).slice(0,l)),p=(f===null?``:f.toString()).split(``).join(`(${this.groupChar})?`),m=new RegExp(p,`g`);m.test(o);var h=t.split(``).join(`(${this.groupChar})?`),g=new RegExp(h,`g`);g.test(o.slice(m.lastIndex)),u=m.lastIndex+g.lastIndex,this.$refs.input.$el.setSelectionRange(u,u)}else if(d===s)n===`insert`||n===`delete-back-single`?this.$refs.input.$el.setSelectionRange(u+1,u+1):n===`delete-single`?this.$refs.input.$el.setSelectionRange(u-1,u-1):(n===`delete-range`||n===`spin`)&&this.$refs.input.$el.setSelectionRange(u,u);else if(n===`delete-back-single`){var _=a.charAt(u-1),v=a.charAt(u),y=s-d,b=this._group.test(v);b&&y===1?u+=1:!b&&this.isNumeralChar(_)&&(u+=-1*y+1),this._group.lastIndex=0,this.$refs.input.$el.setSelectionRange(u,u)}else if(a===`-`&&n===`insert`){this.$refs.input.$el.setSelectionRange(0,0);var x=this.initCursor()+t.length+1;this.$refs.input.$el.setSelectionRange(x,x)}else u+=d-s,this.$refs.input.$el.setSelectionRange(u,u)}this.$refs.input.$el.setAttribute(`aria-valuenow`,e),(i=this.$refs.clearIcon)!=null&&(i=i.$el)!=null&&i.style&&(this.$refs.clearIcon.$el.style.display=Jd(o)?`none`:`block`)},concatValues:function(e,t){if(e&&t){var n=t.search(this._decimal);return this._decimal.lastIndex=0,this.suffixChar?n===-1?e:e.replace(this.suffixChar,``).split(this._decimal)[0]+t.replace(this.suffixChar,``).slice(n)+this.suffixChar:n===-1?e:e.split(this._decimal)[0]+t.slice(n)}return e},getDecimalLength:function(e){if(e){var t=e.split(this._decimal);if(t.length===2)return t[1].replace(this._suffix,``).trim().replace(/\s/g,``).replace(this._currency,``).length}return 0},updateModel:function(e,t){this.writeValue(t,e)},onInputFocus:function(e){this.focused=!0,!this.disabled&&!this.readonly&&this.$refs.input.$el.value!==Id()&&this.highlightOnFocus&&e.target.select(),this.$emit(`focus`,e)},onInputBlur:function(e){var t,n;this.focused=!1;var r=e.target,i=this.validateValue(this.parseValue(r.value));this.$emit(`blur`,{originalEvent:e,value:r.value}),(t=(n=this.formField).onBlur)==null||t.call(n,e),r.value=this.formatValue(i),r.setAttribute(`aria-valuenow`,i),this.updateModel(e,i),!this.disabled&&!this.readonly&&this.highlightOnFocus&&bd()},clearTimer:function(){this.timer&&clearTimeout(this.timer)},maxBoundry:function(){return this.d_value>=this.max},minBoundry:function(){return this.d_value<=this.min}},computed:{upButtonListeners:function(){var e=this;return{mousedown:function(t){return e.onUpButtonMouseDown(t)},mouseup:function(t){return e.onUpButtonMouseUp(t)},mouseleave:function(t){return e.onUpButtonMouseLeave(t)},keydown:function(t){return e.onUpButtonKeyDown(t)},keyup:function(t){return e.onUpButtonKeyUp(t)}}},downButtonListeners:function(){var e=this;return{mousedown:function(t){return e.onDownButtonMouseDown(t)},mouseup:function(t){return e.onDownButtonMouseUp(t)},mouseleave:function(t){return e.onDownButtonMouseLeave(t)},keydown:function(t){return e.onDownButtonKeyDown(t)},keyup:function(t){return e.onDownButtonKeyUp(t)}}},formattedValue:function(){var e=!this.d_value&&!this.allowEmpty?0:this.d_value;return this.formatValue(e)},getFormatter:function(){return this.numberFormat},dataP:function(){return Qu(OI(OI({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size),this.buttonLayout,this.showButtons&&this.buttonLayout))}},components:{InputText:RD,AngleUpIcon:yI,AngleDownIcon:uI,TimesIcon:ug}},BI=[`data-p`],VI=[`data-p`],HI=[`disabled`,`data-p`],UI=[`disabled`,`data-p`],WI=[`disabled`,`data-p`],GI=[`disabled`,`data-p`],zI.render=LI}));function qI(e){return ZI(e)||XI(e)||YI(e)||JI()}function JI(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function YI(e,t){if(e){if(typeof e==`string`)return QI(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?QI(e,t):void 0}}function XI(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ZI(e){if(Array.isArray(e))return QI(e)}function QI(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function $I(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),qI(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M0.0535499 7.25213C0.208567 7.59162 2.40413 12.4 7 12.4C11.5959 12.4 13.7914 7.59162 13.9465 7.25213C13.9487 7.2471 13.9506 7.24304 13.952 7.24001C13.9837 7.16396 14 7.08239 14 7.00001C14 6.91762 13.9837 6.83605 13.952 6.76001C13.9506 6.75697 13.9487 6.75292 13.9465 6.74788C13.7914 6.4084 11.5959 1.60001 7 1.60001C2.40413 1.60001 0.208567 6.40839 0.0535499 6.74788C0.0512519 6.75292 0.0494023 6.75697 0.048 6.76001C0.0163137 6.83605 0 6.91762 0 7.00001C0 7.08239 0.0163137 7.16396 0.048 7.24001C0.0494023 7.24304 0.0512519 7.2471 0.0535499 7.25213ZM7 11.2C3.664 11.2 1.736 7.92001 1.264 7.00001C1.736 6.08001 3.664 2.80001 7 2.80001C10.336 2.80001 12.264 6.08001 12.736 7.00001C12.264 7.92001 10.336 11.2 7 11.2ZM5.55551 9.16182C5.98308 9.44751 6.48576 9.6 7 9.6C7.68891 9.59789 8.349 9.32328 8.83614 8.83614C9.32328 8.349 9.59789 7.68891 9.59999 7C9.59999 6.48576 9.44751 5.98308 9.16182 5.55551C8.87612 5.12794 8.47006 4.7947 7.99497 4.59791C7.51988 4.40112 6.99711 4.34963 6.49276 4.44995C5.98841 4.55027 5.52513 4.7979 5.16152 5.16152C4.7979 5.52513 4.55027 5.98841 4.44995 6.49276C4.34963 6.99711 4.40112 7.51988 4.59791 7.99497C4.7947 8.47006 5.12794 8.87612 5.55551 9.16182ZM6.2222 5.83594C6.45243 5.6821 6.7231 5.6 7 5.6C7.37065 5.6021 7.72553 5.75027 7.98762 6.01237C8.24972 6.27446 8.39789 6.62934 8.4 7C8.4 7.27689 8.31789 7.54756 8.16405 7.77779C8.01022 8.00802 7.79157 8.18746 7.53575 8.29343C7.27994 8.39939 6.99844 8.42711 6.72687 8.37309C6.4553 8.31908 6.20584 8.18574 6.01005 7.98994C5.81425 7.79415 5.68091 7.54469 5.6269 7.27312C5.57288 7.00155 5.6006 6.72006 5.70656 6.46424C5.81253 6.20842 5.99197 5.98977 6.2222 5.83594Z`,fill:`currentColor`},null,-1)]),16)}var eL,tL=t((()=>{Xm(),q(),eL={name:`EyeIcon`,extends:Ym},eL.render=$I}));function nL(e){return oL(e)||aL(e)||iL(e)||rL()}function rL(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function iL(e,t){if(e){if(typeof e==`string`)return sL(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?sL(e,t):void 0}}function aL(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function oL(e){if(Array.isArray(e))return sL(e)}function sL(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function cL(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),nL(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M13.9414 6.74792C13.9437 6.75295 13.9455 6.757 13.9469 6.76003C13.982 6.8394 14.0001 6.9252 14.0001 7.01195C14.0001 7.0987 13.982 7.1845 13.9469 7.26386C13.6004 8.00059 13.1711 8.69549 12.6674 9.33515C12.6115 9.4071 12.54 9.46538 12.4582 9.50556C12.3765 9.54574 12.2866 9.56678 12.1955 9.56707C12.0834 9.56671 11.9737 9.53496 11.8788 9.47541C11.7838 9.41586 11.7074 9.3309 11.6583 9.23015C11.6092 9.12941 11.5893 9.01691 11.6008 8.90543C11.6124 8.79394 11.6549 8.68793 11.7237 8.5994C12.1065 8.09726 12.4437 7.56199 12.7313 6.99995C12.2595 6.08027 10.3402 2.8014 6.99732 2.8014C6.63723 2.80218 6.27816 2.83969 5.92569 2.91336C5.77666 2.93304 5.62568 2.89606 5.50263 2.80972C5.37958 2.72337 5.29344 2.59398 5.26125 2.44714C5.22907 2.30031 5.2532 2.14674 5.32885 2.01685C5.40451 1.88696 5.52618 1.79021 5.66978 1.74576C6.10574 1.64961 6.55089 1.60134 6.99732 1.60181C11.5916 1.60181 13.7864 6.40856 13.9414 6.74792ZM2.20333 1.61685C2.35871 1.61411 2.5091 1.67179 2.6228 1.77774L12.2195 11.3744C12.3318 11.4869 12.3949 11.6393 12.3949 11.7983C12.3949 11.9572 12.3318 12.1097 12.2195 12.2221C12.107 12.3345 11.9546 12.3976 11.7956 12.3976C11.6367 12.3976 11.4842 12.3345 11.3718 12.2221L10.5081 11.3584C9.46549 12.0426 8.24432 12.4042 6.99729 12.3981C2.403 12.3981 0.208197 7.59135 0.0532336 7.25198C0.0509364 7.24694 0.0490875 7.2429 0.0476856 7.23986C0.0162332 7.16518 3.05176e-05 7.08497 3.05176e-05 7.00394C3.05176e-05 6.92291 0.0162332 6.8427 0.0476856 6.76802C0.631261 5.47831 1.46902 4.31959 2.51084 3.36119L1.77509 2.62545C1.66914 2.51175 1.61146 2.36136 1.61421 2.20597C1.61695 2.05059 1.6799 1.90233 1.78979 1.79244C1.89968 1.68254 2.04794 1.6196 2.20333 1.61685ZM7.45314 8.35147L5.68574 6.57609V6.5361C5.5872 6.78938 5.56498 7.06597 5.62183 7.33173C5.67868 7.59749 5.8121 7.84078 6.00563 8.03158C6.19567 8.21043 6.43052 8.33458 6.68533 8.39089C6.94014 8.44721 7.20543 8.43359 7.45314 8.35147ZM1.26327 6.99994C1.7351 7.91163 3.64645 11.1985 6.99729 11.1985C7.9267 11.2048 8.8408 10.9618 9.64438 10.4947L8.35682 9.20718C7.86027 9.51441 7.27449 9.64491 6.69448 9.57752C6.11446 9.51014 5.57421 9.24881 5.16131 8.83592C4.74842 8.42303 4.4871 7.88277 4.41971 7.30276C4.35232 6.72274 4.48282 6.13697 4.79005 5.64041L3.35855 4.2089C2.4954 5.00336 1.78523 5.94935 1.26327 6.99994Z`,fill:`currentColor`},null,-1)]),16)}var lL,uL=t((()=>{Xm(),q(),lL={name:`EyeSlashIcon`,extends:Ym},lL.render=cL})),dL,fL=t((()=>{dL=`
    .p-password {
        display: inline-flex;
        position: relative;
    }

    .p-password .p-password-overlay {
        min-width: 100%;
    }

    .p-password-meter {
        height: dt('password.meter.height');
        background: dt('password.meter.background');
        border-radius: dt('password.meter.border.radius');
    }

    .p-password-meter-label {
        height: 100%;
        width: 0;
        transition: width 1s ease-in-out;
        border-radius: dt('password.meter.border.radius');
    }

    .p-password-meter-weak {
        background: dt('password.strength.weak.background');
    }

    .p-password-meter-medium {
        background: dt('password.strength.medium.background');
    }

    .p-password-meter-strong {
        background: dt('password.strength.strong.background');
    }

    .p-password-fluid {
        display: flex;
    }

    .p-password-fluid .p-password-input {
        width: 100%;
    }

    .p-password-input::-ms-reveal,
    .p-password-input::-ms-clear {
        display: none;
    }

    .p-password-overlay {
        padding: dt('password.overlay.padding');
        background: dt('password.overlay.background');
        color: dt('password.overlay.color');
        border: 1px solid dt('password.overlay.border.color');
        box-shadow: dt('password.overlay.shadow');
        border-radius: dt('password.overlay.border.radius');
    }

    .p-password-content {
        display: flex;
        flex-direction: column;
        gap: dt('password.content.gap');
    }

    .p-password-toggle-mask-icon {
        inset-inline-end: dt('form.field.padding.x');
        color: dt('password.icon.color');
        position: absolute;
        top: 50%;
        margin-top: calc(-1 * calc(dt('icon.size') / 2));
        width: dt('icon.size');
        height: dt('icon.size');
    }

    .p-password-clear-icon {
        position: absolute;
        top: 50%;
        margin-top: -0.5rem;
        cursor: pointer;
        inset-inline-end: dt('form.field.padding.x');
        color: dt('form.field.icon.color');
    }

    .p-password:has(.p-password-toggle-mask-icon) .p-password-input {
        padding-inline-end: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-password:has(.p-password-toggle-mask-icon) .p-password-clear-icon {
        inset-inline-end: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-password:has(.p-password-clear-icon) .p-password-input {
        padding-inline-end: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-password:has(.p-password-clear-icon):has(.p-password-toggle-mask-icon)  .p-password-input {
        padding-inline-end: calc((dt('form.field.padding.x') * 3) + calc(dt('icon.size') * 2));
    }

`})),pL,mL=t((()=>{fL(),cm(),pL=Y.extend({name:`password`,style:dL,classes:{root:function(e){var t=e.instance;return[`p-password p-component p-inputwrapper`,{"p-inputwrapper-filled":t.$filled,"p-inputwrapper-focus":t.focused,"p-password-fluid":t.$fluid}]},pcInputText:`p-password-input`,maskIcon:`p-password-toggle-mask-icon p-password-mask-icon`,unmaskIcon:`p-password-toggle-mask-icon p-password-unmask-icon`,clearIcon:`p-password-clear-icon`,overlay:`p-password-overlay p-component`,content:`p-password-content`,meter:`p-password-meter`,meterLabel:function(e){var t=e.instance;return`p-password-meter-label ${t.meter?`p-password-meter-`+t.meter.strength:``}`},meterText:`p-password-meter-text`},inlineStyles:{root:function(e){return{position:e.props.appendTo===`self`?`relative`:void 0}}}})}));function hL(e){"@babel/helpers - typeof";return hL=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},hL(e)}function gL(e,t,n){return(t=_L(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function _L(e){var t=vL(e,`string`);return hL(t)==`symbol`?t:t+``}function vL(e,t){if(hL(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(hL(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function yL(e){"@babel/helpers - typeof";return yL=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},yL(e)}function bL(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function xL(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?bL(Object(n),!0).forEach(function(t){SL(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):bL(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function SL(e,t,n){return(t=CL(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function CL(e){var t=wL(e,`string`);return yL(t)==`symbol`?t:t+``}function wL(e,t){if(yL(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(yL(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function TL(e,t,n,r,i,a){var o=di(`InputText`),s=di(`TimesIcon`),c=di(`Portal`);return L(),R(`div`,U({class:e.cx(`root`),style:e.sx(`root`),"data-p":a.containerDataP},e.ptmi(`root`)),[G(o,U({ref:`input`,id:e.inputId,type:a.inputType,class:[e.cx(`pcInputText`),e.inputClass],style:e.inputStyle,defaultValue:e.d_value,name:e.$formName,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-expanded":i.overlayVisible,"aria-controls":i.overlayVisible?e.overlayProps&&e.overlayProps.id||e.overlayId||e.panelProps&&e.panelProps.id||e.panelId||a.overlayUniqueId:void 0,"aria-haspopup":e.feedback,placeholder:e.placeholder,required:e.required,fluid:e.fluid,disabled:e.disabled,variant:e.variant,invalid:e.invalid,size:e.size,autofocus:e.autofocus,onInput:a.onInput,onFocus:a.onFocus,onBlur:a.onBlur,onKeyup:a.onKeyUp,onInvalid:a.onInvalid},e.inputProps,{"data-p-has-e-icon":e.toggleMask,pt:e.ptm(`pcInputText`),unstyled:e.unstyled}),null,16,/* @__PURE__ */ `id.type.class.style.defaultValue.name.aria-labelledby.aria-label.aria-expanded.aria-controls.aria-haspopup.placeholder.required.fluid.disabled.variant.invalid.size.autofocus.onInput.onFocus.onBlur.onKeyup.onInvalid.data-p-has-e-icon.pt.unstyled`.split(`.`)),e.toggleMask&&i.unmasked?I(e.$slots,e.$slots.maskicon?`maskicon`:`hideicon`,U({key:0,toggleCallback:a.onMaskToggle,class:[e.cx(`maskIcon`),e.maskIcon]},e.ptm(`maskIcon`)),function(){return[(L(),z(fi(e.maskIcon?`i`:`EyeSlashIcon`),U({class:[e.cx(`maskIcon`),e.maskIcon],onClick:a.onMaskToggle},e.ptm(`maskIcon`)),null,16,[`class`,`onClick`]))]}):H(``,!0),e.toggleMask&&!i.unmasked?I(e.$slots,e.$slots.unmaskicon?`unmaskicon`:`showicon`,U({key:1,toggleCallback:a.onMaskToggle,class:[e.cx(`unmaskIcon`)]},e.ptm(`unmaskIcon`)),function(){return[(L(),z(fi(e.unmaskIcon?`i`:`EyeIcon`),U({class:[e.cx(`unmaskIcon`),e.unmaskIcon],onClick:a.onMaskToggle},e.ptm(`unmaskIcon`)),null,16,[`class`,`onClick`]))]}):H(``,!0),a.isClearIconVisible?I(e.$slots,`clearicon`,U({key:2,class:e.cx(`clearIcon`),clearCallback:a.onClearClick},e.ptm(`clearIcon`)),function(){return[G(s,U({class:[e.cx(`clearIcon`)],onClick:a.onClearClick},e.ptm(`clearIcon`)),null,16,[`class`,`onClick`])]}):H(``,!0),B(`span`,U({class:`p-hidden-accessible`,"aria-live":`polite`},e.ptm(`hiddenAccesible`),{"data-p-hidden-accessible":!0}),M(i.infoText),17),G(c,{appendTo:e.appendTo},{default:F(function(){return[G(Yl,U({name:`p-anchored-overlay`,onEnter:a.onOverlayEnter,onLeave:a.onOverlayLeave,onAfterLeave:a.onOverlayAfterLeave},e.ptm(`transition`)),{default:F(function(){return[i.overlayVisible?(L(),R(`div`,U({key:0,ref:a.overlayRef,id:e.overlayId||e.panelId||a.overlayUniqueId,class:[e.cx(`overlay`),e.panelClass,e.overlayClass],style:[e.overlayStyle,e.panelStyle],onClick:t[0]||=function(){return a.onOverlayClick&&a.onOverlayClick.apply(a,arguments)},"data-p":a.overlayDataP,role:`dialog`,"aria-live":`polite`},xL(xL(xL({},e.panelProps),e.overlayProps),e.ptm(`overlay`))),[I(e.$slots,`header`),I(e.$slots,`content`,{},function(){return[B(`div`,U({class:e.cx(`content`)},e.ptm(`content`)),[B(`div`,U({class:e.cx(`meter`)},e.ptm(`meter`)),[B(`div`,U({class:e.cx(`meterLabel`),style:{width:i.meter?i.meter.width:``},"data-p":a.meterDataP},e.ptm(`meterLabel`)),null,16,AL)],16),B(`div`,U({class:e.cx(`meterText`)},e.ptm(`meterText`)),M(i.infoText),17)],16)]}),I(e.$slots,`footer`)],16,kL)):H(``,!0)]}),_:3},16,[`onEnter`,`onLeave`,`onAfterLeave`])]}),_:3},8,[`appendTo`])],16,OL)}var EL,DL,OL,kL,AL,jL=t((()=>{Mf(),Wd(),jf(),rA(),tL(),uL(),dg(),BD(),mA(),Ug(),DD(),mL(),q(),EL={name:`BasePassword`,extends:ED,props:{promptLabel:{type:String,default:null},mediumRegex:{type:[String,RegExp],default:`^(((?=.*[a-z])(?=.*[A-Z]))|((?=.*[a-z])(?=.*[0-9]))|((?=.*[A-Z])(?=.*[0-9])))(?=.{6,})`},strongRegex:{type:[String,RegExp],default:`^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.{8,})`},weakLabel:{type:String,default:null},mediumLabel:{type:String,default:null},strongLabel:{type:String,default:null},feedback:{type:Boolean,default:!0},appendTo:{type:[String,Object],default:`body`},toggleMask:{type:Boolean,default:!1},hideIcon:{type:String,default:void 0},maskIcon:{type:String,default:void 0},showIcon:{type:String,default:void 0},unmaskIcon:{type:String,default:void 0},showClear:{type:Boolean,default:!1},disabled:{type:Boolean,default:!1},placeholder:{type:String,default:null},required:{type:Boolean,default:!1},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},inputProps:{type:null,default:null},panelId:{type:String,default:null},panelClass:{type:[String,Object],default:null},panelStyle:{type:Object,default:null},panelProps:{type:null,default:null},overlayId:{type:String,default:null},overlayClass:{type:[String,Object],default:null},overlayStyle:{type:Object,default:null},overlayProps:{type:null,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null},autofocus:{type:Boolean,default:null}},style:pL,provide:function(){return{$pcPassword:this,$parentInstance:this}}},DL={name:`Password`,extends:EL,inheritAttrs:!1,emits:[`change`,`focus`,`blur`,`invalid`],inject:{$pcFluid:{default:null}},data:function(){return{overlayVisible:!1,meter:null,infoText:null,focused:!1,unmasked:!1}},mediumCheckRegExp:null,strongCheckRegExp:null,resizeListener:null,scrollHandler:null,overlay:null,mounted:function(){this.infoText=this.promptText,this.mediumCheckRegExp=new RegExp(this.mediumRegex),this.strongCheckRegExp=new RegExp(this.strongRegex)},beforeUnmount:function(){this.unbindResizeListener(),this.scrollHandler&&=(this.scrollHandler.destroy(),null),this.overlay&&=(Af.clear(this.overlay),null)},methods:{onOverlayEnter:function(e){Af.set(`overlay`,e,this.$primevue.config.zIndex.overlay),md(e,{position:`absolute`,top:`0`}),this.alignOverlay(),this.bindScrollListener(),this.bindResizeListener(),this.$attrSelector&&e.setAttribute(this.$attrSelector,``)},onOverlayLeave:function(){this.unbindScrollListener(),this.unbindResizeListener(),this.overlay=null},onOverlayAfterLeave:function(e){Af.clear(e)},alignOverlay:function(){this.appendTo===`self`?gd(this.overlay,this.$refs.input.$el):(this.overlay.style.minWidth=hd(this.$refs.input.$el)+`px`,pd(this.overlay,this.$refs.input.$el))},testStrength:function(e){var t=0;return this.strongCheckRegExp.test(e)?t=3:this.mediumCheckRegExp.test(e)?t=2:e.length&&(t=1),t},onInput:function(e){this.writeValue(e.target.value,e),this.$emit(`change`,e)},onFocus:function(e){this.focused=!0,this.feedback&&(this.setPasswordMeter(this.d_value),this.overlayVisible=!0),this.$emit(`focus`,e)},onBlur:function(e){this.focused=!1,this.feedback&&(this.overlayVisible=!1),this.$emit(`blur`,e)},onKeyUp:function(e){if(this.feedback){var t=e.target.value,n=this.checkPasswordStrength(t),r=n.meter,i=n.label;if(this.meter=r,this.infoText=i,e.code===`Escape`){this.overlayVisible&&=!1;return}this.overlayVisible||=!0}},setPasswordMeter:function(){if(!this.d_value)this.meter=null,this.infoText=this.promptText;else{var e=this.checkPasswordStrength(this.d_value),t=e.meter,n=e.label;this.meter=t,this.infoText=n,this.overlayVisible||=!0}},checkPasswordStrength:function(e){var t=null,n=null;switch(this.testStrength(e)){case 1:t=this.weakText,n={strength:`weak`,width:`33.33%`};break;case 2:t=this.mediumText,n={strength:`medium`,width:`66.66%`};break;case 3:t=this.strongText,n={strength:`strong`,width:`100%`};break;default:t=this.promptText,n=null}return{label:t,meter:n}},onInvalid:function(e){this.$emit(`invalid`,e)},bindScrollListener:function(){var e=this;this.scrollHandler||=new nA(this.$refs.input.$el,function(){e.overlayVisible&&=!1}),this.scrollHandler.bindScrollListener()},unbindScrollListener:function(){this.scrollHandler&&this.scrollHandler.unbindScrollListener()},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.overlayVisible&&!Hd()&&(e.overlayVisible=!1)},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},overlayRef:function(e){this.overlay=e},onMaskToggle:function(){this.unmasked=!this.unmasked},onClearClick:function(e){this.writeValue(null,{})},onOverlayClick:function(e){pA.emit(`overlay-click`,{originalEvent:e,target:this.$el})}},computed:{inputType:function(){return this.unmasked?`text`:`password`},weakText:function(){return this.weakLabel||this.$primevue.config.locale.weak},mediumText:function(){return this.mediumLabel||this.$primevue.config.locale.medium},strongText:function(){return this.strongLabel||this.$primevue.config.locale.strong},promptText:function(){return this.promptLabel||this.$primevue.config.locale.passwordPrompt},isClearIconVisible:function(){return this.showClear&&this.$filled&&!this.disabled},overlayUniqueId:function(){return this.$id+`_overlay`},containerDataP:function(){return Qu({fluid:this.$fluid})},meterDataP:function(){return Qu(gL({},this.meter?.strength,this.meter?.strength))},overlayDataP:function(){return Qu(gL({},`portal-`+this.appendTo,`portal-`+this.appendTo))}},components:{InputText:RD,Portal:Hg,EyeSlashIcon:lL,EyeIcon:eL,TimesIcon:ug}},OL=[`data-p`],kL=[`id`,`data-p`],AL=[`data-p`],DL.render=TL})),ML,NL=t((()=>{ML=`
    .p-toggleswitch {
        display: inline-block;
        width: dt('toggleswitch.width');
        height: dt('toggleswitch.height');
    }

    .p-toggleswitch-input {
        cursor: pointer;
        appearance: none;
        position: absolute;
        top: 0;
        inset-inline-start: 0;
        width: 100%;
        height: 100%;
        padding: 0;
        margin: 0;
        opacity: 0;
        z-index: 1;
        outline: 0 none;
        border-radius: dt('toggleswitch.border.radius');
    }

    .p-toggleswitch-slider {
        cursor: pointer;
        width: 100%;
        height: 100%;
        border-width: dt('toggleswitch.border.width');
        border-style: solid;
        border-color: dt('toggleswitch.border.color');
        background: dt('toggleswitch.background');
        transition:
            background dt('toggleswitch.transition.duration'),
            color dt('toggleswitch.transition.duration'),
            border-color dt('toggleswitch.transition.duration'),
            outline-color dt('toggleswitch.transition.duration'),
            box-shadow dt('toggleswitch.transition.duration');
        border-radius: dt('toggleswitch.border.radius');
        outline-color: transparent;
        box-shadow: dt('toggleswitch.shadow');
    }

    .p-toggleswitch-handle {
        position: absolute;
        top: 50%;
        display: flex;
        justify-content: center;
        align-items: center;
        background: dt('toggleswitch.handle.background');
        color: dt('toggleswitch.handle.color');
        width: dt('toggleswitch.handle.size');
        height: dt('toggleswitch.handle.size');
        inset-inline-start: dt('toggleswitch.gap');
        margin-block-start: calc(-1 * calc(dt('toggleswitch.handle.size') / 2));
        border-radius: dt('toggleswitch.handle.border.radius');
        transition:
            background dt('toggleswitch.transition.duration'),
            color dt('toggleswitch.transition.duration'),
            inset-inline-start dt('toggleswitch.slide.duration'),
            box-shadow dt('toggleswitch.slide.duration');
    }

    .p-toggleswitch.p-toggleswitch-checked .p-toggleswitch-slider {
        background: dt('toggleswitch.checked.background');
        border-color: dt('toggleswitch.checked.border.color');
    }

    .p-toggleswitch.p-toggleswitch-checked .p-toggleswitch-handle {
        background: dt('toggleswitch.handle.checked.background');
        color: dt('toggleswitch.handle.checked.color');
        inset-inline-start: calc(dt('toggleswitch.width') - calc(dt('toggleswitch.handle.size') + dt('toggleswitch.gap')));
    }

    .p-toggleswitch:not(.p-disabled):has(.p-toggleswitch-input:hover) .p-toggleswitch-slider {
        background: dt('toggleswitch.hover.background');
        border-color: dt('toggleswitch.hover.border.color');
    }

    .p-toggleswitch:not(.p-disabled):has(.p-toggleswitch-input:hover) .p-toggleswitch-handle {
        background: dt('toggleswitch.handle.hover.background');
        color: dt('toggleswitch.handle.hover.color');
    }

    .p-toggleswitch:not(.p-disabled):has(.p-toggleswitch-input:hover).p-toggleswitch-checked .p-toggleswitch-slider {
        background: dt('toggleswitch.checked.hover.background');
        border-color: dt('toggleswitch.checked.hover.border.color');
    }

    .p-toggleswitch:not(.p-disabled):has(.p-toggleswitch-input:hover).p-toggleswitch-checked .p-toggleswitch-handle {
        background: dt('toggleswitch.handle.checked.hover.background');
        color: dt('toggleswitch.handle.checked.hover.color');
    }

    .p-toggleswitch:not(.p-disabled):has(.p-toggleswitch-input:focus-visible) .p-toggleswitch-slider {
        box-shadow: dt('toggleswitch.focus.ring.shadow');
        outline: dt('toggleswitch.focus.ring.width') dt('toggleswitch.focus.ring.style') dt('toggleswitch.focus.ring.color');
        outline-offset: dt('toggleswitch.focus.ring.offset');
    }

    .p-toggleswitch.p-invalid > .p-toggleswitch-slider {
        border-color: dt('toggleswitch.invalid.border.color');
    }

    .p-toggleswitch.p-disabled {
        opacity: 1;
    }

    .p-toggleswitch.p-disabled .p-toggleswitch-slider {
        background: dt('toggleswitch.disabled.background');
    }

    .p-toggleswitch.p-disabled .p-toggleswitch-handle {
        background: dt('toggleswitch.handle.disabled.background');
    }
`})),PL,FL=t((()=>{NL(),cm(),PL=Y.extend({name:`toggleswitch`,style:ML,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-toggleswitch p-component`,{"p-toggleswitch-checked":t.checked,"p-disabled":n.disabled,"p-invalid":t.$invalid}]},input:`p-toggleswitch-input`,slider:`p-toggleswitch-slider`,handle:`p-toggleswitch-handle`},inlineStyles:{root:{position:`relative`}}})}));function IL(e,t,n,r,i,a){return L(),R(`div`,U({class:e.cx(`root`),style:e.sx(`root`)},a.getPTOptions(`root`),{"data-p-checked":a.checked,"data-p-disabled":e.disabled,"data-p":a.dataP}),[B(`input`,U({id:e.inputId,type:`checkbox`,role:`switch`,class:[e.cx(`input`),e.inputClass],style:e.inputStyle,checked:a.checked,tabindex:e.tabindex,disabled:e.disabled,readonly:e.readonly,"aria-checked":a.checked,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-invalid":e.invalid||void 0,onFocus:t[0]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onChange:t[2]||=function(){return a.onChange&&a.onChange.apply(a,arguments)}},a.getPTOptions(`input`)),null,16,zL),B(`div`,U({class:e.cx(`slider`)},a.getPTOptions(`slider`),{"data-p":a.dataP}),[B(`div`,U({class:e.cx(`handle`)},a.getPTOptions(`handle`),{"data-p":a.dataP}),[I(e.$slots,`handle`,{checked:a.checked})],16,VL)],16,BL)],16,RL)}var LL,RL,zL,BL,VL,HL=t((()=>{Mf(),TD(),FL(),q(),LL={name:`ToggleSwitch`,extends:{name:`BaseToggleSwitch`,extends:wD,props:{trueValue:{type:null,default:!0},falseValue:{type:null,default:!1},readonly:{type:Boolean,default:!1},tabindex:{type:Number,default:null},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null}},style:PL,provide:function(){return{$pcToggleSwitch:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`change`,`focus`,`blur`],methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{checked:this.checked,disabled:this.disabled}})},onChange:function(e){if(!this.disabled&&!this.readonly){var t=this.checked?this.falseValue:this.trueValue;this.writeValue(t,e),this.$emit(`change`,e)}},onFocus:function(e){this.$emit(`focus`,e)},onBlur:function(e){var t,n;this.$emit(`blur`,e),(t=(n=this.formField).onBlur)==null||t.call(n,e)}},computed:{checked:function(){return this.d_value===this.trueValue},dataP:function(){return Qu({checked:this.checked,disabled:this.disabled,invalid:this.$invalid})}}},RL=[`data-p-checked`,`data-p-disabled`,`data-p`],zL=[`id`,`checked`,`tabindex`,`disabled`,`readonly`,`aria-checked`,`aria-labelledby`,`aria-label`,`aria-invalid`],BL=[`data-p`],VL=[`data-p`],LL.render=IL})),UL,WL,GL,KL,qL,JL,YL,XL,ZL,QL,$L,eR,tR,nR,rR,iR,aR,oR,sR,cR,lR,uR,dR,fR,pR,mR,hR,gR,_R,vR,yR,bR,xR,SR,CR,wR,TR,ER,DR,OR=t((()=>{q(),eg(),KI(),BD(),DT(),jL(),nj(),HL(),YC(),iT(),UL={class:`mm-settings`,"data-testid":`settings`},WL={key:2,class:`mm-empty`},GL=[`data-testid`],KL=[`for`],qL=[`data-testid`],JL={class:`mm-inline`},YL={class:`mm-row`},XL={for:`mm-concurrency`},ZL={class:`mm-inline`},QL={class:`mm-row`},$L={for:`mm-interval`},eR={class:`mm-inline`},tR={class:`mm-row`},nR={for:`mm-hosts`},rR={class:`mm-muted`},iR={class:`mm-inline`},aR={class:`mm-row mm-row-toggle`},oR={for:`mm-pickle`},sR={class:`mm-muted mm-block`},cR={key:0,class:`mm-row mm-row-toggle`},lR=[`for`],uR={class:`mm-muted mm-block`},dR={key:0,class:`mm-row`},fR={for:`mm-update-interval`},pR={class:`mm-muted`},mR={class:`mm-inline`},hR={key:0,class:`mm-error`,"data-testid":`error-updateCheckInterval`},gR={key:4,"data-testid":`access-section`},_R={class:`mm-muted`},vR={key:0,class:`mm-inline`},yR={key:1,class:`mm-row`},bR={for:`mm-remote-access`},xR={class:`mm-muted`},SR={class:`mm-muted`},CR={"data-testid":`access-kept`},wR={key:1,"data-testid":`access-not-kept`},TR={class:`mm-muted`},ER={class:`mm-token`,"data-testid":`access-command`},DR=/*@__PURE__*/ Rr({__name:`SettingsTab`,setup(e){let{t}=xC(),{settings:n,notify:r,access:i}=tT(),a=K(()=>n.settings.value),o=K(()=>i.info.value),s=[`token`,`read-only`,`open`],c=K(()=>s.map(e=>({value:e,label:t(`modelManager.access.mode.`+e)})));hs(()=>void i.load());async function l(){let e=i.localToken.value;if(e)try{await navigator.clipboard.writeText(e),r.add({severity:`success`,summary:t(`modelManager.access.copied`)})}catch{document.getElementById(`mm-access-token`)?.select()}}async function u(){await i.forget(),r.add({severity:`info`,summary:t(`modelManager.access.forgotten`)})}async function d(){await i.enter(t(`modelManager.access.settingsNeedToken`))&&await n.load(!0)}let f=/* @__PURE__ */ St({civitai:``,huggingface:``,concurrency:2,progressInterval:1,allowedHosts:``,updateCheckInterval:24});xr(a,e=>{e&&(f.concurrency=e.concurrency,f.progressInterval=e.progressInterval,f.allowedHosts=e.allowedHosts.join(`, `),typeof e.updateCheckInterval==`number`&&(f.updateCheckInterval=e.updateCheckInterval))},{immediate:!0});async function p(e,i){try{return await n.set(e,i),r.add({severity:`success`,summary:t(`modelManager.settings.saved`)}),!0}catch(e){return r.add({severity:`error`,summary:t(`modelManager.settings.saveFailed`),detail:e instanceof Error?e.message:String(e)}),!1}}async function m(e){let t=f[e].trim();t&&await p(e,t)&&(f[e]=``)}function h(e){return e.split(/[,\s]+/).map(e=>e.trim()).filter(Boolean)}function g(e){return e!==null&&Number.isFinite(e)&&(e===0||e>=1&&e<=8760)}let _=[`civitai`,`huggingface`],v=[`autoScan`,`hashOnScan`,`writeSidecars`,`embedModelLinks`,`durableFinish`];return(e,r)=>(L(),R(`div`,UL,[P(n).needsToken.value?(L(),z(P(xT),{key:0,severity:`warn`,size:`small`,"data-testid":`settings-need-token`},{default:F(()=>[V(M(P(t)(`modelManager.access.settingsNeedToken`))+` `,1),G(P(Z),{label:P(t)(`modelManager.access.enter`),size:`small`,text:``,"data-testid":`settings-enter-token`,onClick:d},null,8,[`label`])]),_:1})):P(n).error.value?(L(),z(P(xT),{key:1,severity:`error`,size:`small`},{default:F(()=>[V(M(P(n).error.value),1)]),_:1})):H(``,!0),!a.value&&!P(n).error.value?(L(),R(`div`,WL,M(P(t)(`modelManager.common.loading`)),1)):H(``,!0),a.value?(L(),R(W,{key:3},[B(`section`,null,[B(`h3`,null,M(P(t)(`modelManager.settings.apiKeys`)),1),(L(),R(W,null,gi(_,e=>B(`div`,{key:e,class:`mm-row`,"data-testid":`setting-key-`+e},[B(`label`,{for:`mm-key-`+e},M(P(t)(`modelManager.settings.`+e)),9,KL),B(`div`,{class:`mm-key-current mm-muted`,"data-testid":`setting-key-`+e+`-current`},M(a.value.apiKeys[e]??P(t)(`modelManager.settings.notSet`)),9,qL),B(`div`,JL,[G(P(DL),{modelValue:f[e],"onUpdate:modelValue":t=>f[e]=t,"input-id":`mm-key-`+e,feedback:!1,"toggle-mask":``,placeholder:P(t)(`modelManager.settings.newKey`),"data-testid":`setting-key-`+e+`-input`,fluid:``},null,8,[`modelValue`,`onUpdate:modelValue`,`input-id`,`placeholder`,`data-testid`]),G(P(Z),{label:P(t)(`modelManager.common.set`),size:`small`,disabled:!f[e].trim(),"data-testid":`setting-key-`+e+`-set`,onClick:t=>m(e)},null,8,[`label`,`disabled`,`data-testid`,`onClick`]),G(P(Z),{label:P(t)(`modelManager.common.clear`),size:`small`,severity:`secondary`,outlined:``,disabled:!a.value.apiKeys[e],"data-testid":`setting-key-`+e+`-clear`,onClick:t=>p(e,null)},null,8,[`label`,`disabled`,`data-testid`,`onClick`])])],8,GL)),64))]),B(`section`,null,[B(`h3`,null,M(P(t)(`modelManager.settings.downloads`)),1),B(`div`,YL,[B(`label`,XL,M(P(t)(`modelManager.settings.concurrency`)),1),B(`div`,ZL,[G(P(zI),{modelValue:f.concurrency,"onUpdate:modelValue":r[0]||=e=>f.concurrency=e,"input-id":`mm-concurrency`,min:1,max:16,"show-buttons":``,"data-testid":`setting-concurrency`},null,8,[`modelValue`]),G(P(Z),{label:P(t)(`modelManager.common.save`),size:`small`,disabled:f.concurrency===null||f.concurrency===a.value.concurrency,"data-testid":`setting-concurrency-save`,onClick:r[1]||=e=>p(`concurrency`,f.concurrency)},null,8,[`label`,`disabled`])])]),B(`div`,QL,[B(`label`,$L,M(P(t)(`modelManager.settings.progressInterval`)),1),B(`div`,eR,[G(P(zI),{modelValue:f.progressInterval,"onUpdate:modelValue":r[2]||=e=>f.progressInterval=e,"input-id":`mm-interval`,min:.1,max:60,step:.5,"max-fraction-digits":2,"show-buttons":``,suffix:` `+P(t)(`modelManager.settings.seconds`),"data-testid":`setting-interval`},null,8,[`modelValue`,`suffix`]),G(P(Z),{label:P(t)(`modelManager.common.save`),size:`small`,disabled:f.progressInterval===null||f.progressInterval===a.value.progressInterval,"data-testid":`setting-interval-save`,onClick:r[3]||=e=>p(`progressInterval`,f.progressInterval)},null,8,[`label`,`disabled`])])]),B(`div`,tR,[B(`label`,nR,M(P(t)(`modelManager.settings.allowedHosts`)),1),B(`small`,rR,M(P(t)(`modelManager.settings.allowedHostsHelp`)),1),B(`div`,iR,[G(P(RD),{id:`mm-hosts`,modelValue:f.allowedHosts,"onUpdate:modelValue":r[4]||=e=>f.allowedHosts=e,"data-testid":`setting-hosts`,fluid:``},null,8,[`modelValue`]),G(P(Z),{label:P(t)(`modelManager.common.save`),size:`small`,"data-testid":`setting-hosts-save`,onClick:r[5]||=e=>p(`allowedHosts`,h(f.allowedHosts))},null,8,[`label`])])]),B(`div`,aR,[G(P(LL),{"input-id":`mm-pickle`,"model-value":a.value.allowPickle,"data-testid":`setting-pickle`,"onUpdate:modelValue":r[6]||=e=>p(`allowPickle`,e)},null,8,[`model-value`]),B(`label`,oR,[V(M(P(t)(`modelManager.settings.allowPickle`))+` `,1),B(`small`,sR,M(P(t)(`modelManager.settings.allowPickleHelp`)),1)])])]),B(`section`,null,[B(`h3`,null,M(P(t)(`modelManager.settings.library`)),1),(L(),R(W,null,gi(v,e=>(L(),R(W,{key:e},[typeof a.value[e]==`boolean`?(L(),R(`div`,cR,[G(P(LL),{"input-id":`mm-`+e,"model-value":a.value[e],"data-testid":`setting-`+e,"onUpdate:modelValue":t=>p(e,t)},null,8,[`input-id`,`model-value`,`data-testid`,`onUpdate:modelValue`]),B(`label`,{for:`mm-`+e},[V(M(P(t)(`modelManager.settings.`+e))+` `,1),B(`small`,uR,M(P(t)(`modelManager.settings.`+e+`Help`)),1)],8,lR)])):H(``,!0)],64))),64)),typeof a.value.updateCheckInterval==`number`?(L(),R(`div`,dR,[B(`label`,fR,M(P(t)(`modelManager.settings.updateCheckInterval`)),1),B(`small`,pR,M(P(t)(`modelManager.settings.updateCheckIntervalHelp`)),1),B(`div`,mR,[G(P(zI),{modelValue:f.updateCheckInterval,"onUpdate:modelValue":r[7]||=e=>f.updateCheckInterval=e,"input-id":`mm-update-interval`,min:0,max:8760,"max-fraction-digits":1,"show-buttons":``,suffix:` `+P(t)(`modelManager.settings.hours`),"data-testid":`setting-updateCheckInterval`},null,8,[`modelValue`,`suffix`]),G(P(Z),{label:P(t)(`modelManager.common.save`),size:`small`,disabled:!g(f.updateCheckInterval)||f.updateCheckInterval===a.value.updateCheckInterval,"data-testid":`setting-updateCheckInterval-save`,onClick:r[8]||=e=>p(`updateCheckInterval`,f.updateCheckInterval)},null,8,[`label`,`disabled`])]),g(f.updateCheckInterval)?H(``,!0):(L(),R(`small`,hR,M(P(t)(`modelManager.settings.updateCheckIntervalInvalid`)),1))])):H(``,!0)])],64)):H(``,!0),o.value?(L(),R(`section`,gR,[B(`h3`,null,M(P(t)(`modelManager.access.section`)),1),o.value.local?(L(),R(W,{key:0},[B(`small`,_R,M(P(t)(`modelManager.access.thisMachine`)),1),P(i).localToken.value?(L(),R(`div`,vR,[G(P(RD),{id:`mm-access-token`,"model-value":P(i).localToken.value,readonly:``,class:`mm-token`,"data-testid":`access-token`,fluid:``},null,8,[`model-value`]),G(P(Z),{label:P(t)(`modelManager.access.copy`),icon:`pi pi-copy`,size:`small`,"data-testid":`access-token-copy`,onClick:l},null,8,[`label`])])):H(``,!0),a.value?(L(),R(`div`,yR,[B(`label`,bR,M(P(t)(`modelManager.access.remoteAccess`)),1),B(`small`,xR,M(P(t)(`modelManager.access.remoteAccessHelp`)),1),G(P(JA),{"input-id":`mm-remote-access`,"model-value":a.value.remoteAccess??o.value.remoteAccess,options:c.value,"option-label":`label`,"option-value":`value`,"data-testid":`setting-remoteAccess`,"onUpdate:modelValue":r[9]||=e=>p(`remoteAccess`,e).then(()=>P(i).load())},null,8,[`model-value`,`options`])])):H(``,!0)],64)):(L(),R(W,{key:1},[B(`small`,SR,M(P(t)(`modelManager.access.remote`)),1),P(i).kept.value?(L(),R(W,{key:0},[B(`small`,CR,M(o.value.tokenValid?P(t)(`modelManager.access.kept`):P(t)(`modelManager.access.keptInvalid`)),1),B(`div`,null,[G(P(Z),{label:P(t)(`modelManager.access.forget`),size:`small`,severity:`secondary`,outlined:``,"data-testid":`access-forget`,onClick:u},null,8,[`label`])])],64)):(L(),R(`small`,wR,M(P(t)(`modelManager.access.notKept`)),1)),B(`small`,TR,M(P(t)(`modelManager.access.command`)),1),B(`code`,ER,M(o.value.tokenCommand),1)],64))])):H(``,!0)]))}})})),kR=t((()=>{})),AR,jR=t((()=>{OR(),OR(),kR(),DE(),AR=/*#__PURE__*/ EE(DR,[[`__scopeId`,`data-v-e99b348b`]])})),MR,NR,PR,FR,IR,LR=t((()=>{q(),eg(),l_(),jL(),YC(),iT(),MR={class:`mm-token-intro`},NR={class:`mm-token-where`},PR={key:0,class:`mm-muted mm-token-reason`,"data-testid":`token-reason`},FR={class:`mm-token-actions`},IR=/*@__PURE__*/ Rr({__name:`TokenDialog`,setup(e){let{t}=xC(),{api:n}=tT(),r=/* @__PURE__ */ N(!1),i=/* @__PURE__ */ N(``),a=/* @__PURE__ */ N(``),o=null,s=null;function c(e){let t=o;o=null,r.value=!1,t?.(e)}return hs(()=>{s=n.tokens?.useAsker(e=>new Promise(t=>{o=t,a.value=e,i.value=``,r.value=!0}))??null}),vs(()=>{s?.(),c(null)}),(e,n)=>(L(),z(P(i_),{visible:r.value,header:P(t)(`modelManager.access.askTitle`),modal:``,class:`mm-dialog mm-token-dialog`,style:{width:`30rem`,maxWidth:`95vw`},"data-testid":`token-dialog`,"onUpdate:visible":n[3]||=e=>!e&&c(null)},{default:F(()=>[B(`p`,MR,M(P(t)(`modelManager.access.askIntro`)),1),B(`p`,NR,M(P(t)(`modelManager.access.askWhere`)),1),a.value?(L(),R(`small`,PR,M(a.value),1)):H(``,!0),B(`form`,{class:`mm-token-form`,onSubmit:n[2]||=Lu(e=>c(i.value.trim()||null),[`prevent`])},[G(P(DL),{modelValue:i.value,"onUpdate:modelValue":n[0]||=e=>i.value=e,"input-id":`mm-token-input`,feedback:!1,"toggle-mask":``,placeholder:P(t)(`modelManager.access.tokenPlaceholder`),"data-testid":`token-input`,fluid:``,autofocus:``},null,8,[`modelValue`,`placeholder`]),B(`div`,FR,[G(P(Z),{type:`button`,label:P(t)(`modelManager.common.cancel`),severity:`secondary`,outlined:``,size:`small`,"data-testid":`token-cancel`,onClick:n[1]||=e=>c(null)},null,8,[`label`]),G(P(Z),{type:`submit`,label:P(t)(`modelManager.access.useToken`),size:`small`,disabled:!i.value.trim(),"data-testid":`token-submit`},null,8,[`label`,`disabled`])])],32)]),_:1},8,[`visible`,`header`]))}})})),RR=t((()=>{})),zR,BR=t((()=>{LR(),LR(),RR(),DE(),zR=/*#__PURE__*/ EE(IR,[[`__scopeId`,`data-v-1cb9322b`]])})),VR,HR,UR,WR,GR,KR,qR,JR,YR,XR,ZR,QR,$R,ez,tz,nz,rz,iz,az=t((()=>{q(),eg(),DT(),RT(),ZT(),YC(),iT(),Kw(),sE(),VR={class:`mm-updates`,"data-testid":`updates`},HR={class:`mm-updates-bar`},UR={class:`mm-muted mm-updates-status`,"data-testid":`updates-status`},WR={class:`mm-muted`,"data-testid":`updates-interval`},GR={key:2,class:`mm-empty`,"data-testid":`updates-empty`},KR={key:3,class:`mm-updates-list`},qR=[`data-state`],JR={class:`mm-update-head`},YR=[`title`],XR={class:`mm-update-versions`,"data-testid":`update-versions`},ZR={class:`mm-muted`},QR=[`title`],$R={key:0,class:`mm-muted mm-update-date`},ez={key:1,class:`mm-update-notice`,"data-testid":`update-notice`},tz={key:2,class:`mm-error`,"data-testid":`update-error`},nz={class:`mm-update-actions`},rz=[`href`],iz=/*@__PURE__*/ Rr({__name:`UpdatesTab`,setup(e){let{t,locale:n}=xC(),{updates:r,settings:i,notify:a}=tT(),o=K(()=>r.check.value),s=K(()=>i.settings.value?.updateCheckInterval),c=K(()=>{let e=o.value;if(!e)return t(`modelManager.updates.never`);if(e.status===`running`)return t(`modelManager.updates.running`,{done:e.progress.done,total:e.progress.total});let r=iE(e.finishedAt??e.startedAt,n.value);return e.status===`failed`?t(`modelManager.updates.failed`,{when:r,error:e.error??``}):t(`modelManager.updates.last`,{when:r,checked:e.results.checked??0,updates:e.results.updates??0})}),l=K(()=>{let e=o.value?.progress;return e&&e.total>0?Math.round(e.done/e.total*100):0});function u(e){if(!e.publishedAt)return null;let t=new Date(e.publishedAt);return Number.isNaN(t.getTime())?e.publishedAt:t.toLocaleDateString(n.value)}let d=e=>r.rows[Gw(e)];async function f(){try{await r.checkNow()}catch(e){a.add({severity:`error`,summary:t(`modelManager.updates.checkFailed`),detail:e instanceof Error?e.message:String(e)})}}async function p(e){await r.download(e),d(e)?.state===`queued`&&a.add({severity:`info`,summary:t(`modelManager.updates.queuedToast`),detail:e.modelName})}return(e,n)=>(L(),R(`div`,VR,[B(`div`,HR,[G(P(Z),{icon:`pi pi-sync`,label:P(t)(`modelManager.updates.checkNow`),size:`small`,loading:P(r).running.value,"data-testid":`updates-check`,onClick:f},null,8,[`label`,`loading`]),B(`span`,UR,M(c.value),1)]),P(r).running.value?(L(),z(P(NT),{key:0,value:l.value,mode:o.value&&o.value.progress.total>0?`determinate`:`indeterminate`,"show-value":!1,class:`mm-updates-progress`,"data-testid":`updates-progress`},null,8,[`value`,`mode`])):H(``,!0),B(`small`,WR,[s.value===0?(L(),R(W,{key:0},[V(M(P(t)(`modelManager.updates.autoOff`)),1)],64)):typeof s.value==`number`?(L(),R(W,{key:1},[V(M(P(t)(`modelManager.updates.autoEvery`,{h:s.value})),1)],64)):H(``,!0)]),P(r).error.value?(L(),z(P(xT),{key:1,severity:`error`,size:`small`},{default:F(()=>[V(M(P(r).error.value),1)]),_:1})):H(``,!0),P(r).loaded.value&&!P(r).updates.value.length?(L(),R(`div`,GR,M(P(t)(`modelManager.updates.empty`)),1)):(L(),R(`ul`,KR,[(L(!0),R(W,null,gi(P(r).updates.value,e=>(L(),R(`li`,{key:P(Gw)(e),class:`mm-update`,"data-state":d(e)?.state??`idle`,"data-testid":`update-row`},[B(`div`,JR,[B(`span`,{class:`mm-update-name`,title:e.modelName},M(e.modelName),9,YR),e.baseModel?(L(),z(P(YT),{key:0,value:e.baseModel,severity:`secondary`},null,8,[`value`])):H(``,!0)]),B(`div`,XR,[B(`span`,ZR,M(e.currentVersionName??P(t)(`modelManager.updates.unknownVersion`)),1),n[0]||=B(`i`,{class:`pi pi-arrow-right`},null,-1),B(`strong`,null,M(e.newestVersionName??`#${e.newestVersionId}`),1)]),B(`div`,{class:`mm-muted mm-update-file`,title:`${e.folder}/${e.relativePath}`},[n[1]||=B(`i`,{class:`pi pi-folder`},null,-1),V(` `+M(e.folder)+`/`+M(e.relativePath),1)],8,QR),u(e)?(L(),R(`div`,$R,M(P(t)(`modelManager.updates.published`,{date:u(e)})),1)):H(``,!0),e.notice?(L(),R(`div`,ez,[n[2]||=B(`i`,{class:`pi pi-lock`},null,-1),V(` `+M(e.notice),1)])):H(``,!0),d(e)?.state===`error`?(L(),R(`div`,tz,M(d(e)?.error),1)):H(``,!0),B(`div`,nz,[B(`a`,{href:e.url,target:`_blank`,rel:`noopener noreferrer`,class:`mm-update-link`},[...n[3]||=[B(`i`,{class:`pi pi-external-link`},null,-1),V(` Civitai `,-1)]],8,rz),d(e)?.state===`queued`?(L(),z(P(YT),{key:0,severity:`success`,icon:`pi pi-check`,value:P(t)(`modelManager.updates.queued`),"data-testid":`update-queued`},null,8,[`value`])):(L(),z(P(Z),{key:1,icon:`pi pi-download`,label:P(t)(`modelManager.updates.download`),size:`small`,loading:d(e)?.state===`sending`,"data-testid":`update-download`,onClick:t=>p(e)},null,8,[`label`,`loading`,`onClick`]))])],8,qR))),128))]))]))}})})),oz=t((()=>{})),sz,cz=t((()=>{az(),az(),oz(),DE(),sz=/*#__PURE__*/ EE(iz,[[`__scopeId`,`data-v-b75af93c`]])})),lz,uz,dz,fz,pz,mz,hz,gz,_z,vz,yz,bz=t((()=>{q(),eg(),nj(),ZT(),YC(),sE(),Yw(),lz=[`data-state`,`data-status`,`data-name`],uz={class:`mm-missing-main`},dz={class:`mm-missing-name`},fz={class:`mm-missing-folder`},pz={key:0,class:`mm-missing-note`,"data-testid":`missing-found-at`},mz={key:1,class:`mm-missing-source`},hz={key:1,class:`mm-missing-note`,"data-testid":`missing-candidate`},gz={key:2,class:`mm-missing-warn`,"data-testid":`missing-low`},_z={key:2,class:`mm-missing-err`},vz={key:3,class:`mm-missing-err`,"data-testid":`missing-error`},yz=/*@__PURE__*/ Rr({__name:`WorkflowModelRow`,props:{store:{},model:{}},setup(e){let t=e,{t:n}=xC(),r=K(()=>t.store.rowOf(t.model)),i=K(()=>t.model),a=K(()=>t.store.chosen(t.model)),o=K(()=>!!a.value&&a.value.confidence<.8),s=K(()=>{let e=r.value.progress;return typeof e==`number`?`${Math.floor(e*100)}%`:``}),c={present:`success`,relink:`info`,download:`warn`,unresolved:`danger`},l=K(()=>i.value.candidates.map((e,t)=>({value:t,label:[n(`modelManager.missing.sources.${e.source}`),e.modelName,e.versionName,e.sizeBytes?tE(e.sizeBytes):null,`${Math.round(e.confidence*100)}%`].filter(Boolean).join(` · `)}))),u=K({get:()=>r.value.choice,set:e=>{r.value.choice=e}});return(t,d)=>(L(),R(`li`,{class:`mm-missing-row`,"data-state":r.value.state,"data-status":i.value.status,"data-name":i.value.name,"data-testid":`missing-row`},[B(`div`,uz,[B(`div`,dz,M(i.value.name),1),B(`div`,fz,[d[3]||=B(`i`,{class:`pi pi-folder`},null,-1),V(` `+M(i.value.directory??`?`)+` `,1),G(P(YT),{severity:c[i.value.status],value:P(n)(`modelManager.missing.status.${i.value.status}`),class:`mm-missing-status`,"data-testid":`missing-status`},null,8,[`severity`,`value`])]),i.value.status===`relink`&&i.value.foundAt?(L(),R(`div`,pz,M(P(n)(`modelManager.missing.haveCopy`,{path:`${i.value.foundAt.folder}/${i.value.foundAt.relativePath}`})),1)):H(``,!0),i.value.status===`download`&&r.value.state!==`done`?(L(),R(`div`,mz,[i.value.candidates.length>1?(L(),z(P(JA),{key:0,modelValue:u.value,"onUpdate:modelValue":d[0]||=e=>u.value=e,options:l.value,"option-label":`label`,"option-value":`value`,size:`small`,class:`mm-missing-choice`,"data-testid":`missing-candidate`},null,8,[`modelValue`,`options`])):a.value?(L(),R(`span`,hz,M(l.value[0]?.label),1)):H(``,!0),o.value?(L(),R(`div`,gz,M(P(n)(`modelManager.missing.low`)),1)):H(``,!0)])):H(``,!0),i.value.status===`unresolved`?(L(),R(`div`,_z,[V(M(P(n)(`modelManager.missing.noSource`)),1),i.value.errors?.length?(L(),R(W,{key:0},[V(` (`+M(i.value.errors.join(`; `))+`)`,1)],64)):H(``,!0)])):H(``,!0),r.value.state===`error`?(L(),R(`div`,vz,M(r.value.error||P(n)(`modelManager.missing.failed`)),1)):H(``,!0)]),r.value.state===`done`&&i.value.status!==`present`?(L(),z(P(YT),{key:0,severity:`success`,icon:`pi pi-check`,value:r.value.fixed===`relinked`?P(n)(`modelManager.missing.relinked`):P(n)(`modelManager.missing.done`),"data-testid":`missing-done`},null,8,[`value`])):r.value.state===`queued`?(L(),z(P(YT),{key:1,severity:`info`,icon:`pi pi-spin pi-spinner`,value:`${P(n)(`modelManager.missing.downloading`)} ${s.value}`.trim(),"data-testid":`missing-progress`},null,8,[`value`])):i.value.status===`relink`&&e.store.canRelink.value?(L(),z(P(Z),{key:2,icon:`pi pi-link`,label:P(n)(`modelManager.missing.relink`),size:`small`,severity:`secondary`,"data-testid":`missing-relink`,onClick:d[1]||=t=>e.store.relink(i.value)},null,8,[`label`])):i.value.status===`download`?(L(),z(P(Z),{key:3,icon:r.value.state===`error`?`pi pi-refresh`:`pi pi-download`,label:r.value.state===`error`?P(n)(`modelManager.missing.retry`):P(n)(`modelManager.missing.download`),size:`small`,loading:r.value.state===`sending`,"data-testid":`missing-download`,onClick:d[2]||=t=>e.store.download(i.value)},null,8,[`icon`,`label`,`loading`])):H(``,!0)],8,lz))}})})),xz=t((()=>{})),Sz,Cz=t((()=>{bz(),bz(),xz(),Sz=yz})),wz,Tz,Ez,Dz,Oz,kz,Az=t((()=>{q(),eg(),YC(),iT(),Cz(),wz={class:`mm-muted`},Tz={class:`mm-workflow-actions`},Ez={key:0,class:`mm-error`,"data-testid":`workflow-error`},Dz={key:0,class:`mm-muted`,"data-testid":`workflow-summary`},Oz={class:`mm-missing-list`},kz=/*@__PURE__*/ Rr({__name:`WorkflowTab`,setup(e){let{t}=xC(),n=tT(),r=n.workflow,i=r.state,a=typeof n.host?.currentWorkflow==`function`,o=/* @__PURE__ */ N(!1),s=/* @__PURE__ */ N(null);async function c(){let e=n.host?.currentWorkflow?.();e&&await r.resolve({workflow:e})}function l(e){let t=new Uint8Array(e),n=``;for(let e=0;e<t.length;e+=32768)n+=String.fromCharCode(...t.subarray(e,e+32768));return btoa(n)}async function u(e){e&&await r.resolve({image:l(await e.arrayBuffer())})}function d(e){o.value=!1;let t=e.dataTransfer?.files?.[0];t&&(e.preventDefault(),u(t))}return hs(()=>{r.attach(),a&&c()}),ys(()=>r.detach()),(e,n)=>(L(),R(`div`,{class:f([`mm-workflow`,{"mm-workflow-drag":o.value}]),"data-testid":`workflow-view`,onDragover:n[5]||=Lu(e=>o.value=!0,[`prevent`]),onDragleave:n[6]||=e=>o.value=!1,onDrop:d},[B(`p`,wz,M(a?P(t)(`modelManager.workflow.intro`):P(t)(`modelManager.workflow.introStandalone`)),1),B(`div`,Tz,[a?(L(),z(P(Z),{key:0,icon:`pi pi-refresh`,label:P(t)(`modelManager.workflow.check`),loading:P(i).loading,"data-testid":`workflow-check`,onClick:n[0]||=e=>c()},null,8,[`label`,`loading`])):H(``,!0),G(P(Z),{icon:`pi pi-folder-open`,label:P(t)(`modelManager.workflow.pick`),severity:`secondary`,loading:!a&&P(i).loading,"data-testid":`workflow-pick`,onClick:n[1]||=e=>s.value?.click()},null,8,[`label`,`loading`]),B(`input`,{ref_key:`fileInput`,ref:s,type:`file`,accept:`.json,.png,.webp,application/json,image/png,image/webp`,hidden:``,"data-testid":`workflow-file`,onChange:n[2]||=e=>u(e.target.files?.[0])},null,544),P(r).relinkable.value.length&&P(r).canRelink.value?(L(),z(P(Z),{key:1,icon:`pi pi-link`,severity:`secondary`,label:P(t)(`modelManager.missing.relinkAll`),"data-testid":`workflow-relink-all`,onClick:n[3]||=e=>P(r).relinkAll()},null,8,[`label`])):H(``,!0),P(r).pending.value.length?(L(),z(P(Z),{key:2,icon:`pi pi-download`,label:P(t)(`modelManager.missing.downloadAll`),"data-testid":`workflow-download-all`,onClick:n[4]||=e=>P(r).downloadAll()},null,8,[`label`])):H(``,!0)]),P(i).error?(L(),R(`div`,Ez,M(P(t)(`modelManager.workflow.failed`,{error:P(i).error})),1)):P(i).items.length||!P(i).loading?(L(),R(W,{key:1},[P(i).items.length?(L(),R(`p`,Dz,M(P(t)(`modelManager.workflow.summary`,{present:P(i).items.filter(e=>e.status===`present`).length,relink:P(i).items.filter(e=>e.status===`relink`).length,download:P(i).items.filter(e=>e.status===`download`).length,unresolved:P(i).items.filter(e=>e.status===`unresolved`).length})),1)):H(``,!0),B(`ul`,Oz,[(L(!0),R(W,null,gi(P(i).items,e=>(L(),z(Sz,{key:P(r).keyOf(e),store:P(r),model:e},null,8,[`store`,`model`]))),128))])],64)):H(``,!0)],34))}})})),jz=t((()=>{})),Mz,Nz=t((()=>{Az(),Az(),jz(),Mz=kz})),Pz,Fz,Iz,Lz,Rz=t((()=>{q(),Bm(),g_(),x_(),Y_(),ev(),av(),fv(),Uy(),Ky(),YC(),iT(),kE(),dD(),NM(),PN(),cP(),nF(),nI(),jR(),BR(),cz(),Nz(),Pz={class:`mm-header`},Fz={class:`mm-title`},Iz={key:0,class:`pi pi-spin pi-spinner mm-tab-badge`},Lz=/*@__PURE__*/ Rr({__name:`App`,props:{standalone:{type:Boolean,default:!1}},setup(e){let t=e,{t:n}=xC(),r=tT(),i=Wy();r.notify.setFallback(e=>i.add({...e,group:`mm`}));let a=/* @__PURE__ */ N(`downloads`);hs(()=>{r.tasks.attach(),r.scan.attach(),r.updates.attach(),r.tasks.load(),r.updates.load(),r.scan.load(),r.models.loadFolders(),r.settings.load()});function o(){a.value=`downloads`}return(e,i)=>(L(),R(`div`,{class:f([`mm-root`,{"mm-standalone":t.standalone}]),"data-testid":`mm-root`},[B(`header`,Pz,[i[1]||=B(`i`,{class:`pi pi-box`},null,-1),B(`span`,Fz,M(P(n)(`modelManager.title`)),1)]),G(P(dv),{value:a.value,"onUpdate:value":i[0]||=e=>a.value=e,class:`mm-tabs`,scrollable:``},{default:F(()=>[G(P(U_),null,{default:F(()=>[G(P(b_),{value:`downloads`,"data-testid":`tab-downloads`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.downloads`))+` `,1),P(r).tasks.activeCount.value>0?(L(),z(P(Rm),{key:0,value:P(r).tasks.activeCount.value,size:`small`,class:`mm-tab-badge`},null,8,[`value`])):H(``,!0)]),_:1}),G(P(b_),{value:`new`,"data-testid":`tab-new`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.newDownload`)),1)]),_:1}),G(P(b_),{value:`models`,"data-testid":`tab-models`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.models`)),1)]),_:1}),G(P(b_),{value:`workflow`,"data-testid":`tab-workflow`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.workflow`)),1)]),_:1}),G(P(b_),{value:`updates`,"data-testid":`tab-updates`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.updates`))+` `,1),P(r).updates.count.value>0?(L(),z(P(Rm),{key:0,value:P(r).updates.count.value,severity:`info`,size:`small`,class:`mm-tab-badge`,"data-testid":`updates-badge`},null,8,[`value`])):H(``,!0)]),_:1}),G(P(b_),{value:`scan`,"data-testid":`tab-scan`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.scan`))+` `,1),P(r).scan.running.value?(L(),R(`i`,Iz)):H(``,!0)]),_:1}),G(P(b_),{value:`health`,"data-testid":`tab-health`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.health`)),1)]),_:1}),G(P(b_),{value:`settings`,"data-testid":`tab-settings`},{default:F(()=>[V(M(P(n)(`modelManager.tabs.settings`)),1)]),_:1})]),_:1}),G(P(iv),{class:`mm-panels`},{default:F(()=>[G(P($_),{value:`downloads`},{default:F(()=>[G(OE)]),_:1}),G(P($_),{value:`new`},{default:F(()=>[G(tF,{onCreated:o})]),_:1}),G(P($_),{value:`models`,class:`mm-panel-fill`},{default:F(()=>[G(sP)]),_:1}),G(P($_),{value:`workflow`},{default:F(()=>[a.value===`workflow`?(L(),z(Mz,{key:0})):H(``,!0)]),_:1}),G(P($_),{value:`updates`},{default:F(()=>[G(sz)]),_:1}),G(P($_),{value:`scan`},{default:F(()=>[G(tI)]),_:1}),G(P($_),{value:`health`},{default:F(()=>[a.value===`health`?(L(),z(uD,{key:0})):H(``,!0)]),_:1}),G(P($_),{value:`settings`},{default:F(()=>[G(AR)]),_:1})]),_:1})]),_:1},8,[`value`]),P(r).notify.usesHost?H(``,!0):(L(),z(P(Vy),{key:0,group:`mm`,position:`bottom-right`})),G(MM),G(NN),G(zR),G(P(h_),{group:`mm`,class:`mm-dialog`})],2))}})})),zz=t((()=>{})),Bz,Vz=t((()=>{Rz(),Rz(),zz(),Bz=Lz})),Hz,Uz,Wz=t((()=>{Hz=/*#__PURE__*/ JSON.parse(`{"title":"Model Manager","host":{"title":"Model Manager","open":"Open Model Manager","tooltip":"Model Manager: download and browse models","openWide":"Model Manager: browse models (wide)"},"tabs":{"downloads":"Downloads","newDownload":"New download","models":"Models","settings":"Settings","scan":"Scan","updates":"Updates","workflow":"This workflow","health":"Health"},"common":{"cancel":"Cancel","delete":"Delete","refresh":"Refresh","set":"Set","clear":"Clear","save":"Save","close":"Close","loading":"Loading…"},"status":{"queued":"Queued","running":"Downloading","paused":"Paused","verifying":"Verifying","completed":"Completed","failed":"Failed","cancelled":"Cancelled"},"downloads":{"count":"No downloads | 1 download | {n} downloads","empty":"No downloads yet. Start one from the “New download” tab.","loadFailed":"Could not load the download list: {error}","unknownSize":"unknown size","eta":"ETA {eta}","pause":"Pause","resume":"Resume","retry":"Retry","remove":"Remove","deleteTitle":"Delete download","deleteMessage":"Cancel and remove “{name}”? A partially downloaded file is deleted; a finished model stays on disk.","deleteFailed":"Could not delete the download","actionFailed":"The action failed","finishedToast":"Download finished","failedToast":"Download failed"},"newDownload":{"url":"URL","urlPlaceholder":"https://…","folder":"Model folder","folderPlaceholder":"Choose a folder","root":"Root directory","subfolder":"Subfolder","filename":"File name","filenamePlaceholder":"Optional: taken from the server when empty","sha256":"Expected SHA-256","optional":"Optional","submit":"Download","created":"Download queued","autoFolder":"Automatic (from the file header)","autoFolderHelp":"The server reads the downloaded file’s header and puts it in the matching folder.","resolve":"Resolve","resolveHelp":"Civitai and Hugging Face links can be resolved into versions and files; any other link downloads as is.","version":"Version","file":"File","noFiles":"This version has no downloadable file.","primary":"Primary","source":{"civitai":"Civitai","huggingface":"Hugging Face","direct":"Direct link"}},"validation":{"urlRequired":"Enter a URL.","urlInvalid":"This is not a valid URL.","urlScheme":"Only http:// and https:// URLs can be downloaded.","folderRequired":"Choose a model folder.","subfolderAbsolute":"The subfolder must be relative (no leading / or drive).","subfolderDots":"The subfolder must not contain “..”.","subfolderInvalid":"The subfolder contains an invalid character.","filenameSeparator":"The file name must not contain / or \\\\.","filenameDots":"The file name must not contain “..”.","filenameInvalid":"The file name contains an invalid character.","sha256Invalid":"A SHA-256 is 64 hexadecimal characters.","filenameRequired":"Enter a file name."},"models":{"search":"Search name, trigger words, base model","count":"No models | 1 model | {n} models","empty":"No models in this folder.","noMatch":"No model matches the search and filters.","unavailable":"The server cannot list models yet.","allFolders":"All folders","folder":"Model folder","baseModel":"Base model","architecture":"Type","preview":"Preview","previewAny":"Any preview","previewYes":"With preview","previewNo":"Without preview","sort":"Sort by","sortName":"Name","sortSize":"Size","sortDate":"Date","ascending":"Ascending","descending":"Descending","grid":"Grid","list":"List","clearFilters":"Clear search and filters","addToWorkflow":"Add to workflow","addFailed":"Could not add a loader node for this model"},"settings":{"apiKeys":"API keys","civitai":"Civitai","huggingface":"Hugging Face","notSet":"Not set","newKey":"New key","downloads":"Downloads","concurrency":"Simultaneous downloads","progressInterval":"Progress update interval","seconds":"s","allowedHosts":"Allowed hosts","allowedHostsHelp":"Comma-separated host names (host or host:port) downloads may come from.","allowPickle":"Allow pickle-based formats (.ckpt, .pt, .bin, …)","allowPickleHelp":"Pickle files can run code when loaded; only allow them from sources you trust.","saved":"Setting saved","saveFailed":"Could not save the setting","library":"Model library","autoScan":"Scan new files automatically","autoScanHelp":"Listing a folder with unknown files starts a scan of the changed files.","hashOnScan":"Compute SHA-256 while scanning","hashOnScanHelp":"Needed to look models up on Civitai; slow for large files.","writeSidecars":"Write metadata next to downloads","writeSidecarsHelp":"Saves <name>.metadata.json with what the source said about the file.","durableFinish":"Flush downloads to disk before finishing","durableFinishHelp":"Safer on power loss, slower on some disks.","updateCheckInterval":"Check for new versions every","updateCheckIntervalHelp":"Hours between checks of the library's Civitai models for newer versions; 0 turns automatic checks off.","updateCheckIntervalInvalid":"Enter 0 (off) or 1 to 8760 hours.","hours":"h","embedModelLinks":"Write model links into saved workflows","embedModelLinksHelp":"On save and export, each loader node gets properties.models (public download URL, SHA-256) for models whose source is known, so the workflow resolves for the next person."},"missing":{"title":"Missing models","intro":"This workflow needs a model that is not on the server. | This workflow needs {n} models that are not on the server.","download":"Download to folder","downloadAll":"Download all","queued":"Queued","notAllowed":"Cannot download: {reason}","done":"Downloaded","downloading":"Downloading","retry":"Retry","failed":"The download failed","allDone":"All models of this workflow are on the server now.","relink":"Use the copy you have","relinkAll":"Use all copies you have","relinked":"Relinked","haveCopy":"You have it at {path}","noSource":"No download source found","source":"Source","low":"low confidence: check before downloading","sources":{"workflow":"the workflow","civitai":"Civitai","templates":"ComfyUI templates","huggingface":"Hugging Face"},"status":{"present":"On disk","relink":"Elsewhere on disk","download":"Download","unresolved":"Not found"}},"architecture":{"checkpoint":"Checkpoint","diffusion_model":"Diffusion model","lora":"LoRA","vae":"VAE","text_encoder":"Text encoder","controlnet":"ControlNet","upscaler":"Upscaler","embedding":"Embedding","clip_vision":"CLIP vision"},"detail":{"title":"Model","noPreview":"No preview","uploadPreview":"Upload image","removePreview":"Remove","previewUrl":"Image URL","usePreviewUrl":"Use the image at this URL","notScanned":"Not scanned yet","description":"Description","edit":"Edit","preview":"Preview","descriptionPlaceholder":"Notes, trigger words, usage… (Markdown)","markdownHelp":"Markdown; the preview is rendered and sanitized by the server.","unsavedPreview":"Save to see your changes here.","noDescription":"No description.","links":"Links and files","sidecars":"Files next to the model","metadata":"File metadata (__metadata__)","noMetadata":"This file has no metadata.","moveTitle":"Rename / move","applyMove":"Rename / move","delete":"Delete model","deleteTitle":"Delete model","deleteMessage":"Delete “{name}” and the files that belong to it (preview, description, metadata) from disk? This cannot be undone.","deleted":"Model deleted","deleteFailed":"Could not delete the model","descriptionSaved":"Description saved","saveFailed":"Could not save the description","previewSaved":"Preview updated","previewFailed":"Could not change the preview","moved":"Model renamed / moved","moveFailed":"Could not rename / move the model","fact":{"folder":"Folder","path":"Path","size":"Size","modified":"Modified","architecture":"Type","baseModel":"Base model","rule":"Detected by","sha256":"SHA-256","autov2":"AutoV2","source":"Source","triggerWords":"Trigger words","headerError":"Header problem"},"deleteLinkMessage":"“{name}” is a link to {target}. Only the link (and the files beside it: preview, description, metadata) is removed; the file it points to stays untouched.","deleteInLinkedFolderMessage":"“{name}” is inside a linked folder ({folder}): the file itself is deleted there, with the files that belong to it. This cannot be undone."},"scan":{"help":"A scan reads every model file: size, hashes, type and base model from the header, and the files beside it (previews, descriptions, metadata).","diff":"Changed files","full":"Everything","diffHelp":"Only new and changed files are read; unchanged ones keep their hash.","fullHelp":"Every file is read and hashed again (slow for large folders).","start":"Start scan","progress":"{done} / {total} files","started":"Started {at}","took":"took {s} s","none":"No scan has run yet.","status":{"queued":"Queued","running":"Scanning","completed":"Completed","cancelled":"Cancelled","failed":"Failed"},"result":{"files":"Files","new":"New","changed":"Changed","unchanged":"Unchanged","moved":"Moved","removed":"Removed","hashed":"Hashed","errors":"Errors"},"queued":"Queued: {what} — starts when the running scan ends."},"updates":{"checkNow":"Check now","never":"Not checked yet.","running":"Checking… {done} / {total} models","last":"Last check {when}: {checked} models checked, {updates} with a new version.","failed":"Last check {when} failed: {error}","checkFailed":"Could not start the update check","autoOff":"Automatic checks are off (Settings).","autoEvery":"Checked automatically every {h} h.","empty":"All identified models are up to date.","unknownVersion":"unknown version","published":"Published {date}","download":"Download","queued":"Queued","queuedToast":"Downloading the new version","toastSummary":"A model has a new version | {n} models have new versions"},"workflow":{"intro":"Every model the open workflow uses, and where to get the missing ones.","introStandalone":"Drop a workflow (.json) or an image ComfyUI saved (PNG, WebP) here, or pick one.","check":"Check this workflow","pick":"Open a workflow file","empty":"This workflow names no model files.","summary":"{present} on disk · {relink} elsewhere · {download} to download · {unresolved} not found","failed":"Could not read the workflow: {error}"},"health":{"summary":"{files} model files, {hashed} with a SHA-256 · {at}","hashHint":"Duplicates are found by SHA-256: run a scan with hashing to include every file.","duplicates":"Duplicates","freeable":"{bytes} can be freed","noDuplicates":"No file is in the library twice.","copies":"{n} paths","link":"link","linkedFolder":"in a linked folder","keepOne":"Keep at least one copy.","deleteChosen":"Delete selected","confirmTitle":"Delete duplicate copies","confirmMessage":"Delete these {n} files? {bytes} will be freed. The copy you keep stays, and so does every sidecar of it.","onlyLink":"only the link","deleted":"Copies deleted","freed":"{bytes} freed","deleteFailed":"Could not delete the copies","broken":"Broken","noBroken":"No broken files.","redownload":"Download again","redownloadQueued":"Download queued","redownloadFailed":"Could not download it again","kind":{"empty":"empty","truncated":"truncated","size_mismatch":"wrong size","header":"bad header","dangling_link":"dangling link","stale_part":"stale .part"},"unidentified":"Unidentified","noUnidentified":"Every model has a known source.","identify":"Identify on Civitai","identified":"{n} of {asked} identified","identifyFailed":"Could not ask Civitai","notHashed":"not hashed yet","notOnCivitai":"not on Civitai","unused":"Unused","noWorkflows":"No saved workflows to check against (standalone: serve --workflows-dir).","workflowsRead":"Checked against {n} saved workflows.","more":"… and {n} more"},"browser":{"title":"Models","openWide":"Open wide: grid, detail and bulk actions","folders":"Folders","allFolders":"All folders","filters":"Filters and sort","selectAll":"Select all","clearSelection":"Clear selection","toggleSelect":"Select or unselect","selectedCount":"No model selected | 1 selected | {n} selected","nothingSelected":"Click a model (Ctrl / Shift for several) or move with the arrow keys.","openDetail":"Open detail","move":"Move…","rescan":"Re-scan","identify":"Re-identify on Civitai","delete":"Delete…","deleteTitle":"Delete {n} models? | Delete 1 model? | Delete {n} models?","deleteMessage":"These files are deleted from disk, each with its sidecar files (preview, description, metadata):","deleteConfirm":"Delete | Delete 1 file | Delete {n} files","moveTitle":"Move {n} models | Move 1 model | Move {n} models","moveHint":"File names are kept; sidecar files move along. A model whose name is taken there stays where it is.","moveConfirm":"Move | Move 1 model | Move {n} models","deleted":"Nothing deleted | Deleted 1 model | Deleted {n} models","moved":"Nothing moved | Moved 1 model | Moved {n} models","rescanStarted":"Re-scan started | Re-scanning 1 model | Re-scanning {n} models","identifyStarted":"Lookup started | Looking up 1 model on Civitai | Looking up {n} models on Civitai","failed":"No failures | 1 model failed | {n} models failed","actionFailed":"The action failed"},"access":{"askTitle":"Access token needed","askIntro":"This server takes changes from other machines only with its access token.","askWhere":"It is printed by \`comfyui-model-manager token\`, and shown in Settings on the machine the server runs on.","tokenPlaceholder":"Access token","useToken":"Use token","section":"Access from other machines","thisMachine":"This is the server's own machine. Other machines need this token to change anything:","copy":"Copy","copied":"Token copied","remote":"You are connected from another machine.","kept":"A token for this server is kept in this browser.","keptInvalid":"The token kept in this browser is wrong (it may have been rotated).","notKept":"No token is kept in this browser; you will be asked for it when you change something.","forget":"Forget this token","forgotten":"Token forgotten","enter":"Enter token","command":"Print it on the server with:","remoteAccess":"Other machines may","remoteAccessHelp":"Changed only on this machine.","mode":{"token":"change things with the token","read-only":"only browse","open":"do everything, no token"},"settingsNeedToken":"Reading the settings from another machine needs the access token."}}`),Uz={modelManager:Hz}})),Gz,Kz,qz=t((()=>{Gz=/*#__PURE__*/ JSON.parse('{"title":"模型管理器","host":{"title":"模型管理器","open":"打开模型管理器","tooltip":"模型管理器：下载和浏览模型","openWide":"模型管理器：浏览模型（宽屏）"},"tabs":{"downloads":"下载列表","newDownload":"新建下载","models":"模型","settings":"设置","scan":"扫描","updates":"更新","workflow":"当前工作流","health":"健康"},"common":{"cancel":"取消","delete":"删除","refresh":"刷新","set":"设置","clear":"清除","save":"保存","close":"关闭","loading":"加载中…"},"status":{"queued":"排队中","running":"下载中","paused":"已暂停","verifying":"校验中","completed":"已完成","failed":"失败","cancelled":"已取消"},"downloads":{"count":"没有下载 | 1 个下载 | {n} 个下载","empty":"还没有下载。请在“新建下载”标签页中开始。","loadFailed":"无法加载下载列表：{error}","unknownSize":"大小未知","eta":"剩余 {eta}","pause":"暂停","resume":"继续","retry":"重试","remove":"移除","deleteTitle":"删除下载","deleteMessage":"取消并移除“{name}”？未下载完的文件会被删除；已完成的模型保留在磁盘上。","deleteFailed":"无法删除下载","actionFailed":"操作失败","finishedToast":"下载完成","failedToast":"下载失败"},"newDownload":{"url":"URL","urlPlaceholder":"https://…","folder":"模型文件夹","folderPlaceholder":"选择文件夹","root":"根目录","subfolder":"子文件夹","filename":"文件名","filenamePlaceholder":"可选：留空则使用服务器提供的文件名","sha256":"预期 SHA-256","optional":"可选","submit":"下载","created":"已加入下载队列","autoFolder":"自动（根据文件头）","autoFolderHelp":"服务器读取下载文件的文件头，并放入对应的文件夹。","resolve":"解析","resolveHelp":"Civitai 和 Hugging Face 链接可解析出版本和文件；其他链接将直接下载。","version":"版本","file":"文件","noFiles":"此版本没有可下载的文件。","primary":"主文件","source":{"civitai":"Civitai","huggingface":"Hugging Face","direct":"直接链接"}},"validation":{"urlRequired":"请输入 URL。","urlInvalid":"URL 无效。","urlScheme":"只能下载 http:// 或 https:// 地址。","folderRequired":"请选择模型文件夹。","subfolderAbsolute":"子文件夹必须是相对路径（不能以 / 或盘符开头）。","subfolderDots":"子文件夹不能包含“..”。","subfolderInvalid":"子文件夹包含无效字符。","filenameSeparator":"文件名不能包含 / 或 \\\\。","filenameDots":"文件名不能包含“..”。","filenameInvalid":"文件名包含无效字符。","sha256Invalid":"SHA-256 应为 64 位十六进制字符。","filenameRequired":"请输入文件名。"},"models":{"search":"搜索名称、触发词、基础模型","count":"没有模型 | 1 个模型 | {n} 个模型","empty":"此文件夹中没有模型。","noMatch":"没有符合搜索和筛选条件的模型。","unavailable":"服务器暂不支持列出模型。","allFolders":"全部文件夹","folder":"模型文件夹","baseModel":"基础模型","architecture":"类型","preview":"预览图","previewAny":"预览图不限","previewYes":"有预览图","previewNo":"无预览图","sort":"排序","sortName":"名称","sortSize":"大小","sortDate":"日期","ascending":"升序","descending":"降序","grid":"网格","list":"列表","clearFilters":"清除搜索和筛选","addToWorkflow":"添加到工作流","addFailed":"无法为此模型添加加载器节点"},"settings":{"apiKeys":"API 密钥","civitai":"Civitai","huggingface":"Hugging Face","notSet":"未设置","newKey":"新密钥","downloads":"下载","concurrency":"同时下载数","progressInterval":"进度更新间隔","seconds":"秒","allowedHosts":"允许的主机","allowedHostsHelp":"允许下载来源的主机名（host 或 host:port），用逗号分隔。","allowPickle":"允许 pickle 格式（.ckpt、.pt、.bin 等）","allowPickleHelp":"pickle 文件在加载时可以执行代码，只应允许来自可信来源的文件。","saved":"设置已保存","saveFailed":"无法保存设置","library":"模型库","autoScan":"自动扫描新文件","autoScanHelp":"列出包含未知文件的文件夹时，自动扫描变更的文件。","hashOnScan":"扫描时计算 SHA-256","hashOnScanHelp":"用于在 Civitai 上查找模型；大文件较慢。","writeSidecars":"为下载的模型写入元数据文件","writeSidecarsHelp":"保存 <name>.metadata.json，记录来源提供的文件信息。","durableFinish":"完成前将下载内容写入磁盘","durableFinishHelp":"断电时更安全，部分磁盘上较慢。","updateCheckInterval":"检查新版本的间隔","updateCheckIntervalHelp":"每隔多少小时检查一次模型库中 Civitai 模型的新版本；0 表示关闭自动检查。","updateCheckIntervalInvalid":"请输入 0（关闭）或 1 到 8760 小时。","hours":"小时","embedModelLinks":"在保存的工作流中写入模型链接","embedModelLinksHelp":"保存和导出时，为来源已知的模型在每个加载节点写入 properties.models（公开下载地址、SHA-256），让下一位用户也能直接获取。"},"missing":{"title":"缺失的模型","intro":"此工作流需要一个服务器上没有的模型。 | 此工作流需要 {n} 个服务器上没有的模型。","download":"下载到文件夹","downloadAll":"全部下载","queued":"已加入队列","notAllowed":"无法下载：{reason}","done":"已下载","downloading":"下载中","retry":"重试","failed":"下载失败","allDone":"此工作流所需的模型均已在服务器上。","relink":"使用已有副本","relinkAll":"全部使用已有副本","relinked":"已重新关联","haveCopy":"已有副本：{path}","noSource":"未找到下载来源","source":"来源","low":"可信度低：下载前请确认","sources":{"workflow":"工作流","civitai":"Civitai","templates":"ComfyUI 模板","huggingface":"Hugging Face"},"status":{"present":"已在磁盘","relink":"在其他位置","download":"可下载","unresolved":"未找到"}},"architecture":{"checkpoint":"Checkpoint","diffusion_model":"扩散模型","lora":"LoRA","vae":"VAE","text_encoder":"文本编码器","controlnet":"ControlNet","upscaler":"放大模型","embedding":"嵌入","clip_vision":"CLIP 视觉"},"detail":{"title":"模型","noPreview":"无预览图","uploadPreview":"上传图片","removePreview":"移除","previewUrl":"图片网址","usePreviewUrl":"使用此网址的图片","notScanned":"尚未扫描","description":"描述","edit":"编辑","preview":"预览","descriptionPlaceholder":"备注、触发词、用法……（Markdown）","markdownHelp":"支持 Markdown；预览由服务器渲染并净化。","unsavedPreview":"保存后可在此查看修改。","noDescription":"暂无描述。","links":"链接与文件","sidecars":"模型旁的附属文件","metadata":"文件元数据（__metadata__）","noMetadata":"此文件没有元数据。","moveTitle":"重命名 / 移动","applyMove":"重命名 / 移动","delete":"删除模型","deleteTitle":"删除模型","deleteMessage":"从磁盘删除“{name}”及其附属文件（预览图、描述、元数据）？此操作无法撤销。","deleted":"模型已删除","deleteFailed":"无法删除模型","descriptionSaved":"描述已保存","saveFailed":"无法保存描述","previewSaved":"预览图已更新","previewFailed":"无法更改预览图","moved":"模型已重命名 / 移动","moveFailed":"无法重命名 / 移动模型","fact":{"folder":"文件夹","path":"路径","size":"大小","modified":"修改时间","architecture":"类型","baseModel":"基础模型","rule":"识别依据","sha256":"SHA-256","autov2":"AutoV2","source":"来源","triggerWords":"触发词","headerError":"文件头问题"},"deleteLinkMessage":"“{name}” 是指向 {target} 的链接。只删除该链接（及其旁边的预览、描述、元数据文件），它指向的文件保持不变。","deleteInLinkedFolderMessage":"“{name}” 位于链接的文件夹（{folder}）中：将在那里真正删除该文件及其附属文件。此操作无法撤销。"},"scan":{"help":"扫描会读取每个模型文件：大小、哈希、从文件头识别的类型与基础模型，以及旁边的附属文件（预览图、描述、元数据）。","diff":"仅变更的文件","full":"全部重新扫描","diffHelp":"只读取新增和变更的文件；未变更的文件沿用已有哈希。","fullHelp":"重新读取并计算每个文件的哈希（大文件夹较慢）。","start":"开始扫描","progress":"{done} / {total} 个文件","started":"开始于 {at}","took":"用时 {s} 秒","none":"尚未进行过扫描。","status":{"queued":"排队中","running":"扫描中","completed":"已完成","cancelled":"已取消","failed":"失败"},"result":{"files":"文件","new":"新增","changed":"变更","unchanged":"未变","moved":"移动","removed":"移除","hashed":"已计算哈希","errors":"错误"},"queued":"已排队：{what}——当前扫描结束后开始。"},"updates":{"checkNow":"立即检查","never":"尚未检查。","running":"正在检查… {done} / {total} 个模型","last":"上次检查 {when}：已检查 {checked} 个模型，{updates} 个有新版本。","failed":"上次检查 {when} 失败：{error}","checkFailed":"无法开始检查更新","autoOff":"自动检查已关闭（见设置）。","autoEvery":"每 {h} 小时自动检查一次。","empty":"已识别的模型均为最新版本。","unknownVersion":"未知版本","published":"发布于 {date}","download":"下载","queued":"已加入队列","queuedToast":"正在下载新版本","toastSummary":"有模型发布了新版本 | {n} 个模型发布了新版本"},"workflow":{"intro":"当前工作流用到的所有模型，以及缺失模型的下载来源。","introStandalone":"将工作流（.json）或 ComfyUI 保存的图片（PNG、WebP）拖到这里，或选择文件。","check":"检查当前工作流","pick":"打开工作流文件","empty":"此工作流未引用任何模型文件。","summary":"已在磁盘 {present} · 其他位置 {relink} · 可下载 {download} · 未找到 {unresolved}","failed":"无法读取工作流：{error}"},"health":{"summary":"{files} 个模型文件，{hashed} 个已有 SHA-256 · {at}","hashHint":"重复项按 SHA-256 查找：运行带哈希的扫描以包含所有文件。","duplicates":"重复","freeable":"可释放 {bytes}","noDuplicates":"库中没有重复的文件。","copies":"{n} 个路径","link":"链接","linkedFolder":"在链接的文件夹中","keepOne":"至少保留一个副本。","deleteChosen":"删除所选","confirmTitle":"删除重复副本","confirmMessage":"删除这 {n} 个文件？将释放 {bytes}。保留的副本及其附属文件不受影响。","onlyLink":"仅删除链接","deleted":"副本已删除","freed":"已释放 {bytes}","deleteFailed":"无法删除副本","broken":"损坏","noBroken":"没有损坏的文件。","redownload":"重新下载","redownloadQueued":"已加入下载队列","redownloadFailed":"无法重新下载","kind":{"empty":"空文件","truncated":"被截断","size_mismatch":"大小不符","header":"头部损坏","dangling_link":"失效链接","stale_part":"过期的 .part"},"unidentified":"未识别","noUnidentified":"所有模型的来源都已知。","identify":"在 Civitai 上识别","identified":"已识别 {n} / {asked}","identifyFailed":"无法查询 Civitai","notHashed":"尚未计算哈希","notOnCivitai":"Civitai 上没有","unused":"未使用","noWorkflows":"没有可供对照的已保存工作流（独立模式：serve --workflows-dir）。","workflowsRead":"已对照 {n} 个已保存的工作流。","more":"……还有 {n} 个"},"browser":{"title":"模型","openWide":"宽屏打开：网格、详情与批量操作","folders":"文件夹","allFolders":"全部文件夹","filters":"筛选与排序","selectAll":"全选","clearSelection":"取消选择","toggleSelect":"选择或取消选择","selectedCount":"未选择模型 | 已选 1 个 | 已选 {n} 个","nothingSelected":"点击模型（按住 Ctrl / Shift 多选），或用方向键移动。","openDetail":"打开详情","move":"移动…","rescan":"重新扫描","identify":"在 Civitai 重新识别","delete":"删除…","deleteTitle":"删除 {n} 个模型？ | 删除 1 个模型？ | 删除 {n} 个模型？","deleteMessage":"以下文件将从磁盘删除，连同各自的附属文件（预览图、说明、元数据）：","deleteConfirm":"删除 | 删除 1 个文件 | 删除 {n} 个文件","moveTitle":"移动 {n} 个模型 | 移动 1 个模型 | 移动 {n} 个模型","moveHint":"文件名保持不变，附属文件一同移动。目标处已有同名文件的模型保持原位。","moveConfirm":"移动 | 移动 1 个模型 | 移动 {n} 个模型","deleted":"未删除 | 已删除 1 个模型 | 已删除 {n} 个模型","moved":"未移动 | 已移动 1 个模型 | 已移动 {n} 个模型","rescanStarted":"已开始重新扫描 | 正在重新扫描 1 个模型 | 正在重新扫描 {n} 个模型","identifyStarted":"已开始查询 | 正在 Civitai 查询 1 个模型 | 正在 Civitai 查询 {n} 个模型","failed":"无失败 | 1 个模型失败 | {n} 个模型失败","actionFailed":"操作失败"},"access":{"askTitle":"需要访问令牌","askIntro":"此服务器只接受带访问令牌的来自其他机器的更改。","askWhere":"令牌由 `comfyui-model-manager token` 打印，也显示在服务器所在机器的“设置”中。","tokenPlaceholder":"访问令牌","useToken":"使用令牌","section":"来自其他机器的访问","thisMachine":"这是服务器所在的机器。其他机器需要此令牌才能进行任何更改：","copy":"复制","copied":"令牌已复制","remote":"你正从其他机器连接。","kept":"此浏览器保存了该服务器的令牌。","keptInvalid":"此浏览器保存的令牌不正确（可能已被轮换）。","notKept":"此浏览器未保存令牌；进行更改时会要求输入。","forget":"忘记此令牌","forgotten":"令牌已忘记","enter":"输入令牌","command":"在服务器上用以下命令打印：","remoteAccess":"其他机器可以","remoteAccessHelp":"只能在本机更改。","mode":{"token":"凭令牌进行更改","read-only":"只能浏览","open":"无需令牌做任何事"},"settingsNeedToken":"从其他机器读取设置需要访问令牌。"}}'),Kz={modelManager:Gz}}));function Jz(e){let t=String(e||``).toLowerCase().split(/[-_]/)[0];return Zz.includes(t)?t:`en`}function Yz(e){return bC({legacy:!1,locale:e,fallbackLocale:`en`,messages:Qz,missingWarn:!1,fallbackWarn:!1})}function Xz(e){return(t,n)=>{let{t:r}=Yz(e()).global;return{summary:r(`modelManager.updates.toastSummary`,{n:t},t),detail:n}}}var Zz,Qz,$z=t((()=>{YC(),Wz(),qz(),Zz=[`en`,`zh`],Qz={en:Uz,zh:Kz}})),eB,tB=t((()=>{dp(),dp(),eB=(...e)=>Nf(...e)})),nB,rB,iB,aB=t((()=>{nB={borderRadius:{none:`0`,xs:`2px`,sm:`4px`,md:`6px`,lg:`8px`,xl:`12px`},emerald:{50:`#ecfdf5`,100:`#d1fae5`,200:`#a7f3d0`,300:`#6ee7b7`,400:`#34d399`,500:`#10b981`,600:`#059669`,700:`#047857`,800:`#065f46`,900:`#064e3b`,950:`#022c22`},green:{50:`#f0fdf4`,100:`#dcfce7`,200:`#bbf7d0`,300:`#86efac`,400:`#4ade80`,500:`#22c55e`,600:`#16a34a`,700:`#15803d`,800:`#166534`,900:`#14532d`,950:`#052e16`},lime:{50:`#f7fee7`,100:`#ecfccb`,200:`#d9f99d`,300:`#bef264`,400:`#a3e635`,500:`#84cc16`,600:`#65a30d`,700:`#4d7c0f`,800:`#3f6212`,900:`#365314`,950:`#1a2e05`},red:{50:`#fef2f2`,100:`#fee2e2`,200:`#fecaca`,300:`#fca5a5`,400:`#f87171`,500:`#ef4444`,600:`#dc2626`,700:`#b91c1c`,800:`#991b1b`,900:`#7f1d1d`,950:`#450a0a`},orange:{50:`#fff7ed`,100:`#ffedd5`,200:`#fed7aa`,300:`#fdba74`,400:`#fb923c`,500:`#f97316`,600:`#ea580c`,700:`#c2410c`,800:`#9a3412`,900:`#7c2d12`,950:`#431407`},amber:{50:`#fffbeb`,100:`#fef3c7`,200:`#fde68a`,300:`#fcd34d`,400:`#fbbf24`,500:`#f59e0b`,600:`#d97706`,700:`#b45309`,800:`#92400e`,900:`#78350f`,950:`#451a03`},yellow:{50:`#fefce8`,100:`#fef9c3`,200:`#fef08a`,300:`#fde047`,400:`#facc15`,500:`#eab308`,600:`#ca8a04`,700:`#a16207`,800:`#854d0e`,900:`#713f12`,950:`#422006`},teal:{50:`#f0fdfa`,100:`#ccfbf1`,200:`#99f6e4`,300:`#5eead4`,400:`#2dd4bf`,500:`#14b8a6`,600:`#0d9488`,700:`#0f766e`,800:`#115e59`,900:`#134e4a`,950:`#042f2e`},cyan:{50:`#ecfeff`,100:`#cffafe`,200:`#a5f3fc`,300:`#67e8f9`,400:`#22d3ee`,500:`#06b6d4`,600:`#0891b2`,700:`#0e7490`,800:`#155e75`,900:`#164e63`,950:`#083344`},sky:{50:`#f0f9ff`,100:`#e0f2fe`,200:`#bae6fd`,300:`#7dd3fc`,400:`#38bdf8`,500:`#0ea5e9`,600:`#0284c7`,700:`#0369a1`,800:`#075985`,900:`#0c4a6e`,950:`#082f49`},blue:{50:`#eff6ff`,100:`#dbeafe`,200:`#bfdbfe`,300:`#93c5fd`,400:`#60a5fa`,500:`#3b82f6`,600:`#2563eb`,700:`#1d4ed8`,800:`#1e40af`,900:`#1e3a8a`,950:`#172554`},indigo:{50:`#eef2ff`,100:`#e0e7ff`,200:`#c7d2fe`,300:`#a5b4fc`,400:`#818cf8`,500:`#6366f1`,600:`#4f46e5`,700:`#4338ca`,800:`#3730a3`,900:`#312e81`,950:`#1e1b4b`},violet:{50:`#f5f3ff`,100:`#ede9fe`,200:`#ddd6fe`,300:`#c4b5fd`,400:`#a78bfa`,500:`#8b5cf6`,600:`#7c3aed`,700:`#6d28d9`,800:`#5b21b6`,900:`#4c1d95`,950:`#2e1065`},purple:{50:`#faf5ff`,100:`#f3e8ff`,200:`#e9d5ff`,300:`#d8b4fe`,400:`#c084fc`,500:`#a855f7`,600:`#9333ea`,700:`#7e22ce`,800:`#6b21a8`,900:`#581c87`,950:`#3b0764`},fuchsia:{50:`#fdf4ff`,100:`#fae8ff`,200:`#f5d0fe`,300:`#f0abfc`,400:`#e879f9`,500:`#d946ef`,600:`#c026d3`,700:`#a21caf`,800:`#86198f`,900:`#701a75`,950:`#4a044e`},pink:{50:`#fdf2f8`,100:`#fce7f3`,200:`#fbcfe8`,300:`#f9a8d4`,400:`#f472b6`,500:`#ec4899`,600:`#db2777`,700:`#be185d`,800:`#9d174d`,900:`#831843`,950:`#500724`},rose:{50:`#fff1f2`,100:`#ffe4e6`,200:`#fecdd3`,300:`#fda4af`,400:`#fb7185`,500:`#f43f5e`,600:`#e11d48`,700:`#be123c`,800:`#9f1239`,900:`#881337`,950:`#4c0519`},slate:{50:`#f8fafc`,100:`#f1f5f9`,200:`#e2e8f0`,300:`#cbd5e1`,400:`#94a3b8`,500:`#64748b`,600:`#475569`,700:`#334155`,800:`#1e293b`,900:`#0f172a`,950:`#020617`},gray:{50:`#f9fafb`,100:`#f3f4f6`,200:`#e5e7eb`,300:`#d1d5db`,400:`#9ca3af`,500:`#6b7280`,600:`#4b5563`,700:`#374151`,800:`#1f2937`,900:`#111827`,950:`#030712`},zinc:{50:`#fafafa`,100:`#f4f4f5`,200:`#e4e4e7`,300:`#d4d4d8`,400:`#a1a1aa`,500:`#71717a`,600:`#52525b`,700:`#3f3f46`,800:`#27272a`,900:`#18181b`,950:`#09090b`},neutral:{50:`#fafafa`,100:`#f5f5f5`,200:`#e5e5e5`,300:`#d4d4d4`,400:`#a3a3a3`,500:`#737373`,600:`#525252`,700:`#404040`,800:`#262626`,900:`#171717`,950:`#0a0a0a`},stone:{50:`#fafaf9`,100:`#f5f5f4`,200:`#e7e5e4`,300:`#d6d3d1`,400:`#a8a29e`,500:`#78716c`,600:`#57534e`,700:`#44403c`,800:`#292524`,900:`#1c1917`,950:`#0c0a09`}},rB={transitionDuration:`0.2s`,focusRing:{width:`1px`,style:`solid`,color:`{primary.color}`,offset:`2px`,shadow:`none`},disabledOpacity:`0.6`,iconSize:`1rem`,anchorGutter:`2px`,primary:{50:`{emerald.50}`,100:`{emerald.100}`,200:`{emerald.200}`,300:`{emerald.300}`,400:`{emerald.400}`,500:`{emerald.500}`,600:`{emerald.600}`,700:`{emerald.700}`,800:`{emerald.800}`,900:`{emerald.900}`,950:`{emerald.950}`},formField:{paddingX:`0.75rem`,paddingY:`0.5rem`,sm:{fontSize:`0.875rem`,paddingX:`0.625rem`,paddingY:`0.375rem`},lg:{fontSize:`1.125rem`,paddingX:`0.875rem`,paddingY:`0.625rem`},borderRadius:`{border.radius.md}`,focusRing:{width:`0`,style:`none`,color:`transparent`,offset:`0`,shadow:`none`},transitionDuration:`{transition.duration}`},list:{padding:`0.25rem 0.25rem`,gap:`2px`,header:{padding:`0.5rem 1rem 0.25rem 1rem`},option:{padding:`0.5rem 0.75rem`,borderRadius:`{border.radius.sm}`},optionGroup:{padding:`0.5rem 0.75rem`,fontWeight:`600`}},content:{borderRadius:`{border.radius.md}`},mask:{transitionDuration:`0.3s`},navigation:{list:{padding:`0.25rem 0.25rem`,gap:`2px`},item:{padding:`0.5rem 0.75rem`,borderRadius:`{border.radius.sm}`,gap:`0.5rem`},submenuLabel:{padding:`0.5rem 0.75rem`,fontWeight:`600`},submenuIcon:{size:`0.875rem`}},overlay:{select:{borderRadius:`{border.radius.md}`,shadow:`0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)`},popover:{borderRadius:`{border.radius.md}`,padding:`0.75rem`,shadow:`0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)`},modal:{borderRadius:`{border.radius.xl}`,padding:`1.25rem`,shadow:`0 20px 25px -5px rgba(0, 0, 0, 0.1), 0 8px 10px -6px rgba(0, 0, 0, 0.1)`},navigation:{shadow:`0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)`}},colorScheme:{light:{surface:{0:`#ffffff`,50:`{slate.50}`,100:`{slate.100}`,200:`{slate.200}`,300:`{slate.300}`,400:`{slate.400}`,500:`{slate.500}`,600:`{slate.600}`,700:`{slate.700}`,800:`{slate.800}`,900:`{slate.900}`,950:`{slate.950}`},primary:{color:`{primary.500}`,contrastColor:`#ffffff`,hoverColor:`{primary.600}`,activeColor:`{primary.700}`},highlight:{background:`{primary.50}`,focusBackground:`{primary.100}`,color:`{primary.700}`,focusColor:`{primary.800}`},mask:{background:`rgba(0,0,0,0.4)`,color:`{surface.200}`},formField:{background:`{surface.0}`,disabledBackground:`{surface.200}`,filledBackground:`{surface.50}`,filledHoverBackground:`{surface.50}`,filledFocusBackground:`{surface.50}`,borderColor:`{surface.300}`,hoverBorderColor:`{surface.400}`,focusBorderColor:`{primary.color}`,invalidBorderColor:`{red.400}`,color:`{surface.700}`,disabledColor:`{surface.500}`,placeholderColor:`{surface.500}`,invalidPlaceholderColor:`{red.600}`,floatLabelColor:`{surface.500}`,floatLabelFocusColor:`{primary.600}`,floatLabelActiveColor:`{surface.500}`,floatLabelInvalidColor:`{form.field.invalid.placeholder.color}`,iconColor:`{surface.400}`,shadow:`0 0 #0000, 0 0 #0000, 0 1px 2px 0 rgba(18, 18, 23, 0.05)`},text:{color:`{surface.700}`,hoverColor:`{surface.800}`,mutedColor:`{surface.500}`,hoverMutedColor:`{surface.600}`},content:{background:`{surface.0}`,hoverBackground:`{surface.100}`,borderColor:`{surface.200}`,color:`{text.color}`,hoverColor:`{text.hover.color}`},overlay:{select:{background:`{surface.0}`,borderColor:`{surface.200}`,color:`{text.color}`},popover:{background:`{surface.0}`,borderColor:`{surface.200}`,color:`{text.color}`},modal:{background:`{surface.0}`,borderColor:`{surface.200}`,color:`{text.color}`}},list:{option:{focusBackground:`{surface.100}`,selectedBackground:`{highlight.background}`,selectedFocusBackground:`{highlight.focus.background}`,color:`{text.color}`,focusColor:`{text.hover.color}`,selectedColor:`{highlight.color}`,selectedFocusColor:`{highlight.focus.color}`,icon:{color:`{surface.400}`,focusColor:`{surface.500}`}},optionGroup:{background:`transparent`,color:`{text.muted.color}`}},navigation:{item:{focusBackground:`{surface.100}`,activeBackground:`{surface.100}`,color:`{text.color}`,focusColor:`{text.hover.color}`,activeColor:`{text.hover.color}`,icon:{color:`{surface.400}`,focusColor:`{surface.500}`,activeColor:`{surface.500}`}},submenuLabel:{background:`transparent`,color:`{text.muted.color}`},submenuIcon:{color:`{surface.400}`,focusColor:`{surface.500}`,activeColor:`{surface.500}`}}},dark:{surface:{0:`#ffffff`,50:`{zinc.50}`,100:`{zinc.100}`,200:`{zinc.200}`,300:`{zinc.300}`,400:`{zinc.400}`,500:`{zinc.500}`,600:`{zinc.600}`,700:`{zinc.700}`,800:`{zinc.800}`,900:`{zinc.900}`,950:`{zinc.950}`},primary:{color:`{primary.400}`,contrastColor:`{surface.900}`,hoverColor:`{primary.300}`,activeColor:`{primary.200}`},highlight:{background:`color-mix(in srgb, {primary.400}, transparent 84%)`,focusBackground:`color-mix(in srgb, {primary.400}, transparent 76%)`,color:`rgba(255,255,255,.87)`,focusColor:`rgba(255,255,255,.87)`},mask:{background:`rgba(0,0,0,0.6)`,color:`{surface.200}`},formField:{background:`{surface.950}`,disabledBackground:`{surface.700}`,filledBackground:`{surface.800}`,filledHoverBackground:`{surface.800}`,filledFocusBackground:`{surface.800}`,borderColor:`{surface.600}`,hoverBorderColor:`{surface.500}`,focusBorderColor:`{primary.color}`,invalidBorderColor:`{red.300}`,color:`{surface.0}`,disabledColor:`{surface.400}`,placeholderColor:`{surface.400}`,invalidPlaceholderColor:`{red.400}`,floatLabelColor:`{surface.400}`,floatLabelFocusColor:`{primary.color}`,floatLabelActiveColor:`{surface.400}`,floatLabelInvalidColor:`{form.field.invalid.placeholder.color}`,iconColor:`{surface.400}`,shadow:`0 0 #0000, 0 0 #0000, 0 1px 2px 0 rgba(18, 18, 23, 0.05)`},text:{color:`{surface.0}`,hoverColor:`{surface.0}`,mutedColor:`{surface.400}`,hoverMutedColor:`{surface.300}`},content:{background:`{surface.900}`,hoverBackground:`{surface.800}`,borderColor:`{surface.700}`,color:`{text.color}`,hoverColor:`{text.hover.color}`},overlay:{select:{background:`{surface.900}`,borderColor:`{surface.700}`,color:`{text.color}`},popover:{background:`{surface.900}`,borderColor:`{surface.700}`,color:`{text.color}`},modal:{background:`{surface.900}`,borderColor:`{surface.700}`,color:`{text.color}`}},list:{option:{focusBackground:`{surface.800}`,selectedBackground:`{highlight.background}`,selectedFocusBackground:`{highlight.focus.background}`,color:`{text.color}`,focusColor:`{text.hover.color}`,selectedColor:`{highlight.color}`,selectedFocusColor:`{highlight.focus.color}`,icon:{color:`{surface.500}`,focusColor:`{surface.400}`}},optionGroup:{background:`transparent`,color:`{text.muted.color}`}},navigation:{item:{focusBackground:`{surface.800}`,activeBackground:`{surface.800}`,color:`{text.color}`,focusColor:`{text.hover.color}`,activeColor:`{text.hover.color}`,icon:{color:`{surface.500}`,focusColor:`{surface.400}`,activeColor:`{surface.400}`}},submenuLabel:{background:`transparent`,color:`{text.muted.color}`},submenuIcon:{color:`{surface.500}`,focusColor:`{surface.400}`,activeColor:`{surface.400}`}}}}},iB={primitive:nB,semantic:rB}})),oB,sB,cB,lB,uB,dB,fB,pB=t((()=>{oB={borderRadius:`{border.radius.md}`,padding:`0 0.5rem`,fontSize:`0.75rem`,fontWeight:`700`,minWidth:`1.5rem`,height:`1.5rem`},sB={size:`0.5rem`},cB={fontSize:`0.625rem`,minWidth:`1.25rem`,height:`1.25rem`},lB={fontSize:`0.875rem`,minWidth:`1.75rem`,height:`1.75rem`},uB={fontSize:`1rem`,minWidth:`2rem`,height:`2rem`},dB={light:{primary:{background:`{primary.color}`,color:`{primary.contrast.color}`},secondary:{background:`{surface.100}`,color:`{surface.600}`},success:{background:`{green.500}`,color:`{surface.0}`},info:{background:`{sky.500}`,color:`{surface.0}`},warn:{background:`{orange.500}`,color:`{surface.0}`},danger:{background:`{red.500}`,color:`{surface.0}`},contrast:{background:`{surface.950}`,color:`{surface.0}`}},dark:{primary:{background:`{primary.color}`,color:`{primary.contrast.color}`},secondary:{background:`{surface.800}`,color:`{surface.300}`},success:{background:`{green.400}`,color:`{green.950}`},info:{background:`{sky.400}`,color:`{sky.950}`},warn:{background:`{orange.400}`,color:`{orange.950}`},danger:{background:`{red.400}`,color:`{red.950}`},contrast:{background:`{surface.0}`,color:`{surface.950}`}}},fB={root:oB,dot:sB,sm:cB,lg:lB,xl:uB,colorScheme:dB}})),mB,hB,gB,_B=t((()=>{mB={borderRadius:`{form.field.border.radius}`,roundedBorderRadius:`2rem`,gap:`0.5rem`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,iconOnlyWidth:`2.5rem`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`,iconOnlyWidth:`2rem`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`,iconOnlyWidth:`3rem`},label:{fontWeight:`500`},raisedShadow:`0 3px 1px -2px rgba(0, 0, 0, 0.2), 0 2px 2px 0 rgba(0, 0, 0, 0.14), 0 1px 5px 0 rgba(0, 0, 0, 0.12)`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,offset:`{focus.ring.offset}`},badgeSize:`1rem`,transitionDuration:`{form.field.transition.duration}`},hB={light:{root:{primary:{background:`{primary.color}`,hoverBackground:`{primary.hover.color}`,activeBackground:`{primary.active.color}`,borderColor:`{primary.color}`,hoverBorderColor:`{primary.hover.color}`,activeBorderColor:`{primary.active.color}`,color:`{primary.contrast.color}`,hoverColor:`{primary.contrast.color}`,activeColor:`{primary.contrast.color}`,focusRing:{color:`{primary.color}`,shadow:`none`}},secondary:{background:`{surface.100}`,hoverBackground:`{surface.200}`,activeBackground:`{surface.300}`,borderColor:`{surface.100}`,hoverBorderColor:`{surface.200}`,activeBorderColor:`{surface.300}`,color:`{surface.600}`,hoverColor:`{surface.700}`,activeColor:`{surface.800}`,focusRing:{color:`{surface.600}`,shadow:`none`}},info:{background:`{sky.500}`,hoverBackground:`{sky.600}`,activeBackground:`{sky.700}`,borderColor:`{sky.500}`,hoverBorderColor:`{sky.600}`,activeBorderColor:`{sky.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{sky.500}`,shadow:`none`}},success:{background:`{green.500}`,hoverBackground:`{green.600}`,activeBackground:`{green.700}`,borderColor:`{green.500}`,hoverBorderColor:`{green.600}`,activeBorderColor:`{green.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{green.500}`,shadow:`none`}},warn:{background:`{orange.500}`,hoverBackground:`{orange.600}`,activeBackground:`{orange.700}`,borderColor:`{orange.500}`,hoverBorderColor:`{orange.600}`,activeBorderColor:`{orange.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{orange.500}`,shadow:`none`}},help:{background:`{purple.500}`,hoverBackground:`{purple.600}`,activeBackground:`{purple.700}`,borderColor:`{purple.500}`,hoverBorderColor:`{purple.600}`,activeBorderColor:`{purple.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{purple.500}`,shadow:`none`}},danger:{background:`{red.500}`,hoverBackground:`{red.600}`,activeBackground:`{red.700}`,borderColor:`{red.500}`,hoverBorderColor:`{red.600}`,activeBorderColor:`{red.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{red.500}`,shadow:`none`}},contrast:{background:`{surface.950}`,hoverBackground:`{surface.900}`,activeBackground:`{surface.800}`,borderColor:`{surface.950}`,hoverBorderColor:`{surface.900}`,activeBorderColor:`{surface.800}`,color:`{surface.0}`,hoverColor:`{surface.0}`,activeColor:`{surface.0}`,focusRing:{color:`{surface.950}`,shadow:`none`}}},outlined:{primary:{hoverBackground:`{primary.50}`,activeBackground:`{primary.100}`,borderColor:`{primary.200}`,color:`{primary.color}`},secondary:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.500}`},success:{hoverBackground:`{green.50}`,activeBackground:`{green.100}`,borderColor:`{green.200}`,color:`{green.500}`},info:{hoverBackground:`{sky.50}`,activeBackground:`{sky.100}`,borderColor:`{sky.200}`,color:`{sky.500}`},warn:{hoverBackground:`{orange.50}`,activeBackground:`{orange.100}`,borderColor:`{orange.200}`,color:`{orange.500}`},help:{hoverBackground:`{purple.50}`,activeBackground:`{purple.100}`,borderColor:`{purple.200}`,color:`{purple.500}`},danger:{hoverBackground:`{red.50}`,activeBackground:`{red.100}`,borderColor:`{red.200}`,color:`{red.500}`},contrast:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,borderColor:`{surface.700}`,color:`{surface.950}`},plain:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.700}`}},text:{primary:{hoverBackground:`{primary.50}`,activeBackground:`{primary.100}`,color:`{primary.color}`},secondary:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,color:`{surface.500}`},success:{hoverBackground:`{green.50}`,activeBackground:`{green.100}`,color:`{green.500}`},info:{hoverBackground:`{sky.50}`,activeBackground:`{sky.100}`,color:`{sky.500}`},warn:{hoverBackground:`{orange.50}`,activeBackground:`{orange.100}`,color:`{orange.500}`},help:{hoverBackground:`{purple.50}`,activeBackground:`{purple.100}`,color:`{purple.500}`},danger:{hoverBackground:`{red.50}`,activeBackground:`{red.100}`,color:`{red.500}`},contrast:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,color:`{surface.950}`},plain:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,color:`{surface.700}`}},link:{color:`{primary.color}`,hoverColor:`{primary.color}`,activeColor:`{primary.color}`}},dark:{root:{primary:{background:`{primary.color}`,hoverBackground:`{primary.hover.color}`,activeBackground:`{primary.active.color}`,borderColor:`{primary.color}`,hoverBorderColor:`{primary.hover.color}`,activeBorderColor:`{primary.active.color}`,color:`{primary.contrast.color}`,hoverColor:`{primary.contrast.color}`,activeColor:`{primary.contrast.color}`,focusRing:{color:`{primary.color}`,shadow:`none`}},secondary:{background:`{surface.800}`,hoverBackground:`{surface.700}`,activeBackground:`{surface.600}`,borderColor:`{surface.800}`,hoverBorderColor:`{surface.700}`,activeBorderColor:`{surface.600}`,color:`{surface.300}`,hoverColor:`{surface.200}`,activeColor:`{surface.100}`,focusRing:{color:`{surface.300}`,shadow:`none`}},info:{background:`{sky.400}`,hoverBackground:`{sky.300}`,activeBackground:`{sky.200}`,borderColor:`{sky.400}`,hoverBorderColor:`{sky.300}`,activeBorderColor:`{sky.200}`,color:`{sky.950}`,hoverColor:`{sky.950}`,activeColor:`{sky.950}`,focusRing:{color:`{sky.400}`,shadow:`none`}},success:{background:`{green.400}`,hoverBackground:`{green.300}`,activeBackground:`{green.200}`,borderColor:`{green.400}`,hoverBorderColor:`{green.300}`,activeBorderColor:`{green.200}`,color:`{green.950}`,hoverColor:`{green.950}`,activeColor:`{green.950}`,focusRing:{color:`{green.400}`,shadow:`none`}},warn:{background:`{orange.400}`,hoverBackground:`{orange.300}`,activeBackground:`{orange.200}`,borderColor:`{orange.400}`,hoverBorderColor:`{orange.300}`,activeBorderColor:`{orange.200}`,color:`{orange.950}`,hoverColor:`{orange.950}`,activeColor:`{orange.950}`,focusRing:{color:`{orange.400}`,shadow:`none`}},help:{background:`{purple.400}`,hoverBackground:`{purple.300}`,activeBackground:`{purple.200}`,borderColor:`{purple.400}`,hoverBorderColor:`{purple.300}`,activeBorderColor:`{purple.200}`,color:`{purple.950}`,hoverColor:`{purple.950}`,activeColor:`{purple.950}`,focusRing:{color:`{purple.400}`,shadow:`none`}},danger:{background:`{red.400}`,hoverBackground:`{red.300}`,activeBackground:`{red.200}`,borderColor:`{red.400}`,hoverBorderColor:`{red.300}`,activeBorderColor:`{red.200}`,color:`{red.950}`,hoverColor:`{red.950}`,activeColor:`{red.950}`,focusRing:{color:`{red.400}`,shadow:`none`}},contrast:{background:`{surface.0}`,hoverBackground:`{surface.100}`,activeBackground:`{surface.200}`,borderColor:`{surface.0}`,hoverBorderColor:`{surface.100}`,activeBorderColor:`{surface.200}`,color:`{surface.950}`,hoverColor:`{surface.950}`,activeColor:`{surface.950}`,focusRing:{color:`{surface.0}`,shadow:`none`}}},outlined:{primary:{hoverBackground:`color-mix(in srgb, {primary.color}, transparent 96%)`,activeBackground:`color-mix(in srgb, {primary.color}, transparent 84%)`,borderColor:`{primary.700}`,color:`{primary.color}`},secondary:{hoverBackground:`rgba(255,255,255,0.04)`,activeBackground:`rgba(255,255,255,0.16)`,borderColor:`{surface.700}`,color:`{surface.400}`},success:{hoverBackground:`color-mix(in srgb, {green.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {green.400}, transparent 84%)`,borderColor:`{green.700}`,color:`{green.400}`},info:{hoverBackground:`color-mix(in srgb, {sky.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {sky.400}, transparent 84%)`,borderColor:`{sky.700}`,color:`{sky.400}`},warn:{hoverBackground:`color-mix(in srgb, {orange.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {orange.400}, transparent 84%)`,borderColor:`{orange.700}`,color:`{orange.400}`},help:{hoverBackground:`color-mix(in srgb, {purple.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {purple.400}, transparent 84%)`,borderColor:`{purple.700}`,color:`{purple.400}`},danger:{hoverBackground:`color-mix(in srgb, {red.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {red.400}, transparent 84%)`,borderColor:`{red.700}`,color:`{red.400}`},contrast:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,borderColor:`{surface.500}`,color:`{surface.0}`},plain:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,borderColor:`{surface.600}`,color:`{surface.0}`}},text:{primary:{hoverBackground:`color-mix(in srgb, {primary.color}, transparent 96%)`,activeBackground:`color-mix(in srgb, {primary.color}, transparent 84%)`,color:`{primary.color}`},secondary:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,color:`{surface.400}`},success:{hoverBackground:`color-mix(in srgb, {green.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {green.400}, transparent 84%)`,color:`{green.400}`},info:{hoverBackground:`color-mix(in srgb, {sky.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {sky.400}, transparent 84%)`,color:`{sky.400}`},warn:{hoverBackground:`color-mix(in srgb, {orange.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {orange.400}, transparent 84%)`,color:`{orange.400}`},help:{hoverBackground:`color-mix(in srgb, {purple.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {purple.400}, transparent 84%)`,color:`{purple.400}`},danger:{hoverBackground:`color-mix(in srgb, {red.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {red.400}, transparent 84%)`,color:`{red.400}`},contrast:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,color:`{surface.0}`},plain:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,color:`{surface.0}`}},link:{color:`{primary.color}`,hoverColor:`{primary.color}`,activeColor:`{primary.color}`}}},gB={root:mB,colorScheme:hB}})),vB,yB,bB,xB=t((()=>{vB={size:`2rem`,color:`{overlay.modal.color}`},yB={gap:`1rem`},bB={icon:vB,content:yB}})),SB,CB,wB,TB,EB,DB,OB=t((()=>{SB={background:`{overlay.modal.background}`,borderColor:`{overlay.modal.border.color}`,color:`{overlay.modal.color}`,borderRadius:`{overlay.modal.border.radius}`,shadow:`{overlay.modal.shadow}`},CB={padding:`{overlay.modal.padding}`,gap:`0.5rem`},wB={fontSize:`1.25rem`,fontWeight:`600`},TB={padding:`0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}`},EB={padding:`0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}`,gap:`0.5rem`},DB={root:SB,header:CB,title:wB,content:TB,footer:EB}})),kB,AB,jB=t((()=>{kB={color:`{form.field.icon.color}`},AB={icon:kB}})),MB,NB,PB,FB,IB=t((()=>{MB={transitionDuration:`{transition.duration}`},NB={width:`2.5rem`,borderRadius:`{form.field.border.radius}`,verticalPadding:`{form.field.padding.y}`},PB={light:{button:{background:`transparent`,hoverBackground:`{surface.100}`,activeBackground:`{surface.200}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.border.color}`,activeBorderColor:`{form.field.border.color}`,color:`{surface.400}`,hoverColor:`{surface.500}`,activeColor:`{surface.600}`}},dark:{button:{background:`transparent`,hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.border.color}`,activeBorderColor:`{form.field.border.color}`,color:`{surface.400}`,hoverColor:`{surface.300}`,activeColor:`{surface.200}`}}},FB={root:MB,button:NB,colorScheme:PB}})),LB,RB,zB=t((()=>{LB={background:`{form.field.background}`,disabledBackground:`{form.field.disabled.background}`,filledBackground:`{form.field.filled.background}`,filledHoverBackground:`{form.field.filled.hover.background}`,filledFocusBackground:`{form.field.filled.focus.background}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.hover.border.color}`,focusBorderColor:`{form.field.focus.border.color}`,invalidBorderColor:`{form.field.invalid.border.color}`,color:`{form.field.color}`,disabledColor:`{form.field.disabled.color}`,placeholderColor:`{form.field.placeholder.color}`,invalidPlaceholderColor:`{form.field.invalid.placeholder.color}`,shadow:`{form.field.shadow}`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,borderRadius:`{form.field.border.radius}`,focusRing:{width:`{form.field.focus.ring.width}`,style:`{form.field.focus.ring.style}`,color:`{form.field.focus.ring.color}`,offset:`{form.field.focus.ring.offset}`,shadow:`{form.field.focus.ring.shadow}`},transitionDuration:`{form.field.transition.duration}`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`}},RB={root:LB}})),BB,VB,HB,UB,WB,GB,KB,qB,JB,YB,XB=t((()=>{BB={borderRadius:`{content.border.radius}`,borderWidth:`1px`,transitionDuration:`{transition.duration}`},VB={padding:`0.5rem 0.75rem`,gap:`0.5rem`,sm:{padding:`0.375rem 0.625rem`},lg:{padding:`0.625rem 0.875rem`}},HB={fontSize:`1rem`,fontWeight:`500`,sm:{fontSize:`0.875rem`},lg:{fontSize:`1.125rem`}},UB={size:`1.125rem`,sm:{size:`1rem`},lg:{size:`1.25rem`}},WB={width:`1.75rem`,height:`1.75rem`,borderRadius:`50%`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,offset:`{focus.ring.offset}`}},GB={size:`1rem`,sm:{size:`0.875rem`},lg:{size:`1.125rem`}},KB={root:{borderWidth:`1px`}},qB={content:{padding:`0`}},JB={light:{info:{background:`color-mix(in srgb, {blue.50}, transparent 5%)`,borderColor:`{blue.200}`,color:`{blue.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`{blue.100}`,focusRing:{color:`{blue.600}`,shadow:`none`}},outlined:{color:`{blue.600}`,borderColor:`{blue.600}`},simple:{color:`{blue.600}`}},success:{background:`color-mix(in srgb, {green.50}, transparent 5%)`,borderColor:`{green.200}`,color:`{green.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`{green.100}`,focusRing:{color:`{green.600}`,shadow:`none`}},outlined:{color:`{green.600}`,borderColor:`{green.600}`},simple:{color:`{green.600}`}},warn:{background:`color-mix(in srgb,{yellow.50}, transparent 5%)`,borderColor:`{yellow.200}`,color:`{yellow.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`{yellow.100}`,focusRing:{color:`{yellow.600}`,shadow:`none`}},outlined:{color:`{yellow.600}`,borderColor:`{yellow.600}`},simple:{color:`{yellow.600}`}},error:{background:`color-mix(in srgb, {red.50}, transparent 5%)`,borderColor:`{red.200}`,color:`{red.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`{red.100}`,focusRing:{color:`{red.600}`,shadow:`none`}},outlined:{color:`{red.600}`,borderColor:`{red.600}`},simple:{color:`{red.600}`}},secondary:{background:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.200}`,focusRing:{color:`{surface.600}`,shadow:`none`}},outlined:{color:`{surface.500}`,borderColor:`{surface.500}`},simple:{color:`{surface.500}`}},contrast:{background:`{surface.900}`,borderColor:`{surface.950}`,color:`{surface.50}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.800}`,focusRing:{color:`{surface.50}`,shadow:`none`}},outlined:{color:`{surface.950}`,borderColor:`{surface.950}`},simple:{color:`{surface.950}`}}},dark:{info:{background:`color-mix(in srgb, {blue.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {blue.700}, transparent 64%)`,color:`{blue.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{blue.500}`,shadow:`none`}},outlined:{color:`{blue.500}`,borderColor:`{blue.500}`},simple:{color:`{blue.500}`}},success:{background:`color-mix(in srgb, {green.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {green.700}, transparent 64%)`,color:`{green.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{green.500}`,shadow:`none`}},outlined:{color:`{green.500}`,borderColor:`{green.500}`},simple:{color:`{green.500}`}},warn:{background:`color-mix(in srgb, {yellow.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {yellow.700}, transparent 64%)`,color:`{yellow.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{yellow.500}`,shadow:`none`}},outlined:{color:`{yellow.500}`,borderColor:`{yellow.500}`},simple:{color:`{yellow.500}`}},error:{background:`color-mix(in srgb, {red.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {red.700}, transparent 64%)`,color:`{red.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{red.500}`,shadow:`none`}},outlined:{color:`{red.500}`,borderColor:`{red.500}`},simple:{color:`{red.500}`}},secondary:{background:`{surface.800}`,borderColor:`{surface.700}`,color:`{surface.300}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.700}`,focusRing:{color:`{surface.300}`,shadow:`none`}},outlined:{color:`{surface.400}`,borderColor:`{surface.400}`},simple:{color:`{surface.400}`}},contrast:{background:`{surface.0}`,borderColor:`{surface.100}`,color:`{surface.950}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.100}`,focusRing:{color:`{surface.950}`,shadow:`none`}},outlined:{color:`{surface.0}`,borderColor:`{surface.0}`},simple:{color:`{surface.0}`}}}},YB={root:BB,content:VB,text:HB,icon:UB,closeButton:WB,closeIcon:GB,outlined:KB,simple:qB,colorScheme:JB}})),ZB,QB,$B,eV,tV,nV,rV=t((()=>{ZB={background:`{content.border.color}`,borderRadius:`{content.border.radius}`,height:`.75rem`},QB={color:`{form.field.icon.color}`},$B={background:`{overlay.popover.background}`,borderColor:`{overlay.popover.border.color}`,borderRadius:`{overlay.popover.border.radius}`,color:`{overlay.popover.color}`,padding:`{overlay.popover.padding}`,shadow:`{overlay.popover.shadow}`},eV={gap:`0.5rem`},tV={light:{strength:{weakBackground:`{red.500}`,mediumBackground:`{amber.500}`,strongBackground:`{green.500}`}},dark:{strength:{weakBackground:`{red.400}`,mediumBackground:`{amber.400}`,strongBackground:`{green.400}`}}},nV={meter:ZB,icon:QB,overlay:$B,content:eV,colorScheme:tV}})),iV,aV,oV,sV,cV=t((()=>{iV={background:`{content.border.color}`,borderRadius:`{content.border.radius}`,height:`1.25rem`},aV={background:`{primary.color}`},oV={color:`{primary.contrast.color}`,fontSize:`0.75rem`,fontWeight:`600`},sV={root:iV,value:aV,label:oV}})),lV,uV,dV=t((()=>{lV={light:{root:{colorOne:`{red.500}`,colorTwo:`{blue.500}`,colorThree:`{green.500}`,colorFour:`{yellow.500}`}},dark:{root:{colorOne:`{red.400}`,colorTwo:`{blue.400}`,colorThree:`{green.400}`,colorFour:`{yellow.400}`}}},uV={colorScheme:lV}})),fV,pV,mV,hV,gV,_V,vV,yV,bV,xV,SV=t((()=>{fV={background:`{form.field.background}`,disabledBackground:`{form.field.disabled.background}`,filledBackground:`{form.field.filled.background}`,filledHoverBackground:`{form.field.filled.hover.background}`,filledFocusBackground:`{form.field.filled.focus.background}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.hover.border.color}`,focusBorderColor:`{form.field.focus.border.color}`,invalidBorderColor:`{form.field.invalid.border.color}`,color:`{form.field.color}`,disabledColor:`{form.field.disabled.color}`,placeholderColor:`{form.field.placeholder.color}`,invalidPlaceholderColor:`{form.field.invalid.placeholder.color}`,shadow:`{form.field.shadow}`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,borderRadius:`{form.field.border.radius}`,focusRing:{width:`{form.field.focus.ring.width}`,style:`{form.field.focus.ring.style}`,color:`{form.field.focus.ring.color}`,offset:`{form.field.focus.ring.offset}`,shadow:`{form.field.focus.ring.shadow}`},transitionDuration:`{form.field.transition.duration}`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`}},pV={width:`2.5rem`,color:`{form.field.icon.color}`},mV={background:`{overlay.select.background}`,borderColor:`{overlay.select.border.color}`,borderRadius:`{overlay.select.border.radius}`,color:`{overlay.select.color}`,shadow:`{overlay.select.shadow}`},hV={padding:`{list.padding}`,gap:`{list.gap}`,header:{padding:`{list.header.padding}`}},gV={focusBackground:`{list.option.focus.background}`,selectedBackground:`{list.option.selected.background}`,selectedFocusBackground:`{list.option.selected.focus.background}`,color:`{list.option.color}`,focusColor:`{list.option.focus.color}`,selectedColor:`{list.option.selected.color}`,selectedFocusColor:`{list.option.selected.focus.color}`,padding:`{list.option.padding}`,borderRadius:`{list.option.border.radius}`},_V={background:`{list.option.group.background}`,color:`{list.option.group.color}`,fontWeight:`{list.option.group.font.weight}`,padding:`{list.option.group.padding}`},vV={color:`{form.field.icon.color}`},yV={color:`{list.option.color}`,gutterStart:`-0.375rem`,gutterEnd:`0.375rem`},bV={padding:`{list.option.padding}`},xV={root:fV,dropdown:pV,overlay:mV,list:hV,option:gV,optionGroup:_V,clearIcon:vV,checkmark:yV,emptyMessage:bV}})),CV,wV,TV,EV=t((()=>{CV={borderRadius:`{form.field.border.radius}`},wV={light:{root:{invalidBorderColor:`{form.field.invalid.border.color}`}},dark:{root:{invalidBorderColor:`{form.field.invalid.border.color}`}}},TV={root:CV,colorScheme:wV}})),DV,OV,kV=t((()=>{DV={background:`{form.field.background}`,disabledBackground:`{form.field.disabled.background}`,filledBackground:`{form.field.filled.background}`,filledHoverBackground:`{form.field.filled.hover.background}`,filledFocusBackground:`{form.field.filled.focus.background}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.hover.border.color}`,focusBorderColor:`{form.field.focus.border.color}`,invalidBorderColor:`{form.field.invalid.border.color}`,color:`{form.field.color}`,disabledColor:`{form.field.disabled.color}`,placeholderColor:`{form.field.placeholder.color}`,invalidPlaceholderColor:`{form.field.invalid.placeholder.color}`,shadow:`{form.field.shadow}`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,borderRadius:`{form.field.border.radius}`,focusRing:{width:`{form.field.focus.ring.width}`,style:`{form.field.focus.ring.style}`,color:`{form.field.focus.ring.color}`,offset:`{form.field.focus.ring.offset}`,shadow:`{form.field.focus.ring.shadow}`},transitionDuration:`{form.field.transition.duration}`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`}},OV={root:DV}})),AV,jV,MV,NV,PV,FV=t((()=>{AV={padding:`0.25rem`,borderRadius:`{content.border.radius}`,gap:`0.5rem`,fontWeight:`500`,disabledBackground:`{form.field.disabled.background}`,disabledBorderColor:`{form.field.disabled.background}`,disabledColor:`{form.field.disabled.color}`,invalidBorderColor:`{form.field.invalid.border.color}`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`{focus.ring.offset}`,shadow:`{focus.ring.shadow}`},transitionDuration:`{form.field.transition.duration}`,sm:{fontSize:`{form.field.sm.font.size}`,padding:`0.25rem`},lg:{fontSize:`{form.field.lg.font.size}`,padding:`0.25rem`}},jV={disabledColor:`{form.field.disabled.color}`},MV={padding:`0.25rem 0.75rem`,borderRadius:`{content.border.radius}`,checkedShadow:`0px 1px 2px 0px rgba(0, 0, 0, 0.02), 0px 1px 2px 0px rgba(0, 0, 0, 0.04)`,sm:{padding:`0.25rem 0.75rem`},lg:{padding:`0.25rem 0.75rem`}},NV={light:{root:{background:`{surface.100}`,checkedBackground:`{surface.100}`,hoverBackground:`{surface.100}`,borderColor:`{surface.100}`,color:`{surface.500}`,hoverColor:`{surface.700}`,checkedColor:`{surface.900}`,checkedBorderColor:`{surface.100}`},content:{checkedBackground:`{surface.0}`},icon:{color:`{surface.500}`,hoverColor:`{surface.700}`,checkedColor:`{surface.900}`}},dark:{root:{background:`{surface.950}`,checkedBackground:`{surface.950}`,hoverBackground:`{surface.950}`,borderColor:`{surface.950}`,color:`{surface.400}`,hoverColor:`{surface.300}`,checkedColor:`{surface.0}`,checkedBorderColor:`{surface.950}`},content:{checkedBackground:`{surface.800}`},icon:{color:`{surface.400}`,hoverColor:`{surface.300}`,checkedColor:`{surface.0}`}}},PV={root:AV,icon:jV,content:MV,colorScheme:NV}})),IV,LV,RV,zV,BV,VV,HV,UV,WV=t((()=>{IV={transitionDuration:`{transition.duration}`},LV={borderWidth:`0 0 1px 0`,background:`{content.background}`,borderColor:`{content.border.color}`},RV={background:`transparent`,hoverBackground:`transparent`,activeBackground:`transparent`,borderWidth:`0 0 1px 0`,borderColor:`{content.border.color}`,hoverBorderColor:`{content.border.color}`,activeBorderColor:`{primary.color}`,color:`{text.muted.color}`,hoverColor:`{text.color}`,activeColor:`{primary.color}`,padding:`1rem 1.125rem`,fontWeight:`600`,margin:`0 0 -1px 0`,gap:`0.5rem`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`-1px`,shadow:`{focus.ring.shadow}`}},zV={background:`{content.background}`,color:`{content.color}`,padding:`0.875rem 1.125rem 1.125rem 1.125rem`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`{focus.ring.offset}`,shadow:`inset {focus.ring.shadow}`}},BV={background:`{content.background}`,color:`{text.muted.color}`,hoverColor:`{text.color}`,width:`2.5rem`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`-1px`,shadow:`{focus.ring.shadow}`}},VV={height:`1px`,bottom:`-1px`,background:`{primary.color}`},HV={light:{navButton:{shadow:`0px 0px 10px 50px rgba(255, 255, 255, 0.6)`}},dark:{navButton:{shadow:`0px 0px 10px 50px color-mix(in srgb, {content.background}, transparent 50%)`}}},UV={root:IV,tablist:LV,tab:RV,tabpanel:zV,navButton:BV,activeBar:VV,colorScheme:HV}})),GV,KV,qV,JV,YV=t((()=>{GV={fontSize:`0.875rem`,fontWeight:`700`,padding:`0.25rem 0.5rem`,gap:`0.25rem`,borderRadius:`{content.border.radius}`,roundedBorderRadius:`{border.radius.xl}`},KV={size:`0.75rem`},qV={light:{primary:{background:`{primary.100}`,color:`{primary.700}`},secondary:{background:`{surface.100}`,color:`{surface.600}`},success:{background:`{green.100}`,color:`{green.700}`},info:{background:`{sky.100}`,color:`{sky.700}`},warn:{background:`{orange.100}`,color:`{orange.700}`},danger:{background:`{red.100}`,color:`{red.700}`},contrast:{background:`{surface.950}`,color:`{surface.0}`}},dark:{primary:{background:`color-mix(in srgb, {primary.500}, transparent 84%)`,color:`{primary.300}`},secondary:{background:`{surface.800}`,color:`{surface.300}`},success:{background:`color-mix(in srgb, {green.500}, transparent 84%)`,color:`{green.300}`},info:{background:`color-mix(in srgb, {sky.500}, transparent 84%)`,color:`{sky.300}`},warn:{background:`color-mix(in srgb, {orange.500}, transparent 84%)`,color:`{orange.300}`},danger:{background:`color-mix(in srgb, {red.500}, transparent 84%)`,color:`{red.300}`},contrast:{background:`{surface.0}`,color:`{surface.950}`}}},JV={root:GV,icon:KV,colorScheme:qV}})),XV,ZV,QV,$V,eH,tH,nH,rH,iH,aH,oH=t((()=>{XV={width:`25rem`,borderRadius:`{content.border.radius}`,borderWidth:`1px`,transitionDuration:`{transition.duration}`},ZV={size:`1.125rem`},QV={padding:`{overlay.popover.padding}`,gap:`0.5rem`},$V={gap:`0.5rem`},eH={fontWeight:`500`,fontSize:`1rem`},tH={fontWeight:`500`,fontSize:`0.875rem`},nH={width:`1.75rem`,height:`1.75rem`,borderRadius:`50%`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,offset:`{focus.ring.offset}`}},rH={size:`1rem`},iH={light:{root:{blur:`1.5px`},info:{background:`color-mix(in srgb, {blue.50}, transparent 5%)`,borderColor:`{blue.200}`,color:`{blue.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`{blue.100}`,focusRing:{color:`{blue.600}`,shadow:`none`}}},success:{background:`color-mix(in srgb, {green.50}, transparent 5%)`,borderColor:`{green.200}`,color:`{green.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`{green.100}`,focusRing:{color:`{green.600}`,shadow:`none`}}},warn:{background:`color-mix(in srgb,{yellow.50}, transparent 5%)`,borderColor:`{yellow.200}`,color:`{yellow.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`{yellow.100}`,focusRing:{color:`{yellow.600}`,shadow:`none`}}},error:{background:`color-mix(in srgb, {red.50}, transparent 5%)`,borderColor:`{red.200}`,color:`{red.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`{red.100}`,focusRing:{color:`{red.600}`,shadow:`none`}}},secondary:{background:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.200}`,focusRing:{color:`{surface.600}`,shadow:`none`}}},contrast:{background:`{surface.900}`,borderColor:`{surface.950}`,color:`{surface.50}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.800}`,focusRing:{color:`{surface.50}`,shadow:`none`}}}},dark:{root:{blur:`10px`},info:{background:`color-mix(in srgb, {blue.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {blue.700}, transparent 64%)`,color:`{blue.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{blue.500}`,shadow:`none`}}},success:{background:`color-mix(in srgb, {green.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {green.700}, transparent 64%)`,color:`{green.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{green.500}`,shadow:`none`}}},warn:{background:`color-mix(in srgb, {yellow.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {yellow.700}, transparent 64%)`,color:`{yellow.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{yellow.500}`,shadow:`none`}}},error:{background:`color-mix(in srgb, {red.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {red.700}, transparent 64%)`,color:`{red.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{red.500}`,shadow:`none`}}},secondary:{background:`{surface.800}`,borderColor:`{surface.700}`,color:`{surface.300}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.700}`,focusRing:{color:`{surface.300}`,shadow:`none`}}},contrast:{background:`{surface.0}`,borderColor:`{surface.100}`,color:`{surface.950}`,detailColor:`{surface.950}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.100}`,focusRing:{color:`{surface.950}`,shadow:`none`}}}}},aH={root:XV,icon:ZV,content:QV,text:$V,summary:eH,detail:tH,closeButton:nH,closeIcon:rH,colorScheme:iH}})),sH,cH,lH,uH,dH=t((()=>{sH={width:`2.5rem`,height:`1.5rem`,borderRadius:`30px`,gap:`0.25rem`,shadow:`{form.field.shadow}`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`{focus.ring.offset}`,shadow:`{focus.ring.shadow}`},borderWidth:`1px`,borderColor:`transparent`,hoverBorderColor:`transparent`,checkedBorderColor:`transparent`,checkedHoverBorderColor:`transparent`,invalidBorderColor:`{form.field.invalid.border.color}`,transitionDuration:`{form.field.transition.duration}`,slideDuration:`0.2s`},cH={borderRadius:`50%`,size:`1rem`},lH={light:{root:{background:`{surface.300}`,disabledBackground:`{form.field.disabled.background}`,hoverBackground:`{surface.400}`,checkedBackground:`{primary.color}`,checkedHoverBackground:`{primary.hover.color}`},handle:{background:`{surface.0}`,disabledBackground:`{form.field.disabled.color}`,hoverBackground:`{surface.0}`,checkedBackground:`{surface.0}`,checkedHoverBackground:`{surface.0}`,color:`{text.muted.color}`,hoverColor:`{text.color}`,checkedColor:`{primary.color}`,checkedHoverColor:`{primary.hover.color}`}},dark:{root:{background:`{surface.700}`,disabledBackground:`{surface.600}`,hoverBackground:`{surface.600}`,checkedBackground:`{primary.color}`,checkedHoverBackground:`{primary.hover.color}`},handle:{background:`{surface.400}`,disabledBackground:`{surface.900}`,hoverBackground:`{surface.300}`,checkedBackground:`{surface.900}`,checkedHoverBackground:`{surface.900}`,color:`{surface.900}`,hoverColor:`{surface.800}`,checkedColor:`{primary.color}`,checkedHoverColor:`{primary.hover.color}`}}},uH={root:sH,handle:cH,colorScheme:lH}})),fH,pH,mH,hH=t((()=>{fH={maxWidth:`12.5rem`,gutter:`0.25rem`,shadow:`{overlay.popover.shadow}`,padding:`0.5rem 0.75rem`,borderRadius:`{overlay.popover.border.radius}`},pH={light:{root:{background:`{surface.700}`,color:`{surface.0}`}},dark:{root:{background:`{surface.700}`,color:`{surface.0}`}}},mH={root:fH,colorScheme:pH}})),gH,_H,vH,yH,bH,xH,SH,CH,wH=t((()=>{gH={background:`{content.background}`,color:`{content.color}`,padding:`1rem`,gap:`2px`,indent:`1rem`,transitionDuration:`{transition.duration}`},_H={padding:`0.25rem 0.5rem`,borderRadius:`{content.border.radius}`,hoverBackground:`{content.hover.background}`,selectedBackground:`{highlight.background}`,color:`{text.color}`,hoverColor:`{text.hover.color}`,selectedColor:`{highlight.color}`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`-1px`,shadow:`{focus.ring.shadow}`},gap:`0.25rem`},vH={color:`{text.muted.color}`,hoverColor:`{text.hover.muted.color}`,selectedColor:`{highlight.color}`},yH={borderRadius:`50%`,size:`1.75rem`,hoverBackground:`{content.hover.background}`,selectedHoverBackground:`{content.background}`,color:`{text.muted.color}`,hoverColor:`{text.hover.muted.color}`,selectedHoverColor:`{primary.color}`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`{focus.ring.offset}`,shadow:`{focus.ring.shadow}`}},bH={size:`2rem`},xH={margin:`0 0 0.5rem 0`},SH=`
    .p-tree-mask.p-overlay-mask {
        --px-mask-background: light-dark(rgba(255,255,255,0.5),rgba(0,0,0,0.3));
    }
`,CH={root:gH,node:_H,nodeIcon:vH,nodeToggleButton:yH,loadingIcon:bH,filter:xH,css:SH}})),TH,EH,DH=t((()=>{TH={mask:{background:`{content.background}`,color:`{text.muted.color}`},icon:{size:`2rem`}},EH={loader:TH}})),OH,kH=t((()=>{OH=`
    li.p-autocomplete-option,
    div.p-cascadeselect-option-content,
    li.p-listbox-option,
    li.p-multiselect-option,
    li.p-select-option,
    li.p-listbox-option,
    div.p-tree-node-content,
    li.p-datatable-filter-constraint,
    .p-datatable .p-datatable-tbody > tr,
    .p-treetable .p-treetable-tbody > tr,
    div.p-menu-item-content,
    div.p-tieredmenu-item-content,
    div.p-contextmenu-item-content,
    div.p-menubar-item-content,
    div.p-megamenu-item-content,
    div.p-panelmenu-header-content,
    div.p-panelmenu-item-content,
    th.p-datatable-header-cell,
    th.p-treetable-header-cell,
    thead.p-datatable-thead > tr > th,
    .p-treetable thead.p-treetable-thead>tr>th {
        transition: none;
    }
`})),AH,jH=t((()=>{ng(),eE(),AH={install:function(e){var t={require:function(e){tg.emit(`confirm`,e)},close:function(){tg.emit(`close`)}};e.config.globalProperties.$confirm=t,e.provide($T,t)}}}));function MH(e){"@babel/helpers - typeof";return MH=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},MH(e)}function NH(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function PH(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?NH(Object(n),!0).forEach(function(t){FH(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):NH(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function FH(e,t,n){return(t=IH(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function IH(e){var t=LH(e,`string`);return MH(t)==`symbol`?t:t+``}function LH(e,t){if(MH(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(MH(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function RH(e,t){var n={config:/* @__PURE__ */ St(t)};return e.config.globalProperties.$primevue=n,e.provide(HH,n),zH(),BH(e,n),n}function zH(){np.clear(),UH.forEach(function(e){return e?.()}),UH=[]}function BH(e,t){var n=/* @__PURE__ */ N(!1),r=function(){if(t.config?.theme!==`none`&&!up.isStyleNameLoaded(`common`)){var e,n=Y.getCommonTheme?.call(Y)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};Y.load(r?.css,PH({name:`primitive-variables`},s)),Y.load(i?.css,PH({name:`semantic-variables`},s)),Y.load(a?.css,PH({name:`global-variables`},s)),Y.loadStyle(PH({name:`global-style`},s),o),up.setLoadedStyleName(`common`)}};np.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=xr(t.config,function(e,t){oh.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=xr(function(){return t.config.ripple},function(e,t){oh.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=xr(function(){return t.config.theme},function(e,i){n.value||up.setTheme(e),t.config.unstyled||r(),n.value=!1,oh.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=xr(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),oh.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});UH.push(i),UH.push(a),UH.push(o),UH.push(s)}var VH,HH,UH,WH,GH=t((()=>{dp(),Mf(),Yk(),cm(),sh(),q(),VH={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[qk.STARTS_WITH,qk.CONTAINS,qk.NOT_CONTAINS,qk.ENDS_WITH,qk.EQUALS,qk.NOT_EQUALS],numeric:[qk.EQUALS,qk.NOT_EQUALS,qk.LESS_THAN,qk.LESS_THAN_OR_EQUAL_TO,qk.GREATER_THAN,qk.GREATER_THAN_OR_EQUAL_TO],date:[qk.DATE_IS,qk.DATE_IS_NOT,qk.DATE_BEFORE,qk.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},HH=Symbol(),UH=[],WH={install:function(e,t){RH(e,mf(VH,t))}}})),KH=t((()=>{GH(),GH()})),qH,JH=t((()=>{mv(),Ky(),qH={install:function(e){var t={add:function(e){pv.emit(`add`,e)},remove:function(e){pv.emit(`remove`,e)},removeGroup:function(e){pv.emit(`remove-group`,e)},removeAllGroups:function(){pv.emit(`remove-all-groups`)}};e.config.globalProperties.$toast=t,e.provide(Gy,t)}}})),YH,XH=t((()=>{YH=`
    .p-tooltip {
        position: absolute;
        display: none;
        max-width: dt('tooltip.max.width');
    }

    .p-tooltip-right,
    .p-tooltip-left {
        padding: 0 dt('tooltip.gutter');
    }

    .p-tooltip-top,
    .p-tooltip-bottom {
        padding: dt('tooltip.gutter') 0;
    }

    .p-tooltip-text {
        white-space: pre-line;
        word-break: break-word;
        background: dt('tooltip.background');
        color: dt('tooltip.color');
        padding: dt('tooltip.padding');
        box-shadow: dt('tooltip.shadow');
        border-radius: dt('tooltip.border.radius');
    }

    .p-tooltip-arrow {
        position: absolute;
        width: 0;
        height: 0;
        border-color: transparent;
        border-style: solid;
    }

    .p-tooltip-right .p-tooltip-arrow {
        margin-top: calc(-1 * dt('tooltip.gutter'));
        border-width: dt('tooltip.gutter') dt('tooltip.gutter') dt('tooltip.gutter') 0;
        border-right-color: dt('tooltip.background');
    }

    .p-tooltip-left .p-tooltip-arrow {
        margin-top: calc(-1 * dt('tooltip.gutter'));
        border-width: dt('tooltip.gutter') 0 dt('tooltip.gutter') dt('tooltip.gutter');
        border-left-color: dt('tooltip.background');
    }

    .p-tooltip-top .p-tooltip-arrow {
        margin-left: calc(-1 * dt('tooltip.gutter'));
        border-width: dt('tooltip.gutter') dt('tooltip.gutter') 0 dt('tooltip.gutter');
        border-top-color: dt('tooltip.background');
        border-bottom-color: dt('tooltip.background');
    }

    .p-tooltip-bottom .p-tooltip-arrow {
        margin-left: calc(-1 * dt('tooltip.gutter'));
        border-width: 0 dt('tooltip.gutter') dt('tooltip.gutter') dt('tooltip.gutter');
        border-top-color: dt('tooltip.background');
        border-bottom-color: dt('tooltip.background');
    }
`})),ZH,QH=t((()=>{XH(),cm(),ZH=Y.extend({name:`tooltip-directive`,style:YH,classes:{root:`p-tooltip p-component`,arrow:`p-tooltip-arrow`,text:`p-tooltip-text`}})}));function $H(e,t){return iU(e)||rU(e,t)||tU(e,t)||eU()}function eU(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function tU(e,t){if(e){if(typeof e==`string`)return nU(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?nU(e,t):void 0}}function nU(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function rU(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function iU(e){if(Array.isArray(e))return e}function aU(e,t,n){return(t=oU(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function oU(e){var t=sU(e,`string`);return cU(t)==`symbol`?t:t+``}function sU(e,t){if(cU(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(cU(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function cU(e){"@babel/helpers - typeof";return cU=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},cU(e)}var lU,uU,dU=t((()=>{Pp(),Wd(),Tf(),Of(),jf(),rA(),bh(),QH(),lU=X.extend({style:ZH}),uU=lU.extend(`tooltip`,{beforeMount:function(e,t){var n,r=this.getTarget(e);if(r.$_ptooltipModifiers=this.getModifiers(t),t.value){if(typeof t.value==`string`)r.$_ptooltipValue=t.value,r.$_ptooltipDisabled=!1,r.$_ptooltipEscape=!0,r.$_ptooltipClass=null,r.$_ptooltipFitContent=!0,r.$_ptooltipIdAttr=Ef(`pv_id`)+`_tooltip`,r.$_ptooltipShowDelay=0,r.$_ptooltipHideDelay=0,r.$_ptooltipAutoHide=!0;else if(cU(t.value)===`object`&&t.value){if(Jd(t.value.value)||t.value.value.trim()===``)return;r.$_ptooltipValue=t.value.value,r.$_ptooltipDisabled=!!t.value.disabled===t.value.disabled&&t.value.disabled,r.$_ptooltipEscape=!!t.value.escape!==t.value.escape||t.value.escape,r.$_ptooltipClass=t.value.class||``,r.$_ptooltipFitContent=!!t.value.fitContent!==t.value.fitContent||t.value.fitContent,r.$_ptooltipIdAttr=t.value.id||Ef(`pv_id`)+`_tooltip`,r.$_ptooltipShowDelay=t.value.showDelay||0,r.$_ptooltipHideDelay=t.value.hideDelay||0,r.$_ptooltipAutoHide=!!t.value.autoHide!==t.value.autoHide||t.value.autoHide}r.$_ptooltipZIndex=(n=t.instance.$primevue)==null||(n=n.config)==null||(n=n.zIndex)==null?void 0:n.tooltip,this.bindEvents(r,t),e.setAttribute(`data-pd-tooltip`,!0)}},updated:function(e,t){var n=this.getTarget(e);if(n.$_ptooltipModifiers=this.getModifiers(t),this.unbindEvents(n),t.value){if(typeof t.value==`string`)n.$_ptooltipValue=t.value,n.$_ptooltipDisabled=!1,n.$_ptooltipEscape=!0,n.$_ptooltipClass=null,n.$_ptooltipIdAttr=n.$_ptooltipIdAttr||Ef(`pv_id`)+`_tooltip`,n.$_ptooltipShowDelay=0,n.$_ptooltipHideDelay=0,n.$_ptooltipAutoHide=!0,this.bindEvents(n,t);else if(cU(t.value)===`object`&&t.value){if(Jd(t.value.value)||t.value.value.trim()===``){this.unbindEvents(n,t);return}n.$_ptooltipValue=t.value.value,n.$_ptooltipDisabled=!!t.value.disabled===t.value.disabled&&t.value.disabled,n.$_ptooltipEscape=!!t.value.escape!==t.value.escape||t.value.escape,n.$_ptooltipClass=t.value.class||``,n.$_ptooltipFitContent=!!t.value.fitContent!==t.value.fitContent||t.value.fitContent,n.$_ptooltipIdAttr=t.value.id||n.$_ptooltipIdAttr||Ef(`pv_id`)+`_tooltip`,n.$_ptooltipShowDelay=t.value.showDelay||0,n.$_ptooltipHideDelay=t.value.hideDelay||0,n.$_ptooltipAutoHide=!!t.value.autoHide!==t.value.autoHide||t.value.autoHide,this.bindEvents(n,t)}}},unmounted:function(e,t){var n=this.getTarget(e);this.hide(e,0),this.remove(n),this.unbindEvents(n,t),n.$_ptooltipScrollHandler&&=(n.$_ptooltipScrollHandler.destroy(),null)},methods:{bindEvents:function(e,t){var n=this;e.$_ptooltipModifiers.focus?(e.$_ptooltipFocusEvent=function(e){return n.onFocus(e,t)},e.$_ptooltipBlurEvent=this.onBlur.bind(this),e.addEventListener(`focus`,e.$_ptooltipFocusEvent),e.addEventListener(`blur`,e.$_ptooltipBlurEvent)):(e.$_ptooltipMouseEnterEvent=function(e){return n.onMouseEnter(e,t)},e.$_ptooltipMouseLeaveEvent=this.onMouseLeave.bind(this),e.$_ptooltipClickEvent=this.onClick.bind(this),e.addEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),e.addEventListener(`mouseleave`,e.$_ptooltipMouseLeaveEvent),e.addEventListener(`click`,e.$_ptooltipClickEvent)),e.$_ptooltipKeydownEvent=this.onKeydown.bind(this),e.addEventListener(`keydown`,e.$_ptooltipKeydownEvent),e.$_pWindowResizeEvent=this.onWindowResize.bind(this,e)},unbindEvents:function(e){e.$_ptooltipModifiers.focus?(e.removeEventListener(`focus`,e.$_ptooltipFocusEvent),e.$_ptooltipFocusEvent=null,e.removeEventListener(`blur`,e.$_ptooltipBlurEvent),e.$_ptooltipBlurEvent=null):(e.removeEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),e.$_ptooltipMouseEnterEvent=null,e.removeEventListener(`mouseleave`,e.$_ptooltipMouseLeaveEvent),e.$_ptooltipMouseLeaveEvent=null,e.removeEventListener(`click`,e.$_ptooltipClickEvent),e.$_ptooltipClickEvent=null),e.removeEventListener(`keydown`,e.$_ptooltipKeydownEvent),window.removeEventListener(`resize`,e.$_pWindowResizeEvent),e.$_ptooltipId&&this.remove(e)},bindScrollListener:function(e){var t=this;e.$_ptooltipScrollHandler||=new nA(e,function(){t.hide(e)}),e.$_ptooltipScrollHandler.bindScrollListener()},unbindScrollListener:function(e){e.$_ptooltipScrollHandler&&e.$_ptooltipScrollHandler.unbindScrollListener()},onMouseEnter:function(e,t){var n=e.currentTarget,r=n.$_ptooltipShowDelay;this.show(n,t,r)},onMouseLeave:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;(t.$_ptooltipAutoHide||Dd(e.target,`data-pc-name`)!==`tooltip`&&Dd(e.target,`data-pc-section`)!==`arrow`&&Dd(e.target,`data-pc-section`)!==`text`&&Dd(e.relatedTarget,`data-pc-name`)!==`tooltip`&&Dd(e.relatedTarget,`data-pc-section`)!==`arrow`&&Dd(e.relatedTarget,`data-pc-section`)!==`text`)&&this.hide(t,n)},onFocus:function(e,t){var n=e.currentTarget,r=n.$_ptooltipShowDelay;this.show(n,t,r)},onBlur:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;this.hide(t,n)},onClick:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;this.hide(t,n)},onKeydown:function(e){var t=e.currentTarget.$_ptooltipHideDelay;e.code===`Escape`&&this.hide(e.currentTarget,t)},onWindowResize:function(e){Hd()||this.hide(e),window.removeEventListener(`resize`,e.$_pWindowResizeEvent)},tooltipActions:function(e,t){if(!e.$_ptooltipDisabled&&vd(e)&&e.$_ptooltipPendingShow){e.$_ptooltipPendingShow=!1,this.remove(e);var n=this.create(e,t);this.align(e),!this.isUnstyled()&&Cd(n,250);var r=this;window.addEventListener(`resize`,e.$_pWindowResizeEvent),n.addEventListener(`mouseleave`,function t(){r.hide(e),n.removeEventListener(`mouseleave`,t),e.removeEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),setTimeout(function(){return e.addEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent)},50)}),this.bindScrollListener(e),Af.set(`tooltip`,n,e.$_ptooltipZIndex)}},show:function(e,t,n){var r=this;clearTimeout(e.$_ptooltipShowTimer),clearTimeout(e.$_ptooltipHideTimer),n===void 0?(this.tooltipActions(e,t),e.$_ptooltipPendingShow=!1):(e.$_ptooltipShowTimer=setTimeout(function(){return r.tooltipActions(e,t)},n),e.$_ptooltipPendingShow=!0)},tooltipRemoval:function(e){this.remove(e),this.unbindScrollListener(e),window.removeEventListener(`resize`,e.$_pWindowResizeEvent)},hide:function(e,t){var n=this;clearTimeout(e.$_ptooltipShowTimer),clearTimeout(e.$_ptooltipHideTimer),e.$_ptooltipPendingShow=!1,t===void 0?this.tooltipRemoval(e):e.$_ptooltipHideTimer=setTimeout(function(){return n.tooltipRemoval(e)},t)},getTooltipElement:function(e){return document.getElementById(e.$_ptooltipId)},getArrowElement:function(e){return Td(this.getTooltipElement(e),`[data-pc-section="arrow"]`)},create:function(e){var t=e.$_ptooltipModifiers,n=Sd(`div`,{class:!this.isUnstyled()&&this.cx(`arrow`),"p-bind":this.ptm(`arrow`,{context:t})}),r=Sd(`div`,{class:!this.isUnstyled()&&this.cx(`text`),"p-bind":this.ptm(`text`,{context:t})});e.$_ptooltipEscape?(r.innerHTML=``,r.appendChild(document.createTextNode(e.$_ptooltipValue))):r.innerHTML=e.$_ptooltipValue;var i=Sd(`div`,aU(aU({id:e.$_ptooltipIdAttr,role:`tooltip`,style:{display:`inline-block`,width:e.$_ptooltipFitContent?`fit-content`:void 0,pointerEvents:!this.isUnstyled()&&e.$_ptooltipAutoHide&&`none`},class:[!this.isUnstyled()&&this.cx(`root`),e.$_ptooltipClass]},this.$attrSelector,``),`p-bind`,this.ptm(`root`,{context:t})),n,r);return Tp().appendChild(i),e.$_ptooltipId=i.id,this.$el=i,i},remove:function(e){if(e){var t=this.getTooltipElement(e);t&&t.parentElement&&(Af.clear(t),t.remove()),e.$_ptooltipId=null}},align:function(e){var t=e.$_ptooltipModifiers;t.top?(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignTop(e))):t.left?(this.alignLeft(e),this.isOutOfBounds(e)&&(this.alignRight(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignLeft(e))))):t.bottom?(this.alignBottom(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&this.alignBottom(e))):(this.alignRight(e),this.isOutOfBounds(e)&&(this.alignLeft(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignRight(e)))))},getHostOffset:function(e){var t=e.getBoundingClientRect();return{left:t.left+ud(),top:t.top+dd()}},alignRight:function(e){this.preAlign(e,`right`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=this.getHostOffset(e),i=r.left+hd(e),a=r.top+(Nd(e)-Nd(t))/2;t.style.left=i+`px`,t.style.top=a+`px`,n.style.top=`50%`,n.style.right=null,n.style.bottom=null,n.style.left=`0`},alignLeft:function(e){this.preAlign(e,`left`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=this.getHostOffset(e),i=r.left-hd(t),a=r.top+(Nd(e)-Nd(t))/2;t.style.left=i+`px`,t.style.top=a+`px`,n.style.top=`50%`,n.style.right=`0`,n.style.bottom=null,n.style.left=null},alignTop:function(e){this.preAlign(e,`top`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=hd(t),i=hd(e),a=cd().width,o=this.getHostOffset(e),s=o.left+(i-r)/2,c=o.top-Nd(t);s<0?s=0:s+r>a&&(s=Math.floor(o.left+i-r)),t.style.left=s+`px`,t.style.top=c+`px`;var l=o.left-this.getHostOffset(t).left+i/2;n.style.top=null,n.style.right=null,n.style.bottom=`0`,n.style.left=l+`px`},alignBottom:function(e){this.preAlign(e,`bottom`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=hd(t),i=hd(e),a=cd().width,o=this.getHostOffset(e),s=o.left+(i-r)/2,c=o.top+Nd(e);s<0?s=0:s+r>a&&(s=Math.floor(o.left+i-r)),t.style.left=s+`px`,t.style.top=c+`px`;var l=o.left-this.getHostOffset(t).left+i/2;n.style.top=`0`,n.style.right=null,n.style.bottom=null,n.style.left=l+`px`},preAlign:function(e,t){var n=this.getTooltipElement(e);n.style.left=`-999px`,n.style.top=`-999px`,id(n,`p-tooltip-${n.$_ptooltipPosition}`),!this.isUnstyled()&&td(n,`p-tooltip-${t}`),n.$_ptooltipPosition=t,n.setAttribute(`data-p-position`,t)},isOutOfBounds:function(e){var t=this.getTooltipElement(e),n=t.getBoundingClientRect(),r=n.top,i=n.left,a=hd(t),o=Nd(t),s=cd();return i+a>s.width||i<0||r<0||r+o>s.height},getTarget:function(e){return ed(e,`p-inputwrapper`)?Td(e,`input`)??e:e},getModifiers:function(e){return e.modifiers&&Object.keys(e.modifiers).length?e.modifiers:e.arg&&cU(e.arg)===`object`?Object.entries(e.arg).reduce(function(e,t){var n=$H(t,2),r=n[0],i=n[1];return(r===`event`||r===`position`)&&(e[i]=!0),e},{}):{}}}})}));function fU(e){e.use(WH,{theme:{preset:mU,options:{prefix:`mm`,cssLayer:{name:`mm`,order:`mm`},darkModeSelector:`.${Dp}`}}}),e.use(qH),e.use(AH),e.directive(`tooltip`,uU)}var pU,mU,hU=t((()=>{tB(),aB(),pB(),_B(),xB(),OB(),jB(),IB(),zB(),XB(),rV(),cV(),dV(),SV(),EV(),kV(),FV(),WV(),YV(),oH(),dH(),hH(),wH(),DH(),kH(),jH(),KH(),JH(),dU(),Pp(),pU={...iB,components:{badge:fB,button:gB,confirmdialog:bB,dialog:DB,iconfield:AB,inputnumber:FB,inputtext:RB,message:YB,password:nV,progressbar:sV,progressspinner:uV,select:xV,selectbutton:TV,textarea:OV,togglebutton:PV,tabs:UV,tag:JV,toast:aH,toggleswitch:uH,tooltip:mH,tree:CH,virtualscroller:EH},css:OH},mU=eB(pU,{semantic:{primary:iB.primitive.blue,colorScheme:{light:{primary:{color:`{primary.600}`,contrastColor:`#ffffff`,hoverColor:`{primary.700}`,activeColor:`{primary.800}`}}}}})}));function gU(e,t,n,r={}){let i=Gu(e,r);return fU(i),i.use(Yz(n)),i.provide(rT,t),i}function _U(e,t){let n=wp(t),r=e.unmount.bind(e);return e.unmount=()=>{r(),n()},e.mount(t),e}var vU=t((()=>{q(),iT(),$z(),Pp(),hU()})),yU,bU=t((()=>{yU=`@font-face{font-family:'primeicons';font-display:block;font-weight:normal;font-style:normal;src:url(data:font/woff2;base64,d09GMgABAAAAAH80AA0AAAABaHQAAH7YAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGhgGYACILBEICoWZIISFBguFWAABNgIkA4ViBCAFgz8HnDhboBpx7gBW63YYWvNlfoiRCGHjAmPYeH1m1Ja1xSrZ////n5VUxtg+ZD9cIC3NMnJ3E47WIURSkWZ3dDKimYnEYq/dCFMm0KM1tINlRb7BeB0sqoveyRmOxUXek67YzplWUq/4Tec0g6gop3XzYUd5Y5cdVvwSJH7z+bW7UcGnKOkSlSq6RdZpfSSiJNjZnYaWIHS4CwuBcUGt5MHF7gdHjpElDzrTdmODM5jXLPqjgurN+v/1/ys7A9tG/iQnLwlP/aX7dn+/Op5GeObBgHUMRz19vArkhuW1w+MTBzcpDe5yzgEmSvR8JdKA8hk6sdrUT6sHo0cku9seZEKxpRAAVoPbDDljPszsZ5jec99xqMHNcWABAD394vbePL+gNxKhCbL5Za9S76IoRj/wbut9tgr6wQkosh0LAcdmKaiggoIr3WBtS9OGJmXX1KalUNeyqU3tugsbtq468a6rK691o9Tuuruusq7bDup53wMLRRUQASCy6WJNjNWUv8MKIS3bTLLvkz35pYHnMa5KXYVEKc5opORene/rsxTS+XRncywlVpIPTC7wxLgRv73z2HGsL/VH5l2TrYNB6/mucdNxWUg39xBRkZH/y2mlL8UDVSo72YnjBYbAMJRUthUwK0006V4tqK5VV4EdJ/GAzYEGB6gzTOlc9+27z//a9Pt4t3vQLTJX+AFYqv45UksDDnvYFGAjJR7b0tX/7veae+qSIjzgJA8/PIICs2+/bLvNzdkJOWdWP4RtIMzKzgMFNhar23+UiIqpCzdgd2LW/++rlu37IDFLajVeSrOBzpoN2bYcazrEULr0cfXefe/9/9/7/yF8fHAQSA0JUloQCguC1AiSqDH/BwMAkiJIaeZoNZvSrOOMUwIhchfUaryURrMpaJMcYtA65URnuVvXLhoXpWuvi8Zl6c5tm5vCUNmGFoSVLHNs/i/7xNeZNjWliBurhg8MNWgRXPbb8383ROE0DMUAZYS+iu/o+72ubsDWorsvmnJZJJRkHAMSrFc//voxNltE+6UuxGiUg6O2v485+4fi/ZjrppicGkFBuoqitN0+swvJf2kRISfP/JNPX/H1kB1AKGrUek2VY8Mtf4APkidc20d2Y/iiKsvmbWKWHEx+ZvvGz0SDvAtrUVLGrAlsElsW445/yllIkSiFxdvjyTRzr9wdLa5FLdZn9v+hNF4QJVlRqTVanR4AIRhB2Rwujy8QisQSKSaTK5QqtUar0xuMJpwgKdpssdrsDqfL7fEyMrlCqVJrtDq9nb2Do5Ozi6sbuQAiTGRF1XTDtGzH9fwgjOIkzfKirOqm7fphnOZl3fbjvCAYQTGcICmaYTleAKIkK6qmG6ZlO67nB2EUJ2mWF2VVN23XD+M0L+u2H+d1P+/v/wGIMKFBGMWMJ2mWF2VVN20n+mGc5mWVShvrtv04r/t5v99HbX3Mte/n/c6fhsobDk8gksgUKmoaWjp6ABEm1HZczw/CKE5SluVFWdVN2/XDOHEhlZ6XdduP87qf12R5UVZ103Y9KhQ0DCwcPAIiEgAIAkOQUVDR0DEwsbBxcPHwCQiJiEkuEQIYIiIoorcdXK9/ldmMRBxTZ3L53qbX5dx6FQfEQiBckSnfJ7nkdkGD3E4tv6tfDp9qCaq7a2ey+6Fb+4fNCH081jQBy5LGV2I0brD/Q+cyiGKoITdJxQlyDtoFpehjMB7FxmeSlAf1X+XqxoxNyPQQnQVOyuBJqaOi0GRir0BNBPTuTiz1g/E7jWbyoqkuJXSyQA0fjfyYrdyISmgKlVV8B2rhvRLdsSdkTAJZwLmIGPGdY6LDVpRDFzU6wq5Ih9CHLgUD8J92wMH3qVKFS2BwmPl53xHjFgJozI7WTW4YczttRcyJ47fstG/NlkXzaC5bGbMyL/PmZ821q1seY51/Zpp7hsOeZ09Ra0Jjo72FeK8eNhp22asUOaKRnJtqXTaj7JGQsh1LxXj9aabp8z4xG2uND7SfmYHI9luog2WRLXo+LDBANPFkvkg9gI7BlJU4jJSDnOOFFArDkYkEQtjseyscjiJrtuTHA+VO21Z5w7AIeeXe4b2RsXnocN33v2CbUry4cDy3+iWZQPp5irth6JFChe1oZshNJKHrMfMI0dwWwEGrdWpkZ4s4FADNSQNiyUqKv9YgJkJE0uTedHjlWnB0vnezIT8uAtRq/PAHAPMzQtz74tB6sjPy3B72mdJbmmPtcTjUq7VqdRBOaKPnwMsXMM3hz++ZjJOkTOJhIa6vTAohhWqBD7fx+63WZJY4bAWTcaNRr9NR+DcJzIBnX7vFR9KlbtntumE34UpwwdVgbKw9po4jSwIPEIk3ESCP6k1ThDo/nwj6GCHK025hWJvxYWng1kxbTIU4mNhaZ4FZCeb5x6hT3MORnD0n6Ospdty6MurDhERt5ob6JL+SLjz6tsQkhRTW1kAMo7txBsDB/CCqB8QfmNL2YtOThEdfPxuhwxGNXdyd6Gge7gadUwL5xMHJOy7hh8L1ufL07JCUovHJCjmQxeoBUnwyYRmWJvuokdmBmQ/h+HhEtSjqSzmwaFF5zyjEpADo8/0lwAMnMsWDyNlWpCW51VKRzpy5e/zabN4h3qiwQ2co02vBzG5524Vw286JSqOKBJmq2t4+IrevDFkdAtWSQSi2056/3YO08lplhnticl6Zpi5w5HaKPSZc3R43xh8vuoIlrCFYxVqNOFseOdTamA1r3GdnZ6lRN82JIdfQgwBMhs7bpJ2k5fmMlIqtimyskmvd8SNrynJMac0AZmXQKV/XD4VoNn2Bo8fT3KncUAT+HCDMlUCkc3KnlPivUtjKsaTh3E8jeVuf2RlDXY0IRWPD3RVMi4KHaWW3Z2RsyTs3OR2HWo6cobop1sUcInxBFMHiy7kQKZ8xwfolGRFuyCIG8OQFpeZ75kfZXxZkueOBsJp/OYuceoiFLEn+alSTCAM4HpW8HXMWoNScd52LE8I6uUhZRShE5EwIAxGFcRAcnKh4PhzQmyvJgvmJgk5jathXnLn+ax0s95Z8fl9vjX1/NsH4HDQOWDy1lQrLS9cjAakRLgA3Scq7q62WB0q8A5zv3BNIexc0nZm75GqUQ/VEhGYyUOMe82BMW90Jfy1dcENG/jT2xD2UopGoqytjxeIHlIvP9bfDKMyuut0UfZtO3I1auwhl2OTI7wOP05ZR3Cmb9JysF0n84Va+EdByyVf7Kan5SKlH3Axw4HUZTKsGTwjDcdGRGGHajDI0oQwfzER4hx163EQXHTGB5TM1E3nd5mY6gfC6njjvDdwUq7DaQywA9x/rp+7yklqs3L+ieefJzTGRp2Tz3p4J1q69xZA+MJN9xdpKXDeOIz/XZLdM/EzhFiW+AN4y5V8aSWtFCGIT5TEtITblcBVDIwrrRISp3Zo9ooJAoHbCbRxjnQuIC3H76ucptf46PYi8NZtEeFh3FdgX0EmOYROhjCkg54+1U2j43FxOsygi0bkxdQnobrf1a0ySM5suNyYwZJ+QXKyARj4GI8C2equEtUDnr6SQUkLB9gGJlUYd2BeEqV4CCp2est0WxNAc5qAUIvK6C0Q8JJgTjMRStxqwDQHW2RR7JlQsOS5zDRERzgQZHQJ9vIWQf1pK2yMqQ9ruES/1iECEn1xrTEXPHo67tsVCT4srngk5TAW3SBJsDcP2pUMWJdFhtPKwjc9F22LPArIqEgKX6R/ToBoR97h1ta+Ra6lcGfdUpy5QmqJVqtVVcMh3ICL5FOCNBvf0rA2084kXnoBKtxRyOVcK3bYmgVke6m6tzG+Am+bA9Dw1J1ZFh+kRA23q1wN7Z1tNmpRDdA60X0y4P7XNSeiBMUoRa9s2xTGmUQTodrnmRq1wqa1vd0LPiG40B+IRKpfOzYAVTDooJLZlxPufVcmzFaW9R0Q5hfYYXX2OOjjdSmzG8Lp6Fz72GU2vWyZXJUuP0+J1Eu3pJvleQhqSznmuoucYpRieDUaPE86fheYAKM9ds/yAGhGaDduBfORJS1AhuyIHT8iXrpDa4UQYwHzh613Ktu8/lDAIJMFfHm/6mZ25v5rhD64tit3zUnOgNQax34m4VZF1AIfF+J4urPYU6+Q06gXX6JMUCHsmRoeXADthYL5NdS31/JbAzjIACDdsj7zYZ4uRlJ04ZNdkXgnx6mbvr3mhtv/y+hyKgddbYF75WHIaLgsfk8DtXA689028W1qWK911YjP93UpYUNOwMBItnhI5nkud1CKOw2lDBWY+yLHwxp9p6zXjomwwczSXuTNcXArYCgVkj1GSep42MtXSsCvEMop5IUUVFfEqAAd/PHrskKj+RSyAtkBmj/cMA5OTsc6bytNCuX0EOYZiZOv0smCxhhZM6iJybevLfmFSu0VZsPM03E0V9YGGGZyJNr/1mAsfv33A50b/VOh70zN4U7q17b6V1NpZzP5cEPh+LBD+4HdX7jXG618AwJJK1WcmaKBy/29G/uuZHqNKj2njyBzOGcTt0rwi+8ZOb0d1bs/d0WKq9p3W0wMiQkli6ZXZmoEmvZwHMSBhIeF74AQwK0lzGs8jhgsY4zQRAUhJ64o1hg0AItyQ2EVRaTvFMXhehNTWwXLdkWgxNbruENKNxMllIrUcEv1kjtfyuQqVJRDnkSJTc3gOxNhAllMAvsMBcRpFkPKrDZGgkaRTLqJWWJjxiOcChzNtBpeXcCmhLoWQDhjDAzqpk5/NarmsmtcyYyqfy8Q2DlYrg9EohreYvWuxbg1l7cwAqYyArqQFI2LABUfzAg6jRDOw2EUYNTbF+B6Dsyn6Zj8gEESDLdplgXFXLiCaYYpWvqQqcVQWriEDGLhkHgWQiD5gXVIuY8ahQTXy/XCafotiPJ8ww5styKknUYp8e0jta0s+dFWta4mNR9y5nuGP3jBbY61olKB4YJWYZdsq8ezuQi2T4Q+szvOdz6iGfiilXkVU4N3htbIUg4Xaa92+FGF8eSQxmTxQY55MqW93Oh8NsqD+Irggn96eeStL3recplt8DGqAycPSMBKNqg9e0gq1zBDmcvQSmuJYMeDKlOJBXVdOl0SFYmesKdchJxrVnCtBWl6GgBuUdWjRLGVePGmSRoKN5zlVI1gvkTBpRo1yJHd8FKm4E+OC6SIZi2QOFpHNp9wIJqCtznpTgqnIKVAvx0hUcjwo8lUAgCfMwMcqBv2jFM3QAs2fwFE24ocKhJtvLqcaEIpeAQd2NIuIlIY+Vz0RchbMONRRSNvakFWywqJWW9/miDcoATEmBOuSorZUwWPCwyphtOtLrGDpaMlAST2FrIbRQXUiFzjTL3ZjKp9TT0jOUvaW5qhgbdI20Dw8SZLOJ2LkBxrZFLG4XUyTr2yLfZpSaD2qPmEXkWPdCROLGTGuSG6vQ7jPFLGiqXytn0YSc7FqeflvHWk2bXRrn1aO8CeW8vM4bSKan7mwQhnFVotPMYMBfBKnpUuu8NqDaKLKfXOaxgxF76iTTY9SAXX9XEntScDvQyxrMFmEQ2Ex7IkNyHce+CGAKhG+jpZliruLV19F746leyPDH0k32BzVX3zRDrB11SI1Uz4O9vtvNKLyLWeuL90Gfx/oiMs22ICwr9jWhLXxcJG4qPlKk3cKZ7iuk03j7E6dnpFrRgqSCCNb9HfcZe0aX7AgJSBpOtKS/0cRrJli1yRZI0XQZHICk4mM1s0kgPGgMsOpp5RtQCi/+Ht+5sxFM4H5cDoNal674/QF5G+wnKbuejedzt5OmHIwT8kYznx/mBMKTd7BhpxWNJI+LkJ+k4sZHXN1BC6IRI3SUosCaloKy1+CQBrDylxYaXocEM9yyNQvpSSJCilXPS+2jL6j28QMUwI16nW4hPCbaItZBxWZ6mVB8QWo/Dlv5f4wAD7QiKClcWayW57U6qb2Ax906It5Sw+sQrxxj7x12ERBYk/FNt/T881R245iuQ5SZvkF00e5GD10RuYxY7SGMEUi5SXam/b4vY7RrVaVdfaPgAJO/JyOmwux+/CKzt61IE4iLKjCjI1QGW1T1psoItdOtI2WLMG9oNRs+FU8K0IyEplgbfzE6bqt9DuQku0Xgm7OLY59GbBrqn3lgsfi0Qr4XGBdplmNKXjcYEWXe5AH4iEYNyoUIAE3o5Fi8Zaqb5oglC6igtMQb+B9OHsCWIXmQPO4z024XA94xlaEcsOAes+GgKhnWRx31hOUJwYnyETxcAYqayN4aDiQRqLXN6HRfIpncPjO0OryOPDLhtgFRnejJqrj1FMr97Cz2fnNBTJ9AVFXF7Q7FjRb3XJFWis/UVgkt21HH8hpJ3KxqVgRflA+xAGsWCM+Qw6z8y27e2Y1AQtl1Ces3ZguC3g5U7gFLLGRW0PYN6KtqdNrz1UNYHMOvJ1xwn6kMlYcASGIpe8ACCZcg19i89cahFoB72hxUdNFwmycBvHmDL4gi1WxUksDZ6DcKeodLMCC5pkdFAslZjH7cWKu2ob8KW31SbHcWlBusPbEGDn7PZkTHXVxgEaXyD5t1xkzkNEoijZK4HhJdOrMw+qt8qm8Rq7nQqVMSvlLhugTGNAJKtHVJ8b5Yt897ps9LPIQT5crrWYi8eDV+mDQsnwpB/P2C/YBzgwcAl0dEkPsr/Bxm2NZ+sSVEqRXxrvpOTjSrsWZ6AKkwLaEQ3mBwTN4rUXsp60JgYdmYNOxW4QmTRbHi6pMRzNmPgaKpU9U97LBEkeOUrI8SQw/m03Pn3Txfq8Cb9fNVGCmFaF9i5pfz3W0fjs0ClQ336D+WF8td5R4o8fxxh3QLCLCS8NPWk9umrW+PubttneoLrLpX2QN3mxAVq90tSyYUr7BO0MJ0IaMSuS7NJzaCk7Mi/mQE691MBTQ/kv5ATPIQPOJDcPuuKKoc1wgHeCwqidSnmQlTjJlSlQxcYcV8KVS9MbJoAEMsMFCBcu3FsUAPwjGnh9Rp0enYgeNhTaZS1282EZAtOAhK/o07BB7KcPaUUIoL0BjknpglKqzWPxcldMAtPigpKBzBbPaCUS0O2S8uX28O7DKLH3LLQvH38D0izrxtMMpbbil2jzuQxnvVt1xrb/j3OqHrVLI78ueuUti+Y+wB4tAIEIDKyRUfBAHZO5+fF2OcaSwz9QAja8zMT3J5nmJBedN0kiZZlUgSMUJrMU2HHNtDN9ldWNSp8sbR+PuYvQzgsCHw8xUNUzBALWc1yYNqiqMMRB9fozqoydjpcJMnmczsOr69Hq58q3NsijeDKn3tJMp5eVI2fxdXHlhAtVHMwwl7EH1/WJ28cLIFydYVSKCkTIZMJPeXmdNDRZiNy9Q00pRM2U564+v62z77sr5WD7i0147wHLvIb0paMi6bUu83rXn9/XGsMocyh5S+siNxAVwAKT0uxC7DDepPfwvDWgzTFd/DN2ywIstW1GcwJHX6hupo6ItR5yfTDtf+eBjKx9OQYaROuajS6kNUqr+wzaQ2djx2XyE8N0bziuTCw95lakOwKn/qrBGCFWJAwKW1SZKe02eJSSAgVKeUfgzV5caGkEjl7qWdBzn3WjIO1tkeRz1bQkNuNCjw7GDi3Wm0B5gmtEePqxJInQDgO8sdncbfBOh1YJikUM+0RuTi2epmi3xoaJwst82C3MnbSoRkj+HWSHGFxiU3WQBiabCKZOb4zZoeZ3QhWiRC8DeqksKWmdLdS2AIHK6LTKBqVGpAkpChBod/ngO1mARkJBkLqk9U7R7nUY7ZeRbB2DQQKXJO0w8RlwYa25BfRO6JtMpUnrHtstQQuUkUdz7svYncDHrWHvK+VHK4vRKRTcDBQQZHihp/b3HrnqxB0m0DiRZXp86XWqe8pH+2UncbEQS3AwntNYNuB6pcoP9uibLnSN/2aYAhOiD4wYJVvjsrlnrA5FhyDaR6H/qIMWQPRrR7wQ8kvXyE6GivD/Hzp+cY5mfv9RC+6lLtP98sggjHEesvU6F2s6y1w5ilXVAjL/E0pUjkRsD0WR82zpqPuncjlTBQ9KzKYnkSnHeI3dO4VIEuDdJdEERIi+GUaQenaaCqaYN5e4ENMBlqp51KFWMFAiN1+IqTcRZrok6oeMIaUuQE/fbpQFCBjHooQNnoPReWUrkEBqv4a2jJjPXCjaTqF4Ue6SeYeah5t575HKuZBMU0ARIICHCv+eGarXvgZQkF84sGyo6ByNFmpsFvsso/DUWssjrYz268F21HUrXmR22XJFRgGxlyDy56zKzYtQYVjz6ufEXmegNtCedWRUBPrMhfFap4hpJGj9YqobQFFIJJmFuOPRhAs6UXdDDlA32a16pqhEra6lS7VqG+2ssRlZ9YHzBc9UprZq5pY2a9CrJTe5a5dQa06BYjO0Aob9F1nOImWUyGVH34ZNkQI7ML/+gl1PhRjnw/FGyjmlKy4upMUKqlIv/jg05kh1J/Sz0sDBv51jvlhY1h4OnME1lNxZrXMYvSuhMoryCGpd0YqmFCwceaEUdaOx1jaPF1r5nIIMhPLCCDhMIK9omOqHXJGnhbakgKsD9uVbftffo0Nzvm8fQscch8CL3MBquATcA9x56l5w6GFqLheZk3tV/PUqsEJ+g8wYnwjS3mugJg/CaBeTqYWheTrOzmNOmWjYFKCKUJNzTIlClKJiMsSiduU8lK1lQ14GGNu0milaVaOgqqU5ODzcp9aV1N5pvbFVxEtBc+CvKSvcgarbn2HMCvsCUjb3KnhLKWc0DFTqEbTBkmcwNdPh7wJ8vzi3OHiF4B2SeO8+5KR7kfyy8ADlNrr5sjhJVxtjN81LvnJK3IlZlKKtBThiLFXfmE5ZV5ePBqlvhqKhBUzbuqgueL3JvkfaNcegy0fQCyTykQujOZiKxMfglwEQoRTZmv0Q9gduM32TcfIlQuGDKKEU7px6xCj3t0wMPi678qc0BuOrw7Z7Hwvema4ZW3bjFwEtLsHGipaHVJ7JrcmOurGmnQKpjvkwiksf7p6m2iZELYvIbhCzasMt+hSQSG9hqC72PmD20f+KEUabw4sPXOCSrqB1K30AW9Eax+97Wb+VujS5evyjdbbD24JqRazfq1sr5xYkYfknxZdqqyLKqjlxHTo1cAn/1AfMNPVj6JlzTMjX+1zVkBS/c1Z6E/XOCrOVoqEKpJ1gXMB3Ylm7R6LElM8EYe3r7v8bmaCHAV+BQpZXQUfeF0z/yzkLvHivDP8llzrlZ9SZppZZ9mlwbLXFHsAL48QYU+Tp84oTbKvyhctrl4t/dEfPg3gEK9RlQHF3te+XJ5jet6QomKKGS6AasTrWXtHOuN2666/vREbI2q7zv4X1153xWoPWwX5cBafRgs7BHrt/EN2wO3pqVTQOrJU/w7FwupLGBkhMmXaN+94eSb7ihL/Qg7ix9ghy9EQhZjmSHoeiGCMskiaWTsQt1FWCYDNGEylLGfnjNyUUpMA5MtK5Z0I+6fdjqoXpWUjIdyI3Tqw+tJDjBXXHf7LAkJ+e2Z3cDTeBvd6l0C+qqm+t0aavUnIOopzcG5zpp2/JBEntzt8UO70aT7uz7Lc/2WdCMjJaZfBxMXsbZLHe/L6Lre46B2JlsMqxVv9pe6npMwyCxDGjA9c61TVLLADGNhqjbpQViKYuLKkKFXZvM8E0DB2KzWQOKyMe4SqrMpu2JU223/cDLWo8gTTKVRvv0b6pNeacSk5bQ6wA6p5DSBh6jXxMRczkrQVpoJxdhJD+pg2d36aXt52H//hV0dPk5NMneNx9YxSfWXtzzwIknINDo7GduPwOj38V4cGj6PfiJ/flwmNGajy200VTs0MX+CbWq0QhtdyxzBxo2cofFZr2jTwczEZF1eO7zuxlP9GVGW77H6pz2ulPAjZNjajwb7xUD9M97cFD5EfaKXe8yMNl0mxoJMLBB/O+q2K5X+6snT3RUfDkgDrIkcpmU84MW8g2JBBINynuvqmNN7cUtlU0lDgOyvlNWdw7cMGfAnaXtEghHvg1ihU+wVc4nMq8MvZDDbyqFfE0fLKRbLVVdCFla1D3rlH0dIq9XUrlNMVFuPlY++JbrpljVfgOuDjpG5Ek1aY5cuJKZSdJNBnUFb+0SAkklo9EMPYsWDWqgGOBkHExa9IVFnOibSK1w8BA7ysS+8bg4BgyV6h+6yUUKT8cvp9UZYWDAGmnsOVKHXi3b5Imr6GZ7Ms3bjOMlJKi/yiuXecb8RpXBqpLxuXVwAWySXVDunpp4FdQ5mKtI4/R2KquyZ3577sLVmKeYBNYLH6q868z6o3+OPNVPBRjo5sVZtHlzIe9Zmsc7X2kD4JradnDamjmbG8TPAav+E4Jw/zarxQZKKV/nIvpe/SLE+sAV73FJZfPOt6mjk+jVGznG0jXJcqVtESVprlkrq1g/mqvWh136kGlU8wqNq5/DarMqoe4TiLHzg7TeF3KOoWMKjb6pp8Wy13gV4K438m80srgC9IJKdb0kNulxnmP0F2kDy723mpCPavfZXdMcvHohYLVB/AZME73YyebxPFSeOQ77BMqqWwm3d8cr6C4t2QnIj5XK1E0/5TFFSQu6mvCde7ogLR0NOwuP91fJk5smWr873rl+UbkLd3EayGmcuAz1yI4qge6pqnvODyPzQ+0zJ4PuDUsmWLsXWKJmU2cHtaG9zjAVhvbEG/fsi9XuVe8gG6Iut20admDqkW7PEL/WOlHp+dgIr/Es0vCzgsBikdXsVriItoEiixC/TQpppVpnEMssuVjrs/f7M3aqVs13eu+BVuuga3gWxy3nQF7rh9ZucYxryBrLYNUl5GaQhyDs0mP+qAewLfgQyPnwwPz7iJM4Vf4RXs5ISAcsVVx8jMT0AxOZ4kqgb0r7ATgltw0tcM5k5bm4Zss2XGLNqONTEnM3fUMyM9oh+TQFou8DUsMDTmJNPCIUgVf1RyySHtEIjUVhX4k5sZ2olbQkqegtINTwSLln4op1dCkGTwQjURdWKD/ziP+izADS+rgQfWNfF+qbBgA7RqPJahpjyVLPr8xMX8CkJb0IDhhBjn2cGO4dCAkHDGlMjlOw97tJq4xqiIMpP3foVp95kp2BTRkRc+BEIJQOkGFaJH0SvJ4dGIoci9ALvOU0aj9lV3UMZsjCRB15X8P2gSw02ApolAL5HKINoZjqxJwosMA7SmhwOKWhoSshp3QDLDKFWyhKfATx7pNKVssooMtmbV+pN0hSvwNKTSA9PbelJpCtTuJ7J9WeUUNltAODKUK9BoqQuvfb6JuzIQgToS8gn8Yf/PfMKnpYyk2b40iy0GtxWm9BWMcxNzF9Iu4bpHQ8olBCaXrKVyAWxMMcouoacaHM2zTpjLxtiA8NPLlhIcqnWg8Q58rY8TK7sUHVQ6rpV6QDS0loZytt+Ig3lQP+IaZIq0W2UFh/uiRSEgjUdpbemHCDBh5rEyG6o5+D3UmLh4KqSrFpklxrwIfRfhSFTM1JjrOx1W09Z4w1vSASVVBZJKpTFEi3O+hDTuuoNGI5LSt1kWToe/xNKXigyN00jPCQVq8OzwxlOpSh7+wngwIhlNBw0FLb31Krmbfu4aVueckEDgccFeqlaar4cZAxZrllFM7zusRklYJEitBFDTZaIojEmTgYWo66bUEQR1F+F0xAq1YKXlXZCckFCcDrSH3I5JAllWDEEv11mE5Nwf6MAdTbQee2JybTT1UCEXwVEHMZAJAwCEDfksBx/j8WPzLh4xuxtwOhno5cL/+6GpbfXXV90XVb162b+p08uUnPrd/duX9FCwt3yYJ6wA4VCexnH9gHkOojVwvtfALtW6zE1SY9Y90bAKG8vbcGbnN03+eR6/jMjRcN4VuHLhkEeKWF53Sh8SpYu66wTR0zAo2zuWZKb/rKkIgEyovKc05mCMmIw+TlyYJVjponargOxt1C6jYuaXORSsymprsSL4j5DZSw8bnB9qFnD/90utPTCvk18N4NHwveym1O9i27bkFZ+ypTsGTMhNcy9I6mTMxO0rLBqJbaeso3ABM4NQgel1qevusGuvoDgrVba5A7jcanIFfK4/DF8ggL/exjmOuNzSvUVmK6mWtYmbK50C3zjgf77OwDa05mFlcSW1JwprE3+QUd8GsblomZ2VMW1d5eUWgTpXPgHFXQAkCDV37hgVdAjlMpz6MvK960ieP9Hu9vN/Zmz4Igp097Od/ppW7RA4Ebz4Wuw/xGGQliRvUwi9IP+hoc0sntbttybvl4dBBqOeFwe+y8VRtruM9ADPD3INBeugVeMmv4+bXHobKeYVGxn75KO/ci0DMRNLomrKf3cEQ4t06DnlXdqaGBypBpI79VAwcBpZ/oACoy0xlY7rxsm1/dKWq1ZliQC24gl8GvKith4bKynnmPNOQ36jTdsGk85hjs3vYIjLAq0QPAD6Yn5klpdymMQoeI6feKfnNCnbH2oOz8MB23XqFiDLFRWnTAnWKJG4R67DwI06yOtiS2pE7Fvgtbxs2LYvd0FS6xDNeU2PdWOfkJ5nDbwYzUH1SiV5m7p8/85yV3j7qO36uxn7n9IqmYYGQpsJLx0N0rdKr+vQ8wpuRQzjQYVruzoBmkYcOkJstSExuOrHIXGhJxT9BhUkSvDXzGfnW5QjRdnR4QbEuSCEBEaWBFjY5Xz+saSSHAWEFwEgPKbsIghZZBXeRaRBHl2f0Epuealn86nvBD1Ngx3mGTy9C2accq+MqIWqFsaKCJvAZy6qlpOzRvFcuRoW3m3aoUOHV9ClIZuJoniBusN0TDHdgIXfYMlTh9Ox+DlNn+cGJHYnxg4ij3XOMlNRYZ3VNFtar2bizEMKvm8IOLxk4ygnPKwodtOxEa52xfWveApeeeLsTMaNugFA8wA6a0r1iZ7lCZxwz5EsJ3NSiDoLPYhaxDFzuDCtY2+llclGbieL5KP1TgcWpmxrcOj+hNjAuNKpHpF8O6LEIOT6LXLGNQnFAUvMvOLDWarZbSBlI9PBO1Gn4hBWOktBoTSEwza1kLsqZq1jEYUNvZreaLV/2D2sDPVOnj8uFBpjeuSbWa0xv7LXU2Z8LkgvLTuR2TnJlNzRRyWfukI1v1eVWDd6OPc72BIRg0xC/jV4dty78Cfw85vbprZxCoD5btGdLTJ2Xk7lyumxvyfCDeywfYovL3VdceVLXMIZ28Tvlb/8pKQawH3tGEfOeFm6+0eCAsRLydK417HNCiloFPyWwh/qBUr/gZYiocU1RXypxbbvGsm9hdkIYENCw8ESKPzNhXpGfI5FHCSNIk0UPrrGu1tY4WoZ+3KkYVCOlvVyL1hMhpmiyOJ9aWXYkjU9KwWSZbQ/+mkqtijE0mYtUfZ08HVCo93hlPuDRkcD6ycekGLg2lPr6ppzwaPo8JVLzeOBUQHW2Db84kEd7WyeqLCqHK1nvQKReB0IbxPVxvbCVkXHS1jvsgAXrNKM77v7uuPab3B9VaKQzLiFDLUenqBpYH0R1Z1LwghRTyXhXztRIEFqW8QBFWwoHnKwisV5tliquR7/6zqsd3hm3MQxQbjmUFrpgh/sGm2joexj7lwtQ2g/GpfZ/C1GZTPuX9in35qknHKrQk0ViZbWo98Hv9OsNzpVEpZ1FKxsc9WmIbuvu42oNFgm97LtpbjPDT4PVCNKe8A4jxuTGwXYILfmQgCB68Dij7zaI8gmFBYiuO0pnco/lZVWiq+L5tNUAIO80ZQ9yvN0Dp41sc8hZMYJQYK4ykbq1QbiOw6Qzy+MHPNgq/VAqS1NZ2WstgfRRiussDMAXcjF+veDxVOXewVCud/+WS7lCY1NEEXLvq7mjaUZf4Ubaqr19tvZwvKg2Z+pOZ38jdU+Vc3a9udmulN6Y3zbmmsiitt1snJT4vl056naQ/T1MlwAWbIYJLKLH1wRkr2NFi2zYBJWmhJbXoIiI0yl8gcnYE4THt23iOaz45+6lLaRYPCrs+Ltd6OB/rpCjTf25K2W1OxJSzZBV7WEw3/hkyTkz+dpg94iN9eNB+e05+Hwh/NMDxWCjjeJXmuGE0UKO0TIppNvHAWKKIboUoVEABQDOoDlFqd+W/S0ijXc2KPzAA31TJ9ejUQWObzF28xNYqfoSoGHIqzgf3xhSyZBLM5pPhQ2bx2XglpWUHMI6BF3RRbYp991XbwZADhyDLqWwRWjUJxFjs5jm4kmnX9gLulPltSb6pdO3aRstW4QJTs7tQVuFixSwILIik1D78zilVGVWuOAfHfF17jKxvlqFSIxooOiwCQzvHIo8dU469V9XMDuxmbY/8qpo2PpCYRtMafwi1Y8EYciuExxJtFrU8m4rd7I4rZUqwIZHJTqZpvAVgfLnwExzfG6UadiseqUydzKOaMnIV3J2GQGrGLUXybuRjrAzaont7x9bk291D6YgDA9Yuq2at0OLTdtC2zciFVt9sHFlcqRTIRjk9MOqoEA87kNus1ZNh5AJu64o1aIp1SA+qzyktV/T7egKuw+OqMRELuRqPaccmOMjibMGt8i0DUzm0Xnk++SpfU6/MFWwub49k3u3SCjmQEsWAueUvXHs9kZXG9t8ejlvjpNeeYySNE9tv/OY7I7c+CP+fLIuxt2YcwK98fmcp5ClgRV01Z8eQzhOY0TEWcTw54GzFMaVuAedW3EdDvoJCF4bLk9qNF4sXBnsAVeuH6HhJV1kzrYeHB9zt48N7Kh85aC8pBcfPjhQB38WZJkGb9a37QcbpZCYMuviu9lU55+bjHmPGQqHUDPCQD730iRLMmDGuTIETg7qaGYluMJ7EabNSo0pwdGu1AQilG9HHUzWCyFWLU2WrTnSFSZXYJshXJPX7MKNDYVUjH+b1+MHygkSNo2yKWjKyqnUhvN1ELKQ07ISXakCpSfEAq3ESS9NFqJAsR0IUOxu82oepgbhoJ1hQWxQhknxvt1ASruoIgyJNoW2vCuuaFQrZvgrgN0mBJCykADVAflIt7AmTKpFJWFCNWR9PIFcQISXnT4OGHF11J0a9kjxLY4Hj87W+eQbYvVbZd0msLM8W+joCG1tvwXXwCFi4yt8Jsairp2a27PVDGhJYV7zrUCaHN9vP8PJoGfItsiy1ljESYxLa8mhoDZXYOlDXWoByHu8UkKuucttp2FfxBqBJLSMf3WkipUlsRZwsFXkg6hrURiSxighEbDu258qDqEuU3mkyzdRc5vbR61TmNlsGBlFvYmJc3GpRclkhAkYYHpEW7PZZt9KV8E6MzlwM6s5mW0Z3oOKiL6gZBbgy9TJ61iZWd5y4VBVXrLmaIcHLqWOrPGre/O64q8NbXHe3yy2WJqLpdnmKuBEtfbV0zDp71VE6aTIr2mlYKEsCzy0AYN62TZAXljI0/vDf1c3nQT7Mft9vkeRY9GVSAgkSBRCWhRgKxGGiCbPK9V0U2oarpdCkqbFzeJgZ5YDZ+Kjz4czbEdQjnZjXpikMk6ETWEGMsiU6gBX4IWVrSYooII2oDi4UUTqJ7BIx2CQ+jhpJhrFwtidn8JjdM8ZdgGIUL6DvhO11oHcrDY0NkmA0iKufR7pOZoSdiX9mgC5cmvynAOgDDgT0bWIqGncZ2TX9SL3Qm/vWRIvUQyVzX314XzQbZeQ+hW/G2VBpL3jEMxjqWFvqDa+aO1sJUC7hYcX9DiTcUi3XEql8I4LKc0lOrTuXvPJvNi9yP22uN5aW3ttr6qyrzXOso9TMAd+6BvwYWttuvmxWLtDYyXS52sX9IGrVx0l9t4e3WLfTVx/VtiQtb39Jr87SlE/lLdwxp3LVHKUGSRfTbaAvNMfCShfB2MQqflwAQGpDNfIMiQOeiAip2ILtgkErYW65W2wkHQkzHuA+tHDUDFm0Dzw1F0tvGwVTuoIREGFBDatq49CSAWBX0iPio+9Iby98204Bor3UHwV9wcLiW+xcSPDkAR4M4OKysM2mhlvTGQxGjeHmjBWaLSTlXz9WR+D/iJDCqeBz0w1euQH2VffBgj3qZ5rtsoJg2zjB1YF5Gb9kBI3rqaRLgzEPPofT1OcaJjogK+TMdCthqRmjENFgjoGPZsMCSbgELV4IXxyYl7tXDG5tvVQs6vmBz9Rhp4hUKFYIVTPmB48xqxgaNVNx7mVRuwTM4zc8fpfJtV9/LHSzeuiQzpJS1HrGkazsNZUxtkMmkmInZkmPAccl/wqWnfnQsxXbGfs+cjz1+rBo5jr5AycWYmc29OzQDFKZBD++/Rv49PVXhPssZV3jaXBH+tcKhWPsJv6CsExWmrSoONDCn1GVxDgjq57lqCpODVQuL94g2zNndAUHHgVj4F+fUMZQmanSkP9yhe5G4eOI0wT0PKeiQOOuUrBypRmBgyjHmWIWcrpxNRt8JDpNvWFODcKhVPeZnRGhdFIzqz3KtmUIZtR+P++eWQH5SLJsxAaMYaQ4o55iwQjZQz8jZaTvnHWCoKIH6f0iyR0FgNbGzQlfnxx1aXhSq+6kyhnbSmsXNWw/Lcvr+cht0zC2ydsq8KK8r+792o6cW9ae1TaOL9TbxSe4YkNgwkEAVaKD3lSbVDFLu9/vRZB0g16b9M9HmwWfEnUx4Iz9vqIKxgO0hFjecDyf1hQCcjHlfC6yWvppRcwGlET7HOL+uU/QNn+JW3L0ZV+xPdWuAStjcElT4bvSJHpGvluoOI9ayQMr1vCNHuONDH9MqOUOl/bUvKCAa7VS7Rqvd4msZ/iT0qz1vVa9vhzKs/LRtQIYymalX3i6t+d+4vRyP3qWvlbd7XORD5Zzt/9/4Dc9WJpHUVOvZvLpru//7+++v3//+v/T+BGEdf/wo7uMe5/Rrjb+jn6Fxv7pe+Ze4y7BHwY1st6l/7r/b70x//5LbajxJ0t9f7xn6F6r3bPVL3bvfhx/qVEH/lIt5J/9Ya0CFKYHUGNBA6Jcm3N5iZSlNgh01ip9SEjYN1j3uBLZ6Nyz9IcOqD5ieSD3WVAPSwntQ5bbmlFJ+M85MsNMOvcM4KN4QiV2KyyCdQ6C0ALAvbN/UVJnc0yFlvBMTUZ2d/dCdMeO150vn8y2wG0hhVfY0JL24+v3bxDuBrKPMtcHElw0MXvn7yGly+cHvZ5uzGhozw/duy8r673My5yYmua54WZNioKr4B7nzXaZ5boq6eDuE9nYHXMXm9vj4wNyd22QY394Y6UFSQ2G7TMzFn4Ez8B32pfb6DXi5Tni1WjYt3kNmVymn3B6k/5MPvYcOkQ9H0Pl3NVTuR1FAOHgMPs2UaNRNBr4/x8M4bt+7soPOfifN/r50ujmfQieTdVTeTJUprKY1oJWzLsuW4Ru2o9Ev13nMkSyG1xI6PMQqbgUdB/pY/c52I6BQY8VWQiK7o9ggBjiAgNoIDBk9pi94ExnP7u/BulIIAcBuxi9fw4iMLs0cKgP/uscQl5gs8093T1lDE1vczcAL/qOfm1D1E/kelz60Tu2U9SJD3CgW5rriOGh4w6kYHvIGqRqNnQWqgyht8Ue8zSgW/5sy4Fvj4ojtI+7dEE8bFmwp7eeJ8grr+iP8E/hkzM/XycUSjN//hvYpyLCtgjRb8eiVV5eS4tCfJdhLWHZxEwWouIXLfNTCDgyzklgYzsr8nn5/JYW/hStqFjNfCny5awqRPvp8lQB6QEzZ7p+VV5eAOKOdEcTkCdaKrcDNTITTdm4oY/dZxs7nVQxCmUFuu2IDKNAkn3UI7WBKSY3bkg5ue4JurO70TZs2Ahkb7Nho+SdWI8pzX9XmOi0J9XpXACBd0ajIhOZxGtXmvS6J7VUTkcGIvHkLDSoFrlA4HwCP8AFrTVCw6hcE9LRrDbUgtJfEj0X3hT1njdx8T7cQz8zXLnd67jgrbsaKOEIdPQH9p//zIRaPPTOAcyDJG1WwxtUo0jLor5zY33450yfHcGkHvbGav9086Q5Cg5g76mgY92O+sXnD/sD+4Gdb+sgWv8m7gBRscRjRRZ6yqKez8D26v5QYWV4ivC6JBGViAE79mAivflbtsVivTrHFR1tbTBxkYyNTAp99hVJx5y29L1Dro2IEJXkDGZLNPdgcP52b7M0oUGgfivum2vYsOFiWmPYrVvRc5NYtxyOtIJbkZvGeI01ZUQXc1juP9+r1nuH8nJYLPhqRV/csMHBdvSz+50j3s04iBiNtcMdsFwVNxON485g2G6gpXH7x/rZ/Q62Y8OGi803YPFyQr3Xr2rf7v7JZjw/JYNSg4I0h+MWKyl67q1PH93FDRuGAofg7PPA+FzM9ADH5eJ+Au2MrUbhVsiJfjuaESvdnW33vI6LC8XYke76F9+UF1L0VeuBf9OGpifWRsC8xwLeiPON1BsDrG/V0dQWPZ7eVRATA6fFeru1n6QjSb/uO8P7iVr/wCtf31c1zb4DeFh1EBiwGah1cbT0t4lR/YG8Ger2Be3t5JufLcMaDnLlW+BcoeD+HukXvtZYNLM7CvDIxmWWeFqTcKRQCtlXcWI+g1pwJSY2blhmiWc2MYf1HFBHlNaa+NmxB0U93r/AvGht2dT/VzR5/U0trS+Mt2+7yCZ/8Re3g1vJtXPbz1GreuOukhD/iFVRKv9daerUoqK0EFWw6MeCIHFk/cohP2JkJNFvaGV9ZGgm83YsNkHNaB+WiMMRsQmBDpY9vUB1kt9KU8jOw5lcF3qaTumv8K+tdf1KnY4ZRGpqAQ92zs2dKNdzTWLJUg4m8srKCAfJpUv1WDAjMrmgIJnlJRp08V7x8tfMEyFuSrE2v7frKtlJvtrVm7+2oVRGHji4vaZ5hbmgnEQqL1hhbq7ZfnCALGso/X4li+LfRQmk+L+YbiD44cqI5enPpDHpyyP8mMzgjtRPsh8Qakp8nvo4yfKeDvO2u71yA2BQubGkvpUzVnmL7RpCLejkM0ZMUi/EVn1jgPuAxRmZKGrmFjOoAfAaSXiqvTA2gVS6eCNd9qEBznbfmT5hYMqL1smxWys61hmjpRkzC8nyD0doXyH0/GCD6Kz5cemXlcT8WNSCcsS5LeK9p4JaM9tD2ot3++vZMuSpy0wiJhU4/Y5eyNJzIVfs+yNneW1Ask6s8zl7a+4eGp/2ww+iEWHP8jR29dd3ZgQpomoyDd7oD2T5zMIMasUIgsjYev/dxRfy2zODWk/tbbl9R8+dONMnFPadmdujmBF052t2ddpyYc+ItbXzAbpZx+potb7VtebA/twxnyKpyX1HdwGDt2ncUy+SBa7Jy6XkkvVeek+Z6E3eR5Q8cu4Gwmi0THYhX7aGkvtsCvBctxLzAgwfL5paSM36gpq50mslLfMLWpbdQPN8uP074yttUcWeF8Zh6pWeK6ma4kkW3q36/jQQkKttRPFt2AzYJlBjWGmQHfPjiwkZuxGsiaJmbjH6hnaNPIk1uohPpfKLRdH8Iqq0Wxkf9DtniUSLDhEOlY1G25qElOpiaiQN3Ft1lt0czu6hwW1ug84m49xuqis/eyzNtzgyHbCvbfr43OCAN4rFRiknKckajc8cmDP4IHvP570DAgZhtBdrV/suh9mDY9qdTdkr7pLeW8x5RCyGdW+184budZgtskOxrLvtIxBbY235eTEjuSQ3ZblUq5Q0lA5w1vr5reXEWrVmv34PhJTpFUvXDYjPxtae28LsAd4cwrHWRIMhcdT1QNdq/UceF0zhR/rVXQdcRwVrsML0W2YBw8ooYLb/fEDRLvtovO52rVON2TgYApUrqtyruz99uOKPBhb6hWGMCo9YibxvQDBNADAY5Drl+WDXJ4vQRd3HYvA55TqCwUAti1pglqC5YgR2fWZZo+1aYGXP2+h67Y6qO0mdk9MCPtbKl0eGyYaFEgEIpEKnUOqzEuGwLCw1nC9+S7AQnHSPFGsjakTt+Y1WivOyView/kEn1OGPTB7B1xGcgh5iL4dLQ2RnZQiNy+klWiG2UhcfKbdFsOc/ETi+2elRhNRGBX5s4eGv7jT1E37NjkwafDPW2TrvpzGR5BA4wVI/zWvtHBt4AyKs9ZyifI2mrF8smRQP/W6YrMHtlZuERjdQJs9OdqSVDKgGS8c2MGxxDbhWArCjl7pKaVp1lE/1Pf7aLNd+A9IwLz+1zqLXW5pSU5s4qvMrX6gucqXVSfKLjPQjOa0rI0dOhCESPbsdOqaKOfiYgAg7KFIoRPCmdJdN5+mJNld3xF1H3RO0KEl5senMsRWjHtK1xu8WTqduhNo0Nbivm6Ni5wWhRWVJm8LbAdHWrd/Rg0WiEPrTrdu6Lau2/kanN/Sjv9q6MngaNaIyWVeHDaIW9HBxx/02WpmjiZQ+SeKKS4wGk7JJ2TC6SJtWXJwm2wvZ5mjF7mUU25asy4fhTqaK2WntHH2epVENg5BeO2qaDfISDhFJUggRIVOL5YItaEBvECOdCcx0Ron10CfU/8+M7Uumitlh7Qg+lqZ9ki3YPfA6ixIieDH73bxy5y62KLlOpyzLECv7rg09IKPTF0K0Bi9GOLOAciOiQ8hUEXr4i61p9NJ5v0KJhHcnObmEFeCtLKfDSi5JvsP7/IYWvdQB6jlqkqvkJiRPYaEOCSM94UpSJ+t0XEI/rx5Ir6xMh2AV3kboBEqBQLV7MpQQcU3n//uGkg8hJQ7GpG8GEwGkzvupjwT7vUugZIhIfKBuHYIAM8N3kuEoCalbYcPv/p/J2wh1+EmWLCcZ754eMdvJ3pU7nOJ1ZlwtBtTXK+E3TUwt7jOQiAfdQjMTvAvFNtMHF5cPJrGt0DshM9TNIm6bEDshrIa2WL+964Cbxe1A13b9YpvY3Obi0ma2iRV68YQTaDwfl3F3RuKSSjBeMD1AUA8pn2u8T5roceKx0OGMmzMv8GgFOjfz1wF3eUQF7Wr58rRTU89dUy228FwK/JZqurnciNaZxeleqcP2EbVYnGu21Jioqjc/CjoG2E52cIxsILAl8FSyCO+lW0kfTBkiP0tPuGyEPFuMh34kvmrQ6pO0Oht26+h0E3Mnxe2oizFgVKZzzgjJd613Mwps6v6ZmhEcUV/fRyRERBCJfcuwiGA181P39Nqu9VR+k6+0xcQjZ3/PGZkYd+ZEtr2zZ5vjHJ8YyfnkTfzFxQ2Gu0QXdCJJr09KHLYnJp2iue1CGQAJa0GN6KNHSbOhG73a9rBHYyRGUQ7wadv+Hdnj15xu7AHwoj0b7U2AnHwCqPZndxSV9h50sPtaV3yY5pu19XCPDseDrevXmyTJ9CCwBfVPbI9sgowjZ1fMYqqYKp2BpQlUz56tDtSwDOJfHhvCIiIPjY29aEUQ5Iz/gmRF7Gc2ZYLLrltX0z52rE7PVRztMZnWb1CkmDKyCxLDzmWLMwiXvyyu3rtZE+KR/WPE8ew7bt6KkfC2+Om8NF95r6LrS/tLC9OE/Fx/ckEAdsO7UtLud49Tcy49T8wmNjRofN8gm+e0cGXbe4nZcXG+mkD0z3M3ZdzEBJ9N8gPbzzAw7s2bdo9cUuntL0Jyzgwo42vNRczxwL5Gj+eEMMPilRkmZlHO0umqKsxYYL+hyLX1GNNHtbZCCM8K1eoGGMHe2eihszkeG6ErbDl0dxfaIgl02Hr6aTUVnzkDcc/eOwIdTLJfLFax6WlrR8LxfFyue2OqU/VfRniS4CD6tTjzWfcht+G6lSMq4EJGHNZ9v+br7r63t+5716v75+gdW17rFZDhwHgJlTAqYAdixXh/DNQ++uL1Z6685+2NgBdlR+/Ye96nrnUMJoMPJ8Qjwykr7XZNtbmBertLg+juLmYBIyiDto72Bw3LCGIUMN0Pwu5PIj3k9cQ7+2y29xOvvJWHkELAHnDPj/hEHh2aF+qcTyK+Xvzu75lkMby1NrbaMyCssfIEJpcFbKYtBukIXCzbwekQjPciy5gqpm2/XUYWfHszugfD9DPUhP6cm1thhf1bNiMcALUzhSDoNInVY62AKMtBgYOUrP6Kxa3i5zNPX5s2xsNdH/vH+5StcldRYeg0jBdGhVMKFLU5wjjIel4Hr9k3eDw0wLFu3VAApete9Y/VNXbfW6tWKsSdnRHxuPcaTYUsPg5Xc67qryPdL32R6i3jLtTnXVwCuEap5uLJsrKXjzUAz8ycGvp+EU4+Z8uW/sD+RBjJJwnMuhzEzqTQzzFtgCGOri4Ga3KXiXGrebCI0dNto3YeB0sskl1YF0VuiOt0Cy7fSoVXV5IUJpcPDEosmscvy996Tl7U6OJlFRrNe1y8Jb2qKj3ihhDRq4tSKqOEfUw1MhgSrnVzCHdK9EeqhNm32BAlOsThtlbITGeovd3BNqxCU+p4iK+aicT2waxTrxRkPYIrozmHHU1/u3IEOm5e35fUEDhlFclUkYQ5YjaieGYGjxmAIjDjNahScTQEvH4mwemMNJFIJYsk3vQGQaQRXkMZUGcgHsYf9SDvJEXIMl5HyVRkIHXoAQX9j0bwKEMQFCl7bWR5IV7fkiIy0jxEKlkE6ZY3xotlgtfIDCqUwbRY+aMc0e8hhadliHQUEwoIkHFD4PxNBX2BNht5AxeJGRlFjkcPAwKo0Z1ipvpXXADnE+lohcA+UJwYgpc81gBZ7u790NAGWUE769gJEASkT5wxt8jMAZAeFiAfcn6nEt/B9mMsBwKQf/EJHMcEoEbK09TCwtR9IkXLajB23ySIE0/w1/tSJim+6/lZE5lOviQ5pzzVkupqkrOuz2uIi/6ZS5FduCg1mxRPnDIylyujPB5RWoz8USdZxuWSZaMCik/avXtpVfgtcs97IzsfK42Wn7C6UDR3fCpM1u+Qheek5qKhQg3Fn6zfpqprUoXoyVcoGmGoR+7Uu6EZSlh/TpOFOfrDZePP0dxQ8M9v4MgpI0+URnPMRUGSd+0jo8MkvTBKkXFZx+xpd0NUTXWqbXfTjtlZXBllBH7NT58+0Ls7apu0qa4gRHbXfoyVxM/eTr7JrPpl5D+epsrt+tELUpMp//Hj/7jeq/lSe/pvIcFnAWbRGQz6LL3MVWaPirL7kAVr9jMY+9dk9c7SeDEYS4o3APLZRzu3Mhhbd3qTfSLtjTwExbjo8Vvkl/AwcsnM5QDndzxRtHPNUQ/qhlnFzLpn0qst3csmiPQzhDV/2Zptf9UElxlmCBZEabDl3mmCUYKFMKqV9ApUArRuS5yASfclbFxsufh5KckzfgHdDODfGyROqOh0VRlJl2jQJ1LEAVV2JXxHMjI2smr9GEYGMAsYFq4gH7r2N8qcIw8J+i7J3IKgKdSMThUfGuneuQNiaxhCqS2RnR1ysZpaSKjDyyZl335SQD62BXdHzWmpVMNkg+cASESdsIIdm6+Rumf46oD5wG/H8+dczip9Xu7HprH9yue+rMtz8hM42Vya9GpvxsvPt2i34BfjaLjFeMRB9mXG3hnbzZMNbKw99Zit1r9twVLYcJxRwhhaBssWrKj1t/WlptqPiU3z25Yh+vm6sGyob968Ut+4uFiz5kFK7KodHL1+B2dVbMqDS1gvlIrMTsmZQddkxsdnambQc3Ql7FjsJfr9qk3tO9ht7Pb692+gCvYf+3sM6wI0GnqKDT37/2Ar0BvmZ/EazQyGLqcYODG4KFTO+WOfTb+OVW7K0tv2/cGRo1G4GA7MStUNOJGLh3glo1QIrbnGr2kAOUrey997lDLQ5FtbrcUZMHCQ0O9PReTYGnwzHsA9USs9iYWvSVzBCk6Dvb5SILM2/iMr2WiVMRDiCB3BQgC8acHBg4nhYwbMqbY+bV9r66FZdqyKrGppUVGULa1KsnK3t4QibW2xfI8Cd7mQGd0sGHpmPv9fpqy3sJ7Kw/CCCaR5qnUCJEfeVivJypbWqX6IVe1+LcWNwXBkC/e/Dyz6PGO4kGAYtef/5zM5ktjcSxdOY0Lh9F78UcPSzH6iXbJgpvbXEk1t4ERUBsusnd2BVWHTCapXy5IGxu3nCreHKbuVQ0+ftkrRv+SHbS88Zx8fyDyFr4i5+CxCFn9jgIwl75ga5ocGh4TyBaEhwaGB/MStU8BPJHH91ZUdyc3iIy+CwubNu4qltYz0xFydNz8sSPVHRvuR5+v+qEjgDErNUYeF06OlBr1YRHcyQTBNNxbxXW1hMWP4ELVeMVlZMfsUJOx/u5pvi9MYE1oSnBtny5NiG4vq2eJJZdk2uV54l419qjU+eE/+LS+8+78aSKJ1ApXAsocaE8E39234OtiC8xQwlEfv2CyW5tjEzHCykxyemRjbPGvmmzIvl1sB2OgCqWCnqayNU2+f+hwL0wOmslq+5TQKEuObt+kiTwWxNTphtbI0NLA8pOlkA62h6vRVCZl59R1tqsJEzqLzRuZ4HAdiqzQTC0fEstVTAXdK25dp/+67Y5l9a9ZE14+Bbcqh11vpx49BP5M/Nrb6jdhV8iyicrAgwgD6anLt9etr151DElfe8PDvvxPdNQRvP337sdEc4o43m+HEwBu0nu45qmUHCZ0O3voUHivjM+GHlavKlFGRfpGZjUkjepDc8K5vc9TkRx8Kq1hZXTMMmUi7JM8gFhlYNxQoJVWA7IghqPpHUJ2F/GwCt3E4TcDMmVt8tKCim9ELCluWUzNyEx8jdyW4kdyJ8mr5H/xcmubjzsaiDF+1bw4AqzI0gZpQOrF51EMs7cG6glGasAJNXBka24jGW6Ohu0pd6SC914czXE3Ok6YiM3tb1O60jsoPjAs7h5TXsSRrrSbcKfP+40mif9pSzEBVJZFZrPzOh53jpS1K0j37OD2jCO7yZAGwgMj7YYupACB7tJA99a6uiBrsOWhpqVEQS5oCjCqVMeDxvHAuuZatLfVwn6Gd8aftWNuN6zfcPT755mDy2ogIscA/3S1jjRRQU6wsrHQhpPsbeMmUJ4cZ9mU+2G2bV2XSop0qY0DJhnXd5HQEg9iidPLSdeHh1dXynJWkuNt7MtQF90nE+wUSm92deLXK8KlUuVzgE050P2a7ckV1pFp/l+i18YiqGTHCW7BcJekP7FdnrD/m3jBifY/dHdwwX67ZjIh6oo2/1fMUiSz3gsiAiI9PLn1Qsi0WIwAEAR4dANC7LFKICt/Zh89UhIZ4xgtKAvenxKhyXznYjlr7vwHMU79kIgjCX6EZ5C1b9vBWunD5xsjoAl+pQf/fIjebzW3RnZKSnw6n8qas/7y33R5Zb76zEE+a1wrN1u8zdz+7dT5tl++xzQKNp6A12R9xabypZ/ui0ujPJV2+BUlN28Q8evOiRVR3ISqMBDaWcTyQiWtvPxbuVU+Aid1W8mDpyY8jAi48IO6sxLNx1Mt6IxYnaCM3Lk8X3nrY8hh4g5pWQa4n6u9GWLQSxlOtKrtlTV0qjjyyVEy9x+tFH9kEjC0aKx+ZmLhQHnmuEOh4yHq0eGlJ4tOh0kilkg4eeppYIo2nIZjrBiH4pYyUX7gYHymPcJMCXuxdm+R1dPRrie1uLE8Qrk4Mn5nOYKqYjALbZpTizSqY102HhP0XTeyswKz5C9xQJttozHxggWM8nXuTjqGiK2fMfT6lcWPPXDKzJKfAkMHpBotEeNMvZxGtqYKtcZt6PmMuXclQ6YBQ06PkkgsLm2ugQGQeWFuz/SAmiGBmbWFRCjgII5lZiyKclJ3V4eLi1Vm2+XZI6NX5kaKZUsUSIfOEna1Fd7tJLiQXLxsZGgOn10q8X+BHLygjDTY6YXvzs/eLSS2jgGmRW1md5Hp6+Oz8fpox7K7qYMvpHlQx6pj7CMop3N+9c2eMtan1ItyNWi2iOtG9MT1PJavAa/P/039icQ9fQ4Za+UnlIhfre6OxgkhahNeqMjKoHPhvtudsG4aNuaJAnQhUUTDhagB0P1UZiYGaUXJK4ns1bGqYYWTUka3TKkid6sOsc0+VIfHFzEnSIA+hQnxCemNyMjebSNJKJN+QFE4mZSpPqI5X4+63529H7jbUma12Rd0+P7VLXRLZNXXcELWrbXdkwdvd6uI05AS3+d2z8lXc7sOSxaEOx6pZbR2npnSIEL2biNUuFOoDrjWAAbwzXQCyL8JHWPajp7DwYv9gXlxI6KQWptklODwYp94d8Um4Mxc6yIJOOr5cOOT09CC9MVyK8SSzgGeET2VZhQgXpYkXEl7b7worx7VNdh7we6m3phbKIb+gL/04af4iLQK/fcrzqv/4m/c/q5qygtKzHBcf8nXfd3cYYwKbG6uRm82n1hY8KPS68ffps23agUZQbDr1HY5omJPmamjM2HS6QRNaXEInmSW+ixGZRDFe+2k9ca6VHJ6VbAvfkXtp/Pk/udrp0NTTZG2i4rDJS9SST6eGHlbJ/ef5+KXc8B3JNr6G7votTEtZrxiPbXBjZGZ6FVEXd1K+ZucaKfLaj2W4AXj2NiC4Rpf2NnEUmthBDoQJSNTjO87zDzorxzztr3J+EqHB2kBI4vlGhpYPajNYqeNyx7vzt3I3VqxicPT9EI+18HtpvIuojZtiuYdN1MYib802+HzTt+cH/1fFTPC71gboHGKQwY/OIfzRYwW8HPvMD//uYa9hFRvF3y0PsIrTuNjq8gn57kH4g5BzyMZwtsnP/o3zzvTESn8E6gxfXwPdj/PHH2usUH/Ak7aUz6dfAwTCPVrZXR7/kZ/3EhwQbW0g6q26lhAjtUu4tW/A75qVWuoTpLfQ2cQ/uk8tk2Of0XHvHvXqV3EwKIIgPdBHxW1stLqeJd/r7b0aslH2dvng33ivLE9MDlBpZ74fnY3WvptJB2ieG1B0pURpjE3Cq3mN19aHbbuODJp7m6765QAt9Q06KofwoVBpBeb5uWlQsxC/yivLEyv54aT1FJ/jLgC0QYnLpGntwf8Sc/MTKKWufhoNVnM8O5Phdt6VruaH4BBJYq4hcfmenprV03ZtvGw/pf/O2is89QdXKoWp8vNweWE822gW+NRIXCaNnYdI7aukK5mlVKgsne+Ote3W05yaVND9xw+D9EdG58EF9Al4SQ8UP4xcMtkZtLGR6OEA9rUsmG0pPG7fiu5Aiun0/4RFWdYfHi4qVuLqeMUZ6iZtmazs2RHVQ3V1gYWFG1Msw9fhL7q792LJsTHX0JUVF3T5QnwAIcdbG3fuN35Wlk3SchkZCBUpNnMUuOJmYcBvQCD921GHIJ8KOCzenURbOfdP5doPn3rx9f4f/owv3RSar9QUr5jvVyhnh7vgSFgMBsGAS4DQAuH3Gu0V6QE/qpnpDKvf1fzS2tywNP+qn5WRzlT/GED/kZXPSX77lg6UuzZIGDqGWTtLZOvqlLBB7NAEsVPEOPB5sSbJngSxzw/QPfnQfAOrwOIsnTfnY6QidhUWkUZj9YgGwUnXfoVIJIH/E33mOlNmYCZr7nxWNiu7KCPXS5Y5Sxh3/e2XLkRIZ8ISgh9sT4DzLPjVfV82nsj7da2K2Bi/jJcoCNrk1l0YA01qBjNuDRTGdLttiouZzVvWHJ9OPP9HQFixK+nLH+8LhZrZuWkZRexsdvaC+dmsrEDTlAbFUalyKuBpVFkSQuOgIgQ82ahIS8VzuQQEJXBolbFUPI0mR1ECjSYnT9fY+rZs8RptISvyxODa7qD8J49TnqU8fjI/s91rB09EsrSFaxaXcbN+fhmmP/zpvXufHg7Tv/w5S/OfPaDqjLirC3vv3JEdNOSeI+fuFbscrDoT+yIM8frp6NYD4+sXtD1KTOREVwqo4qAyiSSkAoFyvjghJ+LfhQs/WqefG7K2OYsl8B4dMcgDsizNQqHF7K+Ry48/jRPmBB7pDs/dnFwYG7M9j5uOgBTDlLFPZv+xE6Fh9h6fXQTG3pVJ27VjnfPm/Tz2eV1LGkYz96gZ+5cL7dm//yyuutPHP1lnZhR7iNWXT5dHEEmUJ19TP1s6H8nXd3x6yNpbPZ4jPZI/f+l1pxsWg/x69ro+KCUyRVLsqTu5M+PG8A1exw6Ii7brdIqH1PTE/0oIHOC5NdOe9LwuiThLJbEHbGaBRNyDlEElW3EnLTlsebUFHy3LPp81FsOxoB1IqFZg+aHJmK/hMCctlZl3lkrqAQfbQM4mK7CqOJyC2ujqKyOrJ4vBW23LOnbggD3LtmCBLdu2ZEmBUTlTopqpKigAvCPMkPfU0+CnNmEsUN2KjGUXeG6SBfPd1rwDB8Ru4vkLJHhZHkTPa1L3PZ/6O024ezcFMnjKkL2r4UqcDDvFb5p67mpn/ZtskMj6f5Mi2wJTy82UCSYpOsqqbwYsRI1tv/eRrGv1fjebx9dnQ1nqrYnOjvJve8wRv6Ne/HNlBnVua7Q8TGDh03YxwsZOzeoTHwRffe8d4akIcTmTrL13Yf2QDzVU4F345+2pjl1ptxP+NMZPrjVgAgO/DGE1iMWNrIhIzcLKcvLw7dSO3eO3J1W+vlW+jAIGho256uVOKlNxCtiiKhzDSEcZHwjDncYnk85COpk0fvQHHG6gUYacw7R18NkP60mlyjENh9NTEw/IjpvpAtQzyzSameVqv/UhDz4eVnz44NBij7DFfH5jmDKtOY8mlm4dc3RaY40VgHgiCxEXWNipDUmxuZkF7lKvokJ1cpbF171voIzxNpBIcPIA85YMDIHv5nmCy1p8HQGVs6MFuHm4DJHWW99N6NUeCM+I6dd630xjzWP0lZSQfAJ0tBw/eoL+1L6FwsxMiuw7tUXofsc+XYAPqfRk9zHmsdJuar37M2LCezn7x/GuuCRU+fZ5hIxEKmalpIgIiSQiz9+KT6EknCt+fD+nV0Lo1mu9RRm4eThBtJyNEurwvcB+jim4+6z62d0CULEiqyNZqpJS1X0S6f6S/eL7HohPn0LIMaIYyTYJgO27sAVZSZckNc2QaScAe3AxwZDXj8NyYzhF7EzawtQep4XFrVu8jrtihXiW/RPDNnQGnD7FPeRjccvPSv0NMj96Ibd1xY4duhkQJSWoBd0x+ltOYA7roMXTpt9eBYpDujbn1ZQhKPIkMrrMb63t/0si9lvFWt0nE0v+ArEWBumSVz18b3IKNVK/Ce04PPdcbGwsUK6trUBH0vrdNLC2p3czum3i8zm7O6Y+22QblqDItumzqY7dOeeTu9/7nrDK6PKszHqCfMt89M7jVoYVYqsmTXy6QSr5rMvF+GJr4344alolS0A8jjn6Q1wt1hfDvZ2nIECTtNf3DMvWOFj63XqWY83ae2+09xvh2j8aKqVTzOkIdXiY68tTjNCp3Dc/vH/wYU19m8WHCDtrqtKLb5QrsMPDATQq6/QwViE38r2U1Bt7WR9Lm3XNhwfvf3jDWZJLu64wqenJsLEcWsLca1oP277bAdeRHVpcMyCR6LA0Eu6ssOV9ab3TyzcsZv/+U/e21gpw/1dW+927j0lpDNmkZuhHrup6JWmi4OUv8px1vxvE+gnjhg296YwFpPd0r4yZcyiUaTlsAhk8HGwTDCPDTgChdiiHs1tNRrnc9sgvLWjtoi195hwPtf+VOStOHx96kvZFuddr1zmn0e3PY2W0Y8PnG6pSo36VIPReqd/RQ+fDVTNIwmolFY7CawowiLsSYOBi9KFjfqWBR0XcReRzLumzyzIzCfvGZ8nXS7H5NAQQ+59DNj6FOAxGpFCKJsItNodSkMDxlbjSoSvqUW531a7tsXE3UI6Ny6+t7eq95iZ1u9YrZf/n2NBLVU6PSGGsK2mAHonEPh/7L7eA9j03u7Bv8rw4ms0zvNHMj9TEzso+79G/67VjoHNtRmJiCtmWkMfdlbEzZ2FsY+dnWnm78ngJNufit6g+NIECMCoB1WNZy14dmL7dbMvmTJZdF7o1PK9i3Xt8eDj+/bqKvPAfNxBWEp+XF/+Udavxdnp1G7y9npIN6WyGSSE1MjDWHyItkT9YMUaGVMkwsknu4aLupD1v1cTgr1potzcfs+6OiNgFm48120nL8WHXn9twt3Iw6vYB74kdmhP/D80gpNeakmHKzTXXpqSYzf4UpowUSQm7FABaWrKzkK2JrKxpy4aBwEKgPZ0X3AgskaTUBj+OKUWHmo5GVEaIqBFOsxK+D/R83paJ9PTlPBkfv1AeWPxdYPH7pOPOnJ7+Ghcfg+5I/kvDy4TbxzUPn9+1iYJlTR/ll9y7HvH5i5bWFWNry2aoM4c0X/56V7NhM2rxSPl647vbuc4ZYyv0cj/d7JyuupW7G2yCg23pa/3DwjiZTKPB4ePj8TiJt0PjVCkL+eQmepFuMltEbyLz9zeh0oUf6RGoT+whKuKwRe1bfhE2TkHccyLVpOdIuPrSybKyRy81mpeP/BmfvARZn/ySU65FtNm/NP3+4AXGQPzwf5qsVCIeDvhtgj0UmS1eN38WYS1cvtKHLEpXyaMOvG4I9Ih7M2hiUuH3yTHEQCS+QoaHm7s02/P8yGu/m7ivn5z8sm74ynRlvQGZt+IVJDnQhzQUuL5uXYhpLznu38U84W/3F8+pEv8TzAL/qb7F8xabEH8vBpPnH4B1ZXgFPOtdfJN/ge03ssCLRbqTayi58m1UolZnuA/jQSkAph/1Odz+1Q06mrOyzga1AbM5GyIg14wt5hb3zf1mM5l1x5vM0wMr1rtYuJjfh0zIpRuerL7/yOLPPzniCQCVLYvW+bzxrdu375sXkx+v7Z5LJGTzVDvy8vYrFGI1tvzi+PiTHP0mF5hcb7tuO43a/Sxhl3E+l/8t+vYDy3OcVPvq3kkc+2ley6YxzPMSBfTpwsAEU8X0eHRUR167bt1Sim75CZRhZNivInpiuY5KfDCLssavnVmw5DKdf4xYovSXfPbIY6cGTDZbITjdCq/jdO1eMqTd/ZFcLq2SWttblAHz14wt5vIpxHzE23kPmiDO5SUQWWOVDAzI5eFJYprUTa9SM8UaKEZBACey6vowkO5kKQ3isPDK7VcHRgcARrJOpkM2WadadcRXE6kNE0dTAE0ynLaBq23MdPJQgEdKw7Q5M0fb8AowoCKDmqVhzZ4dCE+i2pBAwMdUMxiefHlC1+0Kc3QBCqjS8bGA+kPuGr81uR/UW1EEKZ1RQbS54naXPIHvyWDEVOMJCQaW2kihQ8NSS53twZNjXL9eEfnkSWTBgxfImwfta9wKCtzWtD94g7x4cCScqSjhcqbnqNxWdEKBRC3J0imhbCb9fah3b9P9wAl4U5ebU3+Sg81JjpYF3On/vvw++z689bwngHM5U7naD0PK4Wv5s+0tcpZzK6NPZM3+LCd6FlFG0HDuKuE9wyWyT05ODAPm+OBKiaoqNCEO1xjZ8Y3Ty+Hi4nHutISJONB4aiBMODdFfRKTmnipURP2eHPVms291anzg6+dHpCUQYfeOQiyf/s9cATk8zxmmP196YacS+PPf0l7nBUrSsrPS8YSMACIhwn9Oz3IEhQmtASlB5mEfpN17NRsC5fRx5ic6cNhfphKS7QRw0ilLxPrvtvcZlYWQDIGcsQ9FIFKQLGtsaxvmpH99Ox6HcxB83REdC8MAK+MJ2nuoW1oACTYSBfSDpYDYpqyzfkhNJozNnOs/OLE+JOcwndQ3uXpdynaVwWiu8Mx/APTvj2JcbuSMD1nW+ZhbFpUuvr+hKEyQF+lYeJ+3J+WFvuwzfTQTR/m1S/IBT8EAUAQv1yIonkPa75Kv3vG5+mTliXl6hPY7ysEav2kzGVMPp29hMEIhPUjzuruQcn7uqeyVIs8Vtl/+7IxUJkOEUiETqFEYF++Vh2+ieAkNOHtC5xkUOZy6HYGBosUCVSCeh3E/mwMDpkpkAhmpAJzngIEg3QIlIIFMVqcG56ztCC9h0PYIjuHYFGdQnDIS5azrsC4BH8DdsWtwrkQYImxYB0HwbvJzsn24Tk96QXrOXhX/CrGoMcFW7+TSnDxMuGb8IXyfXgEg1zDyjGAQCG+GV+IY+Cpzv6+JyhWhp1ZnDVzZtaTm6kdkI5OuycOh8tQ8ftlBxaNEiz4QvkWQiLT1zeKJv/JDoyaZSr2nj1eW8204vqSmJi+/PxDxGKaqf2PqVvfevBwVH1EeriqvVzvo/cuds1ykbMVHLOZo2DLXbJci72fn8nl7arw9Ag9Fdz0z2JjM2Z5yDxkxIyWc+cKCubMuZlBkqEyj1kZNTWRNyzoTGgmuWRnb7E2r0EtMyAZM8yDSHhODZLuqzKfknIiXYxvxm/YuXODXxsjnWlhpjOEwwKpYLhzSYGZjvyyhNdNChFgkZGR2RVIPtDveztH/Ah1eAvFJS2copzmGZVkKyDplkyE5BGVztcIFR/Rxq6cqZGDnpSetD+DM2LFlebag9u5mm/Dth+sbbbZaPYAm8129t1jPbZEBwhADmQEmsjs2TrKygi+bGT7KfyUxbPu3VW7gXkqBDScmlevqjkaCEktBHBTh6fMKlb4KejZAACgHS7IN2qGz9iwGE+gchA0D1aGPB0NWanHIDQqNQ+75G83dZ5SSUdlPT1GU8/61zuPeH/njdbFc8xo+8024xU2L1io7EdY9a2Wef8G0VfeAsfnCTjb1b+Ul+WUlf8ygvXEZV+//9+qudFmjqJGAea8vtf9/e6O2rwRzogz2Antc9n4qsX58/Pz9X59N64dn/rt1xUr8rH411Xzzr/u2xXo4JocVeYvyFcePaI0zDEojooe6A7ShLvfpZSRm/IUbtTT1gZ/MlQEaHDRFADygpAYFllpSDcgSJMIFZrjo4WaKPshnRZ5aJ0DlnqHG4LS/fv6/DOEQsIebzc3yDmi9d33epru60uffr3Pt2GyASScYDGLxY0N4m9FHAzyR2FtSmIIvGRpCMKFSgb1cp+mXOdoyneBG114EqwALRYuYKwVZjhbMvyFo85Ltmhb1n1L2v7J5bBUMGg/eeXVNAY+EJiwE95iq6Y26vGfQ6hq9s+TuWUrDGwMDbvG7Sv6zD3+csqX81R5LMZGf71/Qbu2BPapYOl5LBWDjWrNYWgnJ2cHSkV80hFSwEVqA9BPuC4iezCI8V7tZYe8RDa7IsrcdHQTuWQuiGqsPzywWJa7u7lmGGNilZ9Ufk51eWc0VpA8ruO1qpiY5vE7xF4GJfs0SZY52f/YwsNd120kh4fZTyCYr4b6yDQI6JV4GLzs9vWZ9ol4sn0tKffxjdVqYyOez2adVnYZpl0F5vDwknXrVWcrl7tiWfJclhFwGvH+BwgZ9UG0LuOSFW25MnxbG5/HILrMV0nfu4CowXqnsG9ajOq4PyDa3BX2O/71hIG2YRjGP7nlRbg/9++/l7UjBaY6iy0eCOlGZbc4dP9LTogTvYOit1PfPYKzXevF67cdWptdKpNf/6S5NNgmWVKohRO/pfloKz2s1BIkc/16Rq6Pd8FVCFHMq5eHuSJFDe35AefPf4OnrfNcrl0WlaK6d5qEYBBv17/L2J/csMPM5CSZ7Nq1NcdmzOCU7dsnQ+Rp2V64VaEKSQ8DQu+vh2F31bpXWVWVXa8AelTuZOgpOwA3EhRkwCDLIWH/sJGdGZg1fz4+6ysH+/ytwX9mR3jnw/bswMiamnjV/7/FSEKTlKlffx2j4POUKrK/KCK8Qm+oxmPb6Bg87UtPhqpqXqG2fEZWfmZdLKtkfrtfJsNvKyPwaBjzNEDpbI/0hfVhxYgieM3796rqsER5agYgTJv/4p9prF3FN7k/N3/66avQV+5EzT9z68HzeVZvTbO5O4be5ppeIJgr3Y73+gsxgmX0yBExoTlgdQ1tvqHd924uD8Ip648G9v8cQVmC+D5aXhx+qqBgTKgumZF55HCoMYePEBL5tZuf35rLRbiGZmq8C9de3dWQ0vlpOCLxZ6bKzwxIgQKiKYIj0PF7+2quoWO3SLS7g2tYvfrV/xqNnnvrtkh0+5aBq9G8+n11qaueqUXqKZM25uYmb5RINyb53o3Jkk1Ascbdl1KK7PV8QGcvo7C/daiQEZ31tvXZNL1Mn6fXq3a45eWV5alekFWqlpNXdrZ8o/ILd+xouXKpRaVasV7DOiG5hr/7B1p0U7p5028vqPxdQyLcrOrqTjaF1axyMxV+WbjKbTGLuoMgTGJlGBmd9pmWc8QM1Slj9W6TcgruSQbfiXb48cKJcVlHoHiHbCtr6dBqraYPHorruo5pS4kY1IlF5FF4VZcvlxSXDBQVoxI58GxR3rBMFhdl10YHLCLqpNdFB5zwF0AEOl6U8El5DXBvW4y7edzdxuk1tbRWuo4J9fxvaOgHmucPY+w/z5Xt6f9R83YbLbe5MN02Ys3ZMKZT5kQ010XMTkkNn70WTGHeyoCijupH5HCePuHkREZwc0adm4iM2548tSNuVJFS/RQ2z44A/mDj+cDzXHWGXK4yBTACTCq5Qq128i+oP4kLfKfDMXj2+RNSC/K4xuaGJHMirNuZExl3ovJhGYi/QIYQf3JiB3Uo47v5hScpksFblQcWCFV6ZEZV7AYJxRIJI9aUnnAuwdXEWt4fi1kbCNRzVAi0LGfqNgd6G+oXOjY46vccmkdtpi6O6pm+uZuI3/l4hJLjLQMaHytzZakXtRmlLaGiS2jk8Mxab1E+NnCTVe070BxPDvPMr8H7ExRtpSWltKqCEICv8TKELbxsXJDOJXFFz9CKobda8vK8pICVPzRMt832jO0J+wsLU1IKM3Jza80pMl+UkU4xZYiNGa0hdWP5RWtru6S/TrfC6H7kiQFeuF9BSmFhP7svbiNGPRiZZqU7nHWivmmaKURiVEhjHFfUMwNhg/tQ4NCzHwvKSPgQPsJDnz1zmGnscuzbm1mWTNFq1Iwu2LfP0QqoioLJaf56X8s8lP125EktkmLZYKyVdF81OakqI02ySDqzpHSov50UIcPI4I4E5bCGB1995bOBUeT/hX8RYwO5eEJLN51gPmtdEvw9rXnpAemsmXUBE153RbSsvH1Lolpw67ZfS0T6npcJqJvJEnlVyfS6OlcUkKeTNTfn53ezki3VCnmhgsd1mkkNdIAxSy/XbbbPhljlCtulh3/++l8VcYY9Ns5+CF/1+5u/l5C2cB92zp5d9Dl3y2OJzocQj5V5P/W2k898ZvAZNQp2KBbmnjYE5VtW1+Ltjj0LUOv3HRDdax2UqG5oumA+ZU1iPIUSn+jN+VEodJgikNZejUgm+GywfME3Ekjwv7DEKQKZ6J+zCiVCwcIUzKrIlEsKX1IUP+E228FHt/sSYY5cH1lFG8nr/ZpMvpm8LmXd/r7MIE3QdYNHddXsZYrgFSuWbVCbYjZQ8in5hGqK55WVvt1RjVKRm25W1M6ohV5IATmdkhHV+P//nl/Vp++68OLFim2R8yMXYHct9NoRNTsKJqYtwyG16/BNnNPYa8iynox5pOukeRlzAWLAfnk4TRlLa0iejJQQZQ5L5V+We3/pLb8szLCwN4F0mMHL6GQdxWKfgwRK4aRMxiwQJ+MZZNB0GLF+ehTDfggP1jUxGCXsjKik+V0urnjbB3cf7iRSQtK3TOfhRYcGDUsypIwuI4OOG2MeyZEFHwUJjQRHysLHFXoz2cLA5i0vNac85VmKuyLV+Q4c6UrrBc8E630fWrVth1e9hw+Jh1Di2u1K6/oilrY9gAHJizNqEloSnIpT1hn2g6wnOooXY+PU+o88a48V2R4bgPa6fWqscYVtac3DeKy+Yw2eZfa0Kn+Wu/zJnG2eOc3S05JpW5ZtceP9/qw3Lha7iqef5hMbsuo7V7DUjBlpotW5aZdLtqbMiinkIlS198hdz2+fT90Nf57nCBWoauksl838xtzUlSKG2C8iRqVvmCWLDS0mZ0RuffuWHuW4kRN2ZdnRiCfzKgLL8Wbzp933IjizaUnu2jRtPM33RfymKUo28EWNhTaBVBCkoxjjCsoqLKTqlnkUGb4ZT+H9rCzJgTxLhYwKlLwIWqVNfDk42Ya3yKPIU7MIuFBheVIWT1UXKDoplpotZF/uD9R8Ho3P4/JsjynM+GZ/+22HMZrH8X7jxrBrPdoYYRDiJLOEIFdGX/N/OwZsWnCVK3x4cZ2HQjJJaVX0rNLWmMXDVoWCGAgZpO6ytWu27XWBWJIUOxwc97E2WWWpCxbAlMMWhUT8/UgU9kpCCNdiwUq7z9IiXtiJFYCNkwtx65mzDBk15+8H0j3kSYRb/x2a2G1rG4I5hrC/HYIAho3BAQoPJyhQHRGjNYzocF7VF2zXAO1QDqJ22DLuLB+ra3d+c0fTOyTn0Cn9lL7KskLf8zk5iqfI5h3LnMg+n91onfIpbNm5vOjzvbcYzncDaWxRPoXNO5G5xXJZjuI7ZESmvVU9tIM5AGqSwvIHdQ/KR+8X9WWnIOegUD2znkodAkKwhxCMypsG4AzwrjlavtNMjJrzDLINC+psACDdRdFTPuuoSC8eyJOycsLvUapu8m+Ufw/FfX0eWlP4B7A7UvxcsUuLomMopjDUiSNwneGCs4l+Sh/2fNSMdmvhtGE/xD/5yXo6j7In1HScFqQylTf+m4KBhWLnyME9WrPthrEnvdy2nqtpW3cpv05Q0h+nP+vgdCtdtbmt1uBE62Qwu1V7MWkvxbyJymE9FWP+/iuTJrHVdnJ4VmJss8Xcz+53HybNsYlZ4WSvtNNsMumc7it58OJLL0Uvfor0HNfBAn7kFn/b2to5RuMdjJLLAhAMwkADyEF6Xbxf+V0FvdyhHyaKerlNJCOXpjsvj8M2ECWXsRAMQk8TmQOWTRvzrrQpozTlJZZCk+ThL6KfXhQeWVos/5RaWjeNUS/txdJwltZTvi6W7jN23xdbjt6x32LstjuaWTO99EE3kpJo6z6TELtO/OUn2CXXxSbUPAGLmHv//okH95F2xrGvbT7s95MfI70UcuL+fRDn/RPik+Alw6hE7w/49L4TqbC5iT6hFdh4y7vtPtveN8Hsqj8Xc06o++XXnNuptx2eEx+nfQxbfsl5mPoQQ5GQwgj5rX23xAwtehzkJYU8r7iRRR9LINH+W0iAdwWX80J9EnNj29zrc2CElyzBJ8Q7vc3bfLY/eAVMLxqQdSy7sMqcZjalmV7KlWvR+Tk5I5gtfWUfF7xxPcAt7PRk4UaB+HIlzyDFPE0DrzLy6Ge5gbFxvzo8+vpf94nWxmnzOhBfEsQAUwxCNVXk+TE+25NEd6VBSho3VA7mJS3f9OWRtJm//PmZbT41FtXfCzKCP2g94lXSybllae7gSGh3LoxQaE4aZeTCHZqE09FsucXpLPE6Yh3kR2gJTV3fYBqavuwzrVu0AnHAHz/PUinOkWGaBOtJReRYJ1aOUD2xEtrwiJNCPYsaUatAu6X1DNvXBaa3+AIba3ULi2/5xytoPyUksaD55tVIL0bDmo/0XR9WfVjVpf9oTQMj0vPmtWZVaAhlv1dQyz+ehX+6Ant729V3lKOuB1a7bAzwAGdvuOp+V5ijjH+55XHgnl1mPZ3/6HTpr8lLC/MWEapaUK1KJO+6JXoR1Ix4SdD15iPmsltexlffNKx5ZHb8htG9v9U+ImGYsmBHDL9n2l/hNOSPLdrpTtV03YvnZdQ4yBXw1CvFDEPtdIcasFeD51Xfvs2SM2XMykqm3F+WleUf4E7IAIOQAeEIYIAXDBCqKEuXKIjJzs6/lp9kMGRrYwS+TyDQare7S0o05Guza5KK+TfombNvzjoCHVVsHGgM2MUt1cJy/asS1f7PrCg+AwBXWMbICMpcOZMXNoA9ExevGBIUNzeQPTc2KNT/BW7Xddp2fEoxGCFxcS2BbgJ6quvUs32pERFoBNt0+kpuWBQc+X4Gsd1Q8/865C2LLhBU6enxwZEZvCTfgx6pS4/x1s44sPebG7OLMxv/+XWM4ra4bkn2/jONXTt+TGQ7xjwpbyaUwicFBPn27p7u7nfUHXRghn4LOByYPm5aYGTEa5RflzT7c7b5kKhJ0lumFXxM9//Hk09fWmtGJp/NC07OjlhY2UfwjYjwJfRVLoz45p4f7AX1tFTdkvnEP6hS4Okp1/R5blxpV+FstKjHwJsXJwWDcLJ3pqAGh+xIgHFv3ZNSUnt+dWki4VZ+CcERal6iH+0MubPV9dklmQ3//vJtZ+PMJVmdDTt2/LBhdCIfPwNArDdEAMy96Qdh6ldGFVPJ2KxkKJnmvhYsBYgQ2LV9EbT09RUYFxpr+5YEn+T97X+H1j7HBJOaiOnHUkVOClPFfKRj9KT5kRSGridb9+g/t4juCRK2nEApdArNF9kypAMm6U6lGG/2i4HTUJjXJcnORioQoAKKUiupWVnGMtIq1IyuqqzeKZP1sR1e3gCwi2KXpWmze95adi0d3GuU7ZCIxdxqLpvtijkCWj+UYJPX7lOqcuLlOkcdCBtzsT7qWJDwAu8Chz3EGwoKKitzzOHWcJ494xhoI9wRNvvC7125b9547YqZ2RI/gGxsibbI6/eTssFPkSwKGjNnsSQfkYh1F/rMvYtfbqtlvfNSb+i+nqaChH068NPaGRJB5Tf5tZfikJ8yy0YnxkfKjY/cTI/KR9aTj5b9lBV3qbHRcJdoXVD7pQVzZllXyPGk0jKG30OLxlImR70bO0nBRlNRL6ylx7Yt3ehwMNtESqXIaYoWxSalyMLWmSfsjju1bZDxVG30wxVOv4Bh28FhS4zjUrlGzux4PofCaMfGjPItHvjQC6GD7/gPDIiyLbvXf2wJ7zU3iAtcw6gB4iREms3TYDV42jyDDi5lFjBwuHzPdWl7zlD0AaBcwZlDYz58YxBnqCWV1qgjo0xcI/2kdn4Zq9SvBkUbLJkIzZNkZIiDwE1gSDLlXiPNbvA9/3OF22h0Y8Z8K4oDNrYVwb2t46u8qJe/D8kTqyHxtoqVjS4y8Tgttga7LnVv+vhsQxwUUv0fMlUMvNicQ5bXcwihNRItRRi1xObR6SciLiGK/Do91q+LEuowXjzxziqeRL/doHcjuGIFwQgKwDUgCDUPqtdiFLKAepLshbsS3PSG7RI9t3qnmOeFoVA+jxaH2yFOPAzWyyufqylOSqLF55Z/iGrbWplpL5mFVQqnnNHq8SkFsdWu0trAk6xg3+y8BT/odLnYolmKkI9PsDQZce46LmctJ1pHXrzFW+jt/eDkyUFPTO/JS/e919vvn/qPfFSnC+Ineb5vn8O1bYF/R38ei/iig0n0r2g1Vr8jWtcS28YXSkae/WjYZwqSeYZn28tD8HNrdF6qNAeDQzrOdp2Y99K8tOib0bmpix1z5rMbMThMDnPy1Gh/RgOZ3Me4ybST30e/v6iOkC8ehHlKWtBzZL+4b8ULNvpTao3IOSfXHdqIbGf6g1j/u7+Dh7n8lJFdIqE91TyHPxElXZIR6vDaWQiGisqxdqwcpWIQZqx/8am9ufz4+Fz+3lP+xbHMbA8ZcvNrLqt2ptJ1081YYqlox6pGIbJqRyKPGHtzk9K1QmZhPU8iQ4UVPDuvQoiCoFen7Cqoy62vz30hdi/CySqK5IryIm/maHxLKuQVICgsjLB60kdCunv3TnEB17gnLojtIrQNf7KELqKguE1mbgH3cHcHFo+pH69W/DlfgiXhhMockmxhxwXtMRaId3a7a50Q3YPxTXhG9oP1VG67L7ks6FNIVVA5+WwEEHGXHEFBfkCGAJK3H48AYAlYOwxBEMJ+WXpT3jZ5p7xLAQex86kcMRU4MSDq08NF1k9mW9q3/LcTX4d/JKY/ChIpFVF14CspmZ7M8VfZuDOn3DnuVcf5a8bEv8IJL0uHivDVpyu4ezUXbMkyXh5Pv3RpHlfPLdU9PT3xoY4ZVHD+7T8Grz9LPp3ce8rdvTmva5v74Paf4pvJBHtiS3Nj80yzZc2n3ykg8pqklZqg6P/vBuYZZoUgN2YH7syvX/0abs8Yzs/uElLh9yRSmmJ5TBOZ3BqlUhH2eHPl2Tmvky0KKjbIawSxsSIiN6Ap4i5mo9rfY7LCIunq06NuOGzAsrh4ejbZ0TyvyTrxZzrqSrKp+ITGmxfH9aSVvXr6DYL5/BUw6NIbhBoXEhjxeUOoIpRKGQzgor+EwlAPA6l/rfbwaHyt/4GuXeqxKvPmnk2fMou2Nj7FxeWbC8UdqO68ltCAAgCFIvRNUURIwCdwadvyzrflLajPpZdZkJdbv60+Rzv6OHSIIgqXh2mtrgMtvjD+lwuFz0fVYx7Zs+dmwralHlotJLYl3IzKjqR267/GQ6Ox0pjx5npITp3Tst3kSRkLz2I6XMf8FvHKkw1JoK8MTgqbxzMaH+Zi8Vxtppr57oouTPzp4o7MyKgd3Ri/vX17PDqKjMh8D+4uf05cKFKjSam8pCFJL6jzxGA252xEZx6fILn8z48Ik7ZNY5uWeOja2jW33vQZMr7s/y6k+6pN1joqhnfiq0+jSuEFLHI3nRooZCYlna6oypt4rQn0aH/zlsSKSDtbP7z4k5svWltWjCX9sxXe51blDCG5as+td+oXXE4CmDCy5XYQ3S2xM7okvkr85oraOOWy5YbSllYZYWZjHGpEcajGVtmcyUdaW8rHW75MaQ75r5kaYq4Mk43xQVahMMsTi0UAoVLFa2ry/65dPF1cYiSRMESiGw7BIAiKFZ0h1dNWblEdhkPTatOemNhZXCoHADAiWVeDgdi+yEghGxe1Ew0NXTIRBgBhc7mzYmP2FGZMHzpcYF3pWUk6I8KiCIJBcG5EIoZEMpZAsYe59q/82o8kVCoCCBbrmRgr3BwcbyQXaEtsoicG8zABEO6sDWCJ6NOkSs+V9bwuhdyYUXg/KILM3mxkylaqLStp9aTT0W86wGUcDFyeJRRag9TRL55fgc4ouE8k3VdZrdzjS7ja//9/fwSDF3iXxsUtDA4JSkn+psnyT03jp0qFFAFvPIFCInnSQ3auRwBsxVu3iepd7uRV6hGQSKXLM2Iv11lS78K1lau2+dY03DDIqzBIldxwo6HGd9uqldfupjTXncrImCOVKhFA8/Ly7rjUi7ZtLbYBAut3htA9SSQKAe8NiFSpPNdY+7el6V4KJAeHBC8MUpd6C/CYyZtDHeT99lJK/l3vIdcWbnsjCCZxFe7JW1v27ZIAoq90PkAL49aoELeTwPAKvnVcXAZ4Egb3t7TpRtNqr9VdW13trlu7FhyGTZyhZZ8UmLXMdIbdhEVf5r39PXFgDs1+lCBtL9nCnebOzrveg5m0ODErKcesC2VcDuS2BXcGYOclD4TPMNzl7lnkPxiqkuj9k1kpn/d7ZxjSvx7u94NgnqrJ0NU14OZ0G9ADhqb31xorgubb9VPuK2L+WcKjyUeEs/nDtohh+4Lg2+O7tt8cy//25vZd47dvpW00LNdvTLsFke2qNYaurgNuTrcDXV2GNQloxlbjJuVZYifxrPJK7oodOIMhWXbg3O7dtSlzaq3rbXK86Y+XMbX+2j0WTxhvaf+b847Avom2ttVtKyb6Ax8eVp4lPpx8GBfk6Izfbey9eTP/1s3eje9uf5a7S7Fcviv3MxBhKW6ngfx1ldy2JwMYAvKnAwMYBFGscDx7BGgIILBcfx1QwLABEARwgAAypORV65wIFmOmD3KuD3pemz0ySOhNpPutbcCni1pXwEPbWRk0oq6sp0GNi+GYB9gEthvkxODUDXexmtE32zwYHBoMg7P7GOpWt1h7+azu7GAHvvkcod2ys7Jss4EZgDaEHU8F9Gt0MivxFGXB95kMN0vv8aHP2RSQleV22qvpPoh++3yEgNcE1NWFFGQGmr558wM10yoFsQzLiYS7Y/GfVvtJIHn3Waz589mZ7ETwmqbsc6Iqz8mqjzT5Ws61sTnLW9YySkXpJ46XlD78IkO1TPz7dOwyVfx5YEbpo4cZn/27qKS6yk2dMVuavqXmxvTVlrlP+H6ennXl5WfwIlc8frzOclMgLJPyyxqy2e98G77+R69neNK6agAGDCZspOHO290d0tqRb2XIwDtreX7Le7n3ree7O1Jvb9j8p5ap9d8LeHoyZfEOVv+uN+cr/vjQ/uGP3PNv+u2Bjo2bZ5jqw+pDXwIGvNY/Ftjf98ah11YLqoVfIkaMqzne9PUHHgOxVqAS2IRKomgaDFdMi7FZc5CMzHwD4jaChWCbyIH/hwF3Y4BxPP/zAf7FCj31vQd5pN6DvfWfsLCOiuCuONICdx88OAK0MXJ0G4rZzEHQtwmDUHG7rc9mCMCGrdvJV3tufUUPUTa1tDCqKhmtrWIzZuW2pyGeGsHOJUjzDr6axmD0Le23v/Xto9Opat6OdZ8RxAqWw+m7JD5R1RwaIk2UqBJUoSF1Bdv19bQbfY4AJc+Q3yTdulG49bsQwcYQZZMhH+K3rZll2dmkUM7BhFgBrCFzMEpF02HLrNO4HQC4HadnmQ9LbrPT/BH2SdrU/aWwaEPgRU2i28twv39U4ZH8nuSGg9+oQyFMD+MAO6wEwAxwLKYHpmjhwLuJE3D7jYjRxqgkG0BmRDLlV4MdEcIUtCNCzXoXIdhBsqkEnlx2GBo0mfWkKg/nGYQC+4Aqbd0AQhBCOQApiCujGDTALNemVKe53sSdDyMUhELlosQIGanoxhjreISU4BFy0qZJLCGHRkUapYsgWwDN7U4FHXClwveSsG47F4EMOSzbWYxQgKIGicpCsC00CGIMHtahpVhrUEJigoKWxcASj8UUyWjB+EQdLg/Fgw5Sr1l2bglHww+BBHkEdZAsAXWTlYYtsmIxD5hXlI6OfIhCDuJRA0qhXRXzBe0AQkRPDFVckslKcUSoaEnQZIPfYnCYqtXpdyTj5DalgC6VBDHAiQq1T1sgO2wzdSZokTfffQj8gOFJO5RtRCiUgujkclYAsB5IbNU1DWyoBKohAa0cKqK7UT3xTqoX7HJOVIXECcSHFi0tHeNcNPQqrSNW3eNj9xxMM7j3bv8NYdXJm2I3Aq7gk98FA0SIFlgumCtwEKy/Cx7cYLsgQPCTIVdgwB8XNiE4F+TF2V0w4A4cgcVggsBBsOQuePCB5YIAwb2ruYIUhqEeFsEsmAfm8eAaWADzoQHgF7YBv+0LgsKQHl4Hi2EuVNUp+GWhzgm0JntUmIRYlLBmLQ9lQzxEQjTArxzlAY2PjLZgZTDReFbUVVjz7YmqGHtRi8lqWPqwMvWEjkBNRJ7AoqLx99KSyqyZivJ/V+kB8dBES/j66B8TxK9p4t+C0ywvyqpu2q4fxmle1m0/zguCERTDCZKiGZbjBSBKsqJqumFatuN6fhBGcZJmeVFWddN2/TBO87Ju+3Fe9/P+/h+ACBMahFHMeJJmeVFWddN2oh/GaV5WqbSxbtuP87qf9/t91NbHXPt+3u/8CRogFFWTumFatuN6PgBCMIKyOVweXyAUiSVSTCZXKFVqjVanNxhNOEFStNlitdkdTpfb42Xc3D08vbx9fP38UWgMFocnEEkACMEImUKl0RlMFpvD5fEFQpE4kfri//jwNIBzn2UAA7SmqDk8vZwubx9fd34PNgAAAAAAIEmSJEmSFBERERERERFRVVVVVVVVVTUzMzMzMzMzI5YkSZIkSZIPAAAAAAAgSZIkSZKUJEmSJEkyMzMzMzMzM3N3d3d3d3d3Bw8AAAAAACBJkiRJkpQkSZIkSbJt27Zt27nPuh7DQFFzeHo5Xd4+vu4FAAAAAAAAkiRJkiRJERERERERERFVVVVVVVVVVTMzMzMzMzOzOgZA0RsAAAA=) format('woff2')}

.pi {
    font-family: "primeicons";
    speak: none;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    text-transform: none;
    line-height: 1;
    display: inline-block;
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
}

.pi:before {
    --webkit-backface-visibility: hidden;
    backface-visibility: hidden;
}

.pi-fw {
    width: 1.28571429em;
    text-align: center;
}

.pi-spin {
    -webkit-animation: fa-spin 2s infinite linear;
    animation: fa-spin 2s infinite linear;
}

@media (prefers-reduced-motion: reduce) {
    .pi-spin {
        -webkit-animation-delay: -1ms;
        animation-delay: -1ms;
        -webkit-animation-duration: 1ms;
        animation-duration: 1ms;
        -webkit-animation-iteration-count: 1;
        animation-iteration-count: 1;
        -webkit-transition-delay: 0s;
        transition-delay: 0s;
        -webkit-transition-duration: 0s;
        transition-duration: 0s;
    }
}

@-webkit-keyframes fa-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}

@keyframes fa-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}

/* Deprecated icons */
.pi-circle-on:before {
    content: "\\e958";
}
.pi-circle-off:before {
    content: "\\e959";
}
/* End of deprecated icons */

.pi-address-book:before {
    content: "\\e900";
}
.pi-align-center:before {
    content: "\\e901";
}
.pi-align-justify:before {
    content: "\\e902";
}
.pi-align-left:before {
    content: "\\e903";
}
.pi-align-right:before {
    content: "\\e904";
}
.pi-amazon:before {
    content: "\\e905";
}
.pi-android:before {
    content: "\\e906";
}
.pi-angle-double-down:before {
    content: "\\e907";
}
.pi-angle-double-left:before {
    content: "\\e908";
}
.pi-angle-double-right:before {
    content: "\\e909";
}
.pi-angle-double-up:before {
    content: "\\e90a";
}
.pi-angle-down:before {
    content: "\\e90b";
}
.pi-angle-left:before {
    content: "\\e90c";
}
.pi-angle-right:before {
    content: "\\e90d";
}
.pi-angle-up:before {
    content: "\\e90e";
}
.pi-apple:before {
    content: "\\e90f";
}
.pi-arrow-circle-down:before {
    content: "\\e910";
}
.pi-arrow-circle-left:before {
    content: "\\e911";
}
.pi-arrow-circle-right:before {
    content: "\\e912";
}
.pi-arrow-circle-up:before {
    content: "\\e913";
}
.pi-arrow-down-left-and-arrow-up-right-to-center:before {
    content: "\\e914";
}
.pi-arrow-down-left:before {
    content: "\\e915";
}
.pi-arrow-down-right:before {
    content: "\\e916";
}
.pi-arrow-down:before {
    content: "\\e917";
}
.pi-arrow-left:before {
    content: "\\e918";
}
.pi-arrow-right-arrow-left:before {
    content: "\\e919";
}
.pi-arrow-right:before {
    content: "\\e91a";
}
.pi-arrow-u-turn-up-left:before {
    content: "\\e91b";
}
.pi-arrow-u-turn-up-right:before {
    content: "\\e91c";
}
.pi-arrow-up-left:before {
    content: "\\e91d";
}
.pi-arrow-up-right-and-arrow-down-left-from-center:before {
    content: "\\e91e";
}
.pi-arrow-up-right:before {
    content: "\\e91f";
}
.pi-arrow-up:before {
    content: "\\e920";
}
.pi-arrows-alt:before {
    content: "\\e921";
}
.pi-arrows-h:before {
    content: "\\e922";
}
.pi-arrows-v:before {
    content: "\\e923";
}
.pi-asterisk:before {
    content: "\\e924";
}
.pi-at:before {
    content: "\\e925";
}
.pi-backward:before {
    content: "\\e926";
}
.pi-ban:before {
    content: "\\e927";
}
.pi-barcode:before {
    content: "\\e928";
}
.pi-bars:before {
    content: "\\e929";
}
.pi-bell-slash:before {
    content: "\\e92a";
}
.pi-bell:before {
    content: "\\e92b";
}
.pi-bitcoin:before {
    content: "\\e92c";
}
.pi-blank:before {
    content: "\\e92d";
}
.pi-block-quote:before {
    content: "\\e92e";
}
.pi-bold:before {
    content: "\\e92f";
}
.pi-bolt:before {
    content: "\\e930";
}
.pi-book:before {
    content: "\\e931";
}
.pi-bookmark-fill:before {
    content: "\\e932";
}
.pi-bookmark:before {
    content: "\\e933";
}
.pi-box:before {
    content: "\\e934";
}
.pi-briefcase:before {
    content: "\\e935";
}
.pi-building-columns:before {
    content: "\\e936";
}
.pi-building:before {
    content: "\\e937";
}
.pi-bullseye:before {
    content: "\\e938";
}
.pi-calculator:before {
    content: "\\e939";
}
.pi-calendar-clock:before {
    content: "\\e93a";
}
.pi-calendar-minus:before {
    content: "\\e93b";
}
.pi-calendar-plus:before {
    content: "\\e93c";
}
.pi-calendar-times:before {
    content: "\\e93d";
}
.pi-calendar:before {
    content: "\\e93e";
}
.pi-camera:before {
    content: "\\e93f";
}
.pi-car:before {
    content: "\\e940";
}
.pi-caret-down:before {
    content: "\\e941";
}
.pi-caret-left:before {
    content: "\\e942";
}
.pi-caret-right:before {
    content: "\\e943";
}
.pi-caret-up:before {
    content: "\\e944";
}
.pi-cart-arrow-down:before {
    content: "\\e945";
}
.pi-cart-minus:before {
    content: "\\e946";
}
.pi-cart-plus:before {
    content: "\\e947";
}
.pi-case-sensitive:before {
    content: "\\e948";
}
.pi-chart-bar:before {
    content: "\\e949";
}
.pi-chart-line:before {
    content: "\\e94a";
}
.pi-chart-pie:before {
    content: "\\e94b";
}
.pi-chart-scatter:before {
    content: "\\e94c";
}
.pi-check-circle:before {
    content: "\\e94d";
}
.pi-check-square:before {
    content: "\\e94e";
}
.pi-check:before {
    content: "\\e94f";
}
.pi-chevron-circle-down:before {
    content: "\\e950";
}
.pi-chevron-circle-left:before {
    content: "\\e951";
}
.pi-chevron-circle-right:before {
    content: "\\e952";
}
.pi-chevron-circle-up:before {
    content: "\\e953";
}
.pi-chevron-down:before {
    content: "\\e954";
}
.pi-chevron-left:before {
    content: "\\e955";
}
.pi-chevron-right:before {
    content: "\\e956";
}
.pi-chevron-up:before {
    content: "\\e957";
}
.pi-circle-fill:before {
    content: "\\e958";
}
.pi-circle:before {
    content: "\\e959";
}
.pi-clipboard:before {
    content: "\\e95a";
}
.pi-clock:before {
    content: "\\e95b";
}
.pi-clone:before {
    content: "\\e95c";
}
.pi-cloud-download:before {
    content: "\\e95d";
}
.pi-cloud-upload:before {
    content: "\\e95e";
}
.pi-cloud:before {
    content: "\\e95f";
}
.pi-code-branch:before {
    content: "\\e960";
}
.pi-code:before {
    content: "\\e961";
}
.pi-cog:before {
    content: "\\e962";
}
.pi-columns-2:before {
    content: "\\e963";
}
.pi-comment:before {
    content: "\\e964";
}
.pi-comments:before {
    content: "\\e965";
}
.pi-compass:before {
    content: "\\e966";
}
.pi-compress:before {
    content: "\\e967";
}
.pi-copy:before {
    content: "\\e968";
}
.pi-credit-card:before {
    content: "\\e969";
}
.pi-crown:before {
    content: "\\e96a";
}
.pi-database:before {
    content: "\\e96b";
}
.pi-delete-left:before {
    content: "\\e96c";
}
.pi-desktop:before {
    content: "\\e96d";
}
.pi-directions-alt:before {
    content: "\\e96e";
}
.pi-directions:before {
    content: "\\e96f";
}
.pi-discord:before {
    content: "\\e970";
}
.pi-dollar:before {
    content: "\\e971";
}
.pi-dot:before {
    content: "\\e972";
}
.pi-download:before {
    content: "\\e973";
}
.pi-eject:before {
    content: "\\e974";
}
.pi-ellipsis-h:before {
    content: "\\e975";
}
.pi-ellipsis-v:before {
    content: "\\e976";
}
.pi-envelope:before {
    content: "\\e977";
}
.pi-equals:before {
    content: "\\e978";
}
.pi-eraser:before {
    content: "\\e979";
}
.pi-ethereum:before {
    content: "\\e97a";
}
.pi-euro:before {
    content: "\\e97b";
}
.pi-exclamation-circle:before {
    content: "\\e97c";
}
.pi-exclamation-triangle:before {
    content: "\\e97d";
}
.pi-expand:before {
    content: "\\e97e";
}
.pi-external-link:before {
    content: "\\e97f";
}
.pi-eye-dropper:before {
    content: "\\e980";
}
.pi-eye-slash:before {
    content: "\\e981";
}
.pi-eye:before {
    content: "\\e982";
}
.pi-face-smile:before {
    content: "\\e983";
}
.pi-facebook:before {
    content: "\\e984";
}
.pi-fast-backward:before {
    content: "\\e985";
}
.pi-fast-forward:before {
    content: "\\e986";
}
.pi-file-arrow-up:before {
    content: "\\e987";
}
.pi-file-check:before {
    content: "\\e988";
}
.pi-file-edit:before {
    content: "\\e989";
}
.pi-file-excel:before {
    content: "\\e98a";
}
.pi-file-export:before {
    content: "\\e98b";
}
.pi-file-import:before {
    content: "\\e98c";
}
.pi-file-o:before {
    content: "\\e98d";
}
.pi-file-pdf:before {
    content: "\\e98e";
}
.pi-file-plus:before {
    content: "\\e98f";
}
.pi-file-word:before {
    content: "\\e990";
}
.pi-file:before {
    content: "\\e991";
}
.pi-filter-fill:before {
    content: "\\e992";
}
.pi-filter-slash:before {
    content: "\\e993";
}
.pi-filter:before {
    content: "\\e994";
}
.pi-flag-fill:before {
    content: "\\e995";
}
.pi-flag:before {
    content: "\\e996";
}
.pi-folder-open:before {
    content: "\\e997";
}
.pi-folder-plus:before {
    content: "\\e998";
}
.pi-folder:before {
    content: "\\e999";
}
.pi-forward:before {
    content: "\\e99a";
}
.pi-gauge:before {
    content: "\\e99b";
}
.pi-gift:before {
    content: "\\e99c";
}
.pi-github:before {
    content: "\\e99d";
}
.pi-globe:before {
    content: "\\e99e";
}
.pi-google:before {
    content: "\\e99f";
}
.pi-graduation-cap:before {
    content: "\\e9a0";
}
.pi-grid-2:before {
    content: "\\e9a1";
}
.pi-grip-horizontal:before {
    content: "\\e9a2";
}
.pi-grip-vertical:before {
    content: "\\e9a3";
}
.pi-grip:before {
    content: "\\e9a4";
}
.pi-hammer:before {
    content: "\\e9a5";
}
.pi-hashtag:before {
    content: "\\e9a6";
}
.pi-heading-1:before {
    content: "\\e9a7";
}
.pi-heading-2:before {
    content: "\\e9a8";
}
.pi-heading-3:before {
    content: "\\e9a9";
}
.pi-heading-4:before {
    content: "\\e9aa";
}
.pi-heading-5:before {
    content: "\\e9ab";
}
.pi-heading-6:before {
    content: "\\e9ac";
}
.pi-heading:before {
    content: "\\e9ad";
}
.pi-headphones:before {
    content: "\\e9ae";
}
.pi-heart-fill:before {
    content: "\\e9af";
}
.pi-heart:before {
    content: "\\e9b0";
}
.pi-highlighter:before {
    content: "\\e9b1";
}
.pi-history:before {
    content: "\\e9b2";
}
.pi-home:before {
    content: "\\e9b3";
}
.pi-horizontal-rule:before {
    content: "\\e9b4";
}
.pi-hourglass:before {
    content: "\\e9b5";
}
.pi-id-card:before {
    content: "\\e9b6";
}
.pi-image:before {
    content: "\\e9b7";
}
.pi-images:before {
    content: "\\e9b8";
}
.pi-inbox:before {
    content: "\\e9b9";
}
.pi-indent:before {
    content: "\\e9ba";
}
.pi-indian-rupee:before {
    content: "\\e9bb";
}
.pi-info-circle:before {
    content: "\\e9bc";
}
.pi-info:before {
    content: "\\e9bd";
}
.pi-instagram:before {
    content: "\\e9be";
}
.pi-italic:before {
    content: "\\e9bf";
}
.pi-key:before {
    content: "\\e9c0";
}
.pi-language:before {
    content: "\\e9c1";
}
.pi-lightbulb:before {
    content: "\\e9c2";
}
.pi-link:before {
    content: "\\e9c3";
}
.pi-linkedin:before {
    content: "\\e9c4";
}
.pi-list-check:before {
    content: "\\e9c5";
}
.pi-list-ol:before {
    content: "\\e9c6";
}
.pi-list-tree:before {
    content: "\\e9c7";
}
.pi-list:before {
    content: "\\e9c8";
}
.pi-lock-open:before {
    content: "\\e9c9";
}
.pi-lock:before {
    content: "\\e9ca";
}
.pi-map-marker:before {
    content: "\\e9cb";
}
.pi-map:before {
    content: "\\e9cc";
}
.pi-mars:before {
    content: "\\e9cd";
}
.pi-megaphone:before {
    content: "\\e9ce";
}
.pi-microchip-ai:before {
    content: "\\e9cf";
}
.pi-microchip:before {
    content: "\\e9d0";
}
.pi-microphone:before {
    content: "\\e9d1";
}
.pi-microsoft:before {
    content: "\\e9d2";
}
.pi-minus-circle:before {
    content: "\\e9d3";
}
.pi-minus:before {
    content: "\\e9d4";
}
.pi-mobile:before {
    content: "\\e9d5";
}
.pi-money-bill:before {
    content: "\\e9d6";
}
.pi-moon:before {
    content: "\\e9d7";
}
.pi-note-sticky:before {
    content: "\\e9d8";
}
.pi-objects-column:before {
    content: "\\e9d9";
}
.pi-outdent:before {
    content: "\\e9da";
}
.pi-palette:before {
    content: "\\e9db";
}
.pi-paperclip:before {
    content: "\\e9dc";
}
.pi-paragraph-left:before {
    content: "\\e9dd";
}
.pi-paragraph-right:before {
    content: "\\e9de";
}
.pi-pause-circle:before {
    content: "\\e9df";
}
.pi-pause:before {
    content: "\\e9e0";
}
.pi-paypal:before {
    content: "\\e9e1";
}
.pi-pen-line:before {
    content: "\\e9e2";
}
.pi-pen-to-square:before {
    content: "\\e9e3";
}
.pi-pencil:before {
    content: "\\e9e4";
}
.pi-percentage:before {
    content: "\\e9e5";
}
.pi-phone:before {
    content: "\\e9e6";
}
.pi-pinterest:before {
    content: "\\e9e7";
}
.pi-play-circle:before {
    content: "\\e9e8";
}
.pi-play:before {
    content: "\\e9e9";
}
.pi-plus-circle:before {
    content: "\\e9ea";
}
.pi-plus:before {
    content: "\\e9eb";
}
.pi-pound:before {
    content: "\\e9ec";
}
.pi-power-off:before {
    content: "\\e9ed";
}
.pi-prime:before {
    content: "\\e9ee";
}
.pi-print:before {
    content: "\\e9ef";
}
.pi-qrcode:before {
    content: "\\e9f0";
}
.pi-question-circle:before {
    content: "\\e9f1";
}
.pi-question:before {
    content: "\\e9f2";
}
.pi-receipt:before {
    content: "\\e9f3";
}
.pi-rectangle-xmark:before {
    content: "\\e9f4";
}
.pi-reddit:before {
    content: "\\e9f5";
}
.pi-refresh:before {
    content: "\\e9f6";
}
.pi-replay:before {
    content: "\\e9f7";
}
.pi-reply:before {
    content: "\\e9f8";
}
.pi-rows-2:before {
    content: "\\e9f9";
}
.pi-save:before {
    content: "\\e9fa";
}
.pi-search-minus:before {
    content: "\\e9fb";
}
.pi-search-plus:before {
    content: "\\e9fc";
}
.pi-search:before {
    content: "\\e9fd";
}
.pi-send:before {
    content: "\\e9fe";
}
.pi-server:before {
    content: "\\e9ff";
}
.pi-share-alt:before {
    content: "\\ea00";
}
.pi-shield:before {
    content: "\\ea01";
}
.pi-shop:before {
    content: "\\ea02";
}
.pi-shopping-bag:before {
    content: "\\ea03";
}
.pi-shopping-cart:before {
    content: "\\ea04";
}
.pi-sidebar:before {
    content: "\\ea05";
}
.pi-sign-in:before {
    content: "\\ea06";
}
.pi-sign-out:before {
    content: "\\ea07";
}
.pi-signature:before {
    content: "\\ea08";
}
.pi-sitemap:before {
    content: "\\ea09";
}
.pi-slack:before {
    content: "\\ea0a";
}
.pi-slash:before {
    content: "\\ea0b";
}
.pi-sliders-h:before {
    content: "\\ea0c";
}
.pi-sliders-v:before {
    content: "\\ea0d";
}
.pi-sort-alpha-down-alt:before {
    content: "\\ea0e";
}
.pi-sort-alpha-down:before {
    content: "\\ea0f";
}
.pi-sort-alpha-up-alt:before {
    content: "\\ea10";
}
.pi-sort-alpha-up:before {
    content: "\\ea11";
}
.pi-sort-alt-slash:before {
    content: "\\ea12";
}
.pi-sort-alt:before {
    content: "\\ea13";
}
.pi-sort-amount-down-alt:before {
    content: "\\ea14";
}
.pi-sort-amount-down:before {
    content: "\\ea15";
}
.pi-sort-amount-up-alt:before {
    content: "\\ea16";
}
.pi-sort-amount-up:before {
    content: "\\ea17";
}
.pi-sort-down-fill:before {
    content: "\\ea18";
}
.pi-sort-down:before {
    content: "\\ea19";
}
.pi-sort-numeric-down-alt:before {
    content: "\\ea1a";
}
.pi-sort-numeric-down:before {
    content: "\\ea1b";
}
.pi-sort-numeric-up-alt:before {
    content: "\\ea1c";
}
.pi-sort-numeric-up:before {
    content: "\\ea1d";
}
.pi-sort-up-fill:before {
    content: "\\ea1e";
}
.pi-sort-up:before {
    content: "\\ea1f";
}
.pi-sort:before {
    content: "\\ea20";
}
.pi-sparkles:before {
    content: "\\ea21";
}
.pi-spinner-dotted:before {
    content: "\\ea22";
}
.pi-spinner:before {
    content: "\\ea23";
}
.pi-square:before {
    content: "\\ea24";
}
.pi-stamp:before {
    content: "\\ea25";
}
.pi-star-fill:before {
    content: "\\ea26";
}
.pi-star-half-fill:before {
    content: "\\ea27";
}
.pi-star-half:before {
    content: "\\ea28";
}
.pi-star:before {
    content: "\\ea29";
}
.pi-step-backward-alt:before {
    content: "\\ea2a";
}
.pi-step-backward:before {
    content: "\\ea2b";
}
.pi-step-forward-alt:before {
    content: "\\ea2c";
}
.pi-step-forward:before {
    content: "\\ea2d";
}
.pi-stop-circle:before {
    content: "\\ea2e";
}
.pi-stop:before {
    content: "\\ea2f";
}
.pi-stopwatch:before {
    content: "\\ea30";
}
.pi-strikethrough:before {
    content: "\\ea31";
}
.pi-subscript:before {
    content: "\\ea32";
}
.pi-sun:before {
    content: "\\ea33";
}
.pi-superscript:before {
    content: "\\ea34";
}
.pi-sync:before {
    content: "\\ea35";
}
.pi-table:before {
    content: "\\ea36";
}
.pi-tablet:before {
    content: "\\ea37";
}
.pi-tag:before {
    content: "\\ea38";
}
.pi-tags:before {
    content: "\\ea39";
}
.pi-telegram:before {
    content: "\\ea3a";
}
.pi-text-color:before {
    content: "\\ea3b";
}
.pi-text:before {
    content: "\\ea3c";
}
.pi-th-large:before {
    content: "\\ea3d";
}
.pi-thumbs-down-fill:before {
    content: "\\ea3e";
}
.pi-thumbs-down:before {
    content: "\\ea3f";
}
.pi-thumbs-up-fill:before {
    content: "\\ea40";
}
.pi-thumbs-up:before {
    content: "\\ea41";
}
.pi-thumbtack:before {
    content: "\\ea42";
}
.pi-ticket:before {
    content: "\\ea43";
}
.pi-tiktok:before {
    content: "\\ea44";
}
.pi-times-circle:before {
    content: "\\ea45";
}
.pi-times:before {
    content: "\\ea46";
}
.pi-trash:before {
    content: "\\ea47";
}
.pi-trophy:before {
    content: "\\ea48";
}
.pi-truck:before {
    content: "\\ea49";
}
.pi-turkish-lira:before {
    content: "\\ea4a";
}
.pi-twitch:before {
    content: "\\ea4b";
}
.pi-twitter:before {
    content: "\\ea4c";
}
.pi-underline:before {
    content: "\\ea4d";
}
.pi-undo:before {
    content: "\\ea4e";
}
.pi-unlock:before {
    content: "\\ea4f";
}
.pi-upload:before {
    content: "\\ea50";
}
.pi-user-edit:before {
    content: "\\ea51";
}
.pi-user-minus:before {
    content: "\\ea52";
}
.pi-user-plus:before {
    content: "\\ea53";
}
.pi-user:before {
    content: "\\ea54";
}
.pi-users:before {
    content: "\\ea55";
}
.pi-venus:before {
    content: "\\ea56";
}
.pi-verified:before {
    content: "\\ea57";
}
.pi-video:before {
    content: "\\ea58";
}
.pi-vimeo:before {
    content: "\\ea59";
}
.pi-volume-down:before {
    content: "\\ea5a";
}
.pi-volume-off:before {
    content: "\\ea5b";
}
.pi-volume-up:before {
    content: "\\ea5c";
}
.pi-wallet:before {
    content: "\\ea5d";
}
.pi-warehouse:before {
    content: "\\ea5e";
}
.pi-wave-pulse:before {
    content: "\\ea5f";
}
.pi-whatsapp:before {
    content: "\\ea60";
}
.pi-wifi:before {
    content: "\\ea61";
}
.pi-window-maximize:before {
    content: "\\ea62";
}
.pi-window-minimize:before {
    content: "\\ea63";
}
.pi-wrench:before {
    content: "\\ea64";
}
.pi-youtube:before {
    content: "\\ea65";
}
`})),xU=/* @__PURE__ */ n({startStandalone:()=>SU});function SU(){let e=document.createElement(`style`);e.setAttribute(`data-mm`,`primeicons`),e.textContent=yU,document.head.appendChild(e),document.documentElement.classList.add(`mm-page`),Cp(()=>!0);let t=document.getElementById(`model-manager-root`);t||(t=document.createElement(`div`),t.id=`model-manager-root`,document.body.appendChild(t));let n=Zw(s()),r=Jz(navigator.language);return $w(n,e=>Qz[r].modelManager.downloads[e]),eT(n,Xz(()=>r)),Qw(n),_U(gU(Bz,n,r,{standalone:!0}),t)}var CU=t((()=>{c(),Vz(),iT(),$z(),vU(),Pp(),bU()}));function wU(e){return{mode:`comfyui`,fetch:(t,n)=>e.fetchApi(t,n),url:t=>typeof e.apiURL==`function`?e.apiURL(t):`/api`+t,on(t,n){let r=e=>n(e.detail);return e.addEventListener(t,r),()=>e.removeEventListener(t,r)},onReconnect(t){let n=()=>t();return e.addEventListener(`reconnected`,n),()=>e.removeEventListener(`reconnected`,n)}}}var TU=t((()=>{})),EU,DU,OU,kU=t((()=>{q(),eg(),l_(),YC(),Cz(),BR(),EU={class:`mm-missing-intro`},DU={class:`mm-missing-list`},OU=/*@__PURE__*/ Rr({__name:`MissingModelsDialog`,props:{store:{}},setup(e){let t=e,{t:n}=xC(),r=t.store.ui,i=t.store.listed,a=t.store.pending,o=t.store.relinkable,s=t.store.allDone;return(t,c)=>(L(),R(W,null,[G(P(i_),{visible:P(r).visible,"onUpdate:visible":c[3]||=e=>P(r).visible=e,header:P(n)(`modelManager.missing.title`),modal:P(r).modal,position:P(r).modal?`center`:`bottom`,class:`mm-dialog mm-missing`,style:{width:`40rem`,maxWidth:`95vw`},"data-testid":`missing-dialog`},{footer:F(()=>[G(P(Z),{label:P(n)(`modelManager.common.close`),severity:`secondary`,text:``,onClick:c[0]||=e=>P(r).visible=!1},null,8,[`label`]),!P(s)&&P(o).length>0&&e.store.canRelink.value?(L(),z(P(Z),{key:0,icon:`pi pi-link`,severity:`secondary`,label:P(n)(`modelManager.missing.relinkAll`),"data-testid":`missing-relink-all`,onClick:c[1]||=t=>e.store.relinkAll()},null,8,[`label`])):H(``,!0),P(s)?H(``,!0):(L(),z(P(Z),{key:1,icon:`pi pi-download`,label:P(n)(`modelManager.missing.downloadAll`),disabled:P(a).length===0,loading:e.store.state.loading,"data-testid":`missing-download-all`,onClick:c[2]||=t=>e.store.downloadAll()},null,8,[`label`,`disabled`,`loading`]))]),default:F(()=>[B(`p`,EU,[P(s)?(L(),R(W,{key:0},[c[4]||=B(`i`,{class:`pi pi-check-circle mm-missing-ok`},null,-1),V(` `+M(P(n)(`modelManager.missing.allDone`)),1)],64)):(L(),R(W,{key:1},[V(M(P(n)(`modelManager.missing.intro`,{n:P(i).length},P(i).length)),1)],64))]),B(`ul`,DU,[(L(!0),R(W,null,gi(P(i),t=>(L(),z(Sz,{key:e.store.keyOf(t),store:e.store,model:t},null,8,[`store`,`model`]))),128))])]),_:1},8,[`visible`,`header`,`modal`,`position`]),G(zR)],64))}})})),AU=t((()=>{})),jU,MU=t((()=>{kU(),kU(),AU(),jU=OU}));function NU(e,t={}){let n=Jw(e,t.host??{},t),r=/* @__PURE__ */ St({visible:!1,shown:[],modal:!0}),i=e=>!t.only||t.only(e),a=K(()=>n.state.items.filter(e=>r.shown.includes(n.keyOf(e)))),o=K(()=>a.value.length>0&&a.value.every(e=>n.state.rows[n.keyOf(e)]?.state===`done`)),s=e=>r.shown.includes(n.keyOf(e)),c=K(()=>n.pending.value.filter(s)),l=K(()=>n.relinkable.value.filter(s));async function u(){await Promise.all(c.value.map(e=>n.download(e)))}function d(){return l.value.filter(e=>n.relink(e)).length}async function f(e,t={}){if(!e||typeof e!=`object`)return!1;if(!await n.resolve({workflow:e}))return n.state.error&&console.warn(`[ModelManager] workflow check failed:`,n.state.error),!1;let a=n.needing.value.filter(i);return a.filter(e=>!t.declaredOnly||e.declared).length?(r.shown=a.map(e=>n.keyOf(e)),r.visible=!0,!0):!1}async function p(e){let t=n.state.items.find(t=>t.name===e.name&&(t.directory??e.directory)===e.directory);t||=(n.state.items.push({name:e.name,directory:e.directory,nodes:[],status:`download`,declared:!0,candidates:[{url:e.url,source:`workflow`,confidence:1,match:`name`,directory:e.directory}]}),n.state.items[n.state.items.length-1]);let i=t.candidates.findIndex(t=>t.url===e.url);i<0&&(t.candidates.unshift({url:e.url,source:`workflow`,confidence:1,match:`name`,directory:e.directory}),i=0);let a=n.keyOf(t);return r.shown.includes(a)||(r.shown=[...r.shown,a]),r.visible=!0,await n.download(t,i),n.rowOf(t).state!==`error`}return xr(o,e=>{e&&t.onAllDone?.()}),{...n,ui:r,check:f,take:p,listed:a,allDone:o,pending:c,relinkable:l,downloadAll:u,relinkAll:d}}var PU=t((()=>{q(),Yw()}));function FU(e){let t=e.url??``;return zU.has(t)?!0:LU.some(e=>t.startsWith(e))?RU.some(t=>e.name.endsWith(t)):!1}function IU(e,t=window){if(t[BU]!==void 0||Object.getOwnPropertyDescriptor(t,BU))return!1;let n,r=!1,i=Object.freeze({isRemote:()=>!1,downloadModel:(t,n,r)=>e({url:String(t),name:String(n),directory:String(r)}).catch(()=>!1)});try{Object.defineProperty(t,BU,{configurable:!0,enumerable:!1,get:()=>n??(r?i:void 0),set:e=>{n=e}})}catch{return!1}return t.addEventListener(`click`,e=>{let t=e.target;t&&typeof t.closest==`function`&&t.closest(`[data-testid="missing-model-download"], [data-testid="missing-model-download-all"]`)&&(r=!0,setTimeout(()=>{r=!1},0))},!0),!0}var LU,RU,zU,BU,VU=t((()=>{LU=[`https://civitai.com/`,`https://civitai.red/`,`https://huggingface.co/`],RU=[`.safetensors`,`.sft`,`.ckpt`,`.pth`,`.pt`],zU=/* @__PURE__ */ new Set([`https://huggingface.co/stabilityai/stable-zero123/resolve/main/stable_zero123.ckpt`,`https://huggingface.co/TencentARC/T2I-Adapter/resolve/main/models/t2iadapter_depth_sd14v1.pth?download=true`,`https://github.com/xinntao/Real-ESRGAN/releases/download/v0.1.0/RealESRGAN_x4plus.pth`,`http://localhost:8188/api/devtools/fake_model.safetensors`]),BU=`__comfyDesktop2`}));function HU(e,t){let n=e?.options?.values;if(Array.isArray(n)){let e=n.find(e=>typeof e==`string`&&e.replace(/\\/g,`/`)===t);if(typeof e==`string`)return e}return t}function UU(e,t=()=>window.LiteGraph){function n(){let t=e.canvas?.ds?.visible_area;if(t&&t.length>=4){let e=Math.max(window.devicePixelRatio??1,1);return[t[0]+t[2]/e/2,t[1]+t[3]/e/2]}return[100,100]}function r(t){try{let n=e.clientPosToCanvasPos?.(t);if(n)return[n[0],n[1]]}catch{}let r=e.canvas?.convertEventToCanvasOffset?.({clientX:t[0],clientY:t[1]});return r?[r[0],r[1]]:n()}let i=null;return{canAddToWorkflow(n){return n in Tw&&!!t()&&!!e.graph},addToWorkflow(i,a){let o=Tw[i.folder],s=t(),c=e.canvas?.graph??e.graph;if(!o||!s||!c)return!1;let l=s.createNode(o.node);if(!l)return!1;let u=a?r(a):n();l.pos=[u[0],u[1]+(a?s.NODE_TITLE_HEIGHT??30:0)],c.add(l);let d=l.widgets?.find(e=>e.name===o.widget);return d&&(d.value=HU(d,i.relativePath)),c.setDirtyCanvas?.(!0,!0),e.canvas?.setDirty?.(!0,!0),!0},currentWorkflow(){let t=e.graph;return typeof t?.serialize==`function`?t.serialize():null},relinkModel(t,n){let r=0;for(let i of WU(e.graph))for(let e of i.nodes??i._nodes??[])for(let i of e.widgets??[])typeof i.value==`string`&&i.value.replace(/\\/g,`/`)===t&&(i.value=HU(i,n),i.callback?.(i.value),r++);return r&&(e.graph?.setDirtyCanvas?.(!0,!0),e.canvas?.setDirty?.(!0,!0)),r},refreshModels(){i&&clearTimeout(i),i=setTimeout(()=>{i=null;try{let t=e.extensionManager?.command,n=Array.isArray(t?.commands)&&t.commands.some(e=>e?.id===YU);typeof e.refreshMissingModels==`function`&&n&&typeof t?.execute==`function`?Promise.resolve(t.execute(YU)).then(()=>e.canvas?.setDirty?.(!0,!0)).catch(e=>console.warn(`[ModelManager] could not refresh the host model lists`,e)):(typeof e.refreshComboInNodes==`function`&&e.refreshComboInNodes(),typeof e.refreshMissingModels==`function`&&e.refreshMissingModels())}catch(e){console.warn(`[ModelManager] could not refresh the host model lists`,e)}},300)}}}function WU(e){let t=[],n=e=>{if(!e||t.includes(e))return;t.push(e);let r=e.subgraphs;if(r)for(let e of r instanceof Map?r.values():Object.values(r))n(e);for(let t of e.nodes??e._nodes??[])n(t.subgraph)};return n(e),t}function GU(e,t){if(!t.size||!e||typeof e!=`object`)return 0;let n=e,r=[n.nodes,...(n.definitions?.subgraphs??[]).map(e=>e?.nodes)],i=0;for(let e of r)if(Array.isArray(e))for(let n of e){if(!n||typeof n!=`object`)continue;let e=n.widgets_values,r=Array.isArray(e)?e:e&&typeof e==`object`?Object.values(e):[],a=n.properties&&typeof n.properties==`object`?n.properties:{},o=Array.isArray(a.models)?[...a.models]:[],s=!1;for(let e of r){if(typeof e!=`string`)continue;let n=t.get(e.replace(/\\/g,`/`));n&&!o.some(t=>t&&t.name===e)&&(o.push({name:e,url:n.url,directory:n.directory,hash:n.sha256,hash_type:`sha256`}),s=!0,i++)}s&&(n.properties={...a,models:o})}return i}function KU(e,t,n){if(!e||typeof e.serialize!=`function`)return!1;let r=e.serialize;return e.serialize=function(...i){let a=r.apply(this??e,i);try{n()&&GU(a,t())}catch(e){console.warn(`[ModelManager] could not write model links`,e)}return a},!0}function qU(e){let t=e.dataTransfer?.getData(nT);if(!t)return null;try{let e=JSON.parse(t);if(e&&typeof e.folder==`string`&&typeof e.relativePath==`string`)return{folder:e.folder,pathIndex:Number(e.pathIndex)||0,relativePath:e.relativePath}}catch{}return null}function JU(e,t){let n=t=>{let n=t.target;return!n||typeof n.closest!=`function`||n.closest(`.mm-root, .mm-dialog`)?!1:n===e.canvasEl||!!n.closest(`#graph-canvas-container, .graph-canvas-container`)},r=e=>!!e.dataTransfer&&Array.from(e.dataTransfer.types??[]).includes(`application/x-model-manager-model`),i=e=>{r(e)&&n(e)&&(e.preventDefault(),e.dataTransfer.dropEffect=`copy`)},a=e=>{if(!r(e)||(e.preventDefault(),e.stopImmediatePropagation(),!n(e)))return;let i=qU(e);i&&t.addToWorkflow(i,[e.clientX,e.clientY])};return document.addEventListener(`dragover`,i,!0),document.addEventListener(`drop`,a,!0),()=>{document.removeEventListener(`dragover`,i,!0),document.removeEventListener(`drop`,a,!0)}}var YU,XU=t((()=>{iT(),Ew(),YU=`Comfy.RefreshNodeDefinitions`})),ZU=/* @__PURE__ */ n({freeCombo:()=>$U,startComfy:()=>nW});function QU(e){for(let t of Array.from(document.querySelectorAll(`[data-v-app]`))){let n=(t.__vue_app__?.config?.globalProperties?.$pinia)?._s?.get(e);if(n)return n}return null}function $U(e,t=QU(`keybinding`)){let n=t?.keybindings;if(!Array.isArray(n))return!1;let r=e=>e&&typeof e.key==`string`?[e.key.toLowerCase(),!!e.ctrl,!!e.alt,!!e.shift,!!e.meta].join(`:`):``,i=r(e);return!n.some(e=>r(e?.combo)===i)}function eW(e,t){try{return e.extensionManager?.setting?.get?.(t)??e.ui?.settings?.getSettingValue?.(t)}catch{return}}function tW(e){let t=eW(e,`Comfy.Locale`);return Jz(typeof t==`string`?t:navigator.language)}async function nW(){let[{app:e},{api:t}]=await Promise.all([import(
/* @vite-ignore */
oW),import(
/* @vite-ignore */
sW)]),n=typeof e.extensionManager?.toast?.add==`function`?t=>e.extensionManager.toast.add({...t}):null,r=UU(e),i=Zw(wU(t),n,r),a=typeof e.refreshMissingModels==`function`,o=e=>e.candidates.find(e=>e.source===`workflow`)?.url,s=e=>{let t=o(e);return e.status===`download`&&!!t&&FU({name:e.name,url:t})},c=NU(i.api,{host:{relink:(e,t)=>r.relinkModel?.(e,t)??0},only:a?e=>e.status!==`unresolved`&&!s(e):void 0}),l=()=>new Map([...i.workflow.knownLinks(),...c.knownLinks()]),u=()=>tW(e),d=t=>eW(e,t),f=e=>Qz[u()].modelManager.host[e],p=null,m=null,h=null,g=!0,_=!0;function v(){let t=e.loadGraphData;typeof t==`function`&&(e.loadGraphData=async function(...n){let r=n[4],i=r&&typeof r==`object`?r:{},o=_;a?_=i.skipAssetScans!==!0&&i.silentAssetErrors!==!0:(_=i.showMissingModelsDialog!==!1,n.length=Math.max(n.length,5),n[4]={...i,showMissingModelsDialog:!1});try{return await t.apply(this??e,n)}finally{_=o}})}v();function y(){let t=e.extensionManager;if(t?.command?.execute)return t.command.execute(`Workspace.ToggleSidebarTab.${rW}`);t?.sidebarTab?.toggleSidebarTab?.(rW)}async function b(){p||await y(),i.models.wide.value=!0}function x(){if(m)return;let e=document.createElement(`div`);e.className=`mm-missing-host`,document.body.appendChild(e),m=_U(gU(jU,i,u(),{store:c}),e)}async function S(e){return c.ui.modal=!1,x(),c.take(e)}a&&IU(S),e.registerExtension({name:`ModelManager.Sidebar`,commands:[{id:iW,label:f(`open`),icon:`pi pi-box`,function:y},{id:`ModelManager.BrowseWide`,label:f(`openWide`),icon:`pi pi-window-maximize`,function:b}],menuCommands:[{path:[`Extensions`],commands:[iW,`ModelManager.BrowseWide`]}],keybindings:$U(aW)?[{combo:aW,commandId:iW}]:[],setup(){e.extensionManager?.registerSidebarTab?.({id:rW,icon:`pi pi-box`,title:f(`title`),tooltip:f(`tooltip`),type:`custom`,render(e){p?.unmount(),e.style.height=`100%`,e.style.minHeight=`0`,p=_U(gU(Bz,i,u()),e)},destroy(){p?.unmount(),p=null}}),$w(i,e=>Qz[u()].modelManager.downloads[e]),eT(i,Xz(u)),Qw(i),JU(e,r),KU(e.graph,l,()=>i.settings.settings.value?.embedModelLinks!==!1),i.settings.load(),i.tasks.attach(),c.attach(),i.tasks.load()},beforeConfigureGraph(e){h=e},async afterConfigureGraph(){let e=h;h=null;let t=g;g=!1,e&&_&&d(`Comfy.Workflow.ShowMissingModelsWarning`)!==!1&&await c.check(e,{declaredOnly:t})&&(c.ui.modal=!a&&c.listed.value.some(e=>!!o(e)),x())}})}var rW,iW,aW,oW,sW,cW=t((()=>{TU(),Vz(),MU(),iT(),$z(),vU(),PU(),VU(),XU(),rW=`model-manager`,iW=`ModelManager.Open`,aW={key:`m`,alt:!0,shift:!0},oW=`../../scripts/app.js`,sW=`../../scripts/api.js`}));async function lW(){if(window.MODEL_MANAGER_STANDALONE===!0){let{startStandalone:e}=await Promise.resolve().then(()=>(CU(),xU));e()}else{let{startComfy:e}=await Promise.resolve().then(()=>(cW(),ZU));await e()}}lW().catch(e=>console.error(`[ModelManager] failed to start`,e));