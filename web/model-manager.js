(function(){try{if(typeof document<`u`){var e=document.createElement(`style`);e.appendChild(document.createTextNode(`html.mm-page,html.mm-page body{color:#e0e0e0;--lightningcss-light: ;--lightningcss-dark:initial;color-scheme:dark;background:#181818;margin:0;padding:0;font-family:Inter,system-ui,-apple-system,Segoe UI,Roboto,sans-serif}.mm-toolbar[data-v-9a50e0e3]{justify-content:space-between;align-items:center;margin-bottom:.5rem;display:flex}.mm-task-list[data-v-9a50e0e3]{flex-direction:column;gap:.6rem;margin:0;padding:0;list-style:none;display:flex}.mm-task[data-v-9a50e0e3]{border:1px solid var(--mm-border);background:var(--mm-bg-2);border-radius:6px;flex-direction:column;gap:.35rem;padding:.6rem .75rem;display:flex}.mm-task-head[data-v-9a50e0e3]{justify-content:space-between;align-items:center;gap:.5rem;display:flex}.mm-task-name[data-v-9a50e0e3]{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.mm-task-target[data-v-9a50e0e3]{font-size:.85rem}.mm-task-bar[data-v-9a50e0e3]{height:6px}.mm-task-facts[data-v-9a50e0e3]{font-variant-numeric:tabular-nums;flex-wrap:wrap;gap:.9rem;font-size:.8rem;display:flex}.mm-task-actions[data-v-9a50e0e3]{flex-wrap:wrap;justify-content:flex-end;gap:.4rem;display:flex}.mm-models[data-v-30a94d65]{flex-direction:column;gap:.6rem;height:100%;display:flex}.mm-models-bar[data-v-30a94d65]{flex-wrap:wrap;align-items:center;gap:.5rem;display:flex}.mm-models-folder[data-v-30a94d65]{min-width:10rem}.mm-models-search[data-v-30a94d65]{flex:1;min-width:10rem}.mm-models-count[data-v-30a94d65]{font-size:.8rem}.mm-models-list[data-v-30a94d65]{height:60vh;min-height:200px}.mm-model[data-v-30a94d65]{border-bottom:1px solid var(--mm-border);align-items:center;gap:.6rem;height:52px;padding:0 .5rem;display:flex}.mm-model-icon[data-v-30a94d65]{color:var(--mm-muted)}.mm-model-main[data-v-30a94d65]{flex:1;min-width:0}.mm-model-name[data-v-30a94d65],.mm-model-path[data-v-30a94d65]{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.mm-model-path[data-v-30a94d65]{font-size:.75rem}.mm-model-meta[data-v-30a94d65]{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;font-size:.75rem}.mm-form[data-v-5adfb73f]{flex-direction:column;gap:.85rem;max-width:640px;display:flex}.mm-field[data-v-5adfb73f]{flex-direction:column;gap:.3rem;display:flex}.mm-field label[data-v-5adfb73f]{font-size:.85rem;font-weight:600}.mm-mono[data-v-5adfb73f]{font-family:ui-monospace,monospace}.mm-form-actions[data-v-5adfb73f]{justify-content:flex-end;display:flex}.mm-settings[data-v-4b3326fc]{flex-direction:column;gap:1rem;max-width:640px;display:flex}h3[data-v-4b3326fc]{margin:0 0 .5rem;font-size:.95rem}section[data-v-4b3326fc]{flex-direction:column;gap:.9rem;display:flex}.mm-row[data-v-4b3326fc]{flex-direction:column;gap:.3rem;display:flex}.mm-row>label[data-v-4b3326fc]{font-size:.85rem;font-weight:600}.mm-row-toggle[data-v-4b3326fc]{flex-direction:row;align-items:center;gap:.6rem}.mm-inline[data-v-4b3326fc]{align-items:center;gap:.4rem;display:flex}.mm-key-current[data-v-4b3326fc]{font-family:ui-monospace,monospace;font-size:.8rem}.mm-block[data-v-4b3326fc]{font-weight:400;display:block}.mm-root,.mm-dialog{--mm-bg:var(--comfy-menu-bg,#202020);--mm-bg-2:var(--comfy-menu-secondary-bg,var(--comfy-input-bg,#2a2a2a));--mm-fg:var(--fg-color,#e0e0e0);--mm-muted:var(--descrip-text,#9a9a9a);--mm-border:var(--border-color,#3c3c3c);--mm-input-bg:var(--comfy-input-bg,#262626);--mm-error:var(--error-text,#ff6b6b)}.mm-root{box-sizing:border-box;height:100%;min-height:0;color:var(--mm-fg);background:var(--mm-bg);flex-direction:column;font-size:14px;display:flex}.mm-root *,.mm-root :before,.mm-root :after{box-sizing:border-box}.mm-root.mm-standalone{max-width:1100px;min-height:100vh;margin:0 auto}.mm-root .mm-header{border-bottom:1px solid var(--mm-border);align-items:center;gap:.5rem;padding:.6rem 1rem;font-size:1.05rem;font-weight:600;display:flex}.mm-root .mm-tabs{flex-direction:column;flex:1;min-height:0;display:flex}.mm-root .mm-panels{background:0 0;flex:1;padding:.75rem;overflow:auto}.mm-root .p-tablist-tab-list,.mm-root .p-tablist-content{background:0 0}.mm-root .mm-tab-badge{margin-left:.35rem}.mm-root .mm-muted{color:var(--mm-muted)}.mm-root .mm-empty{text-align:center;color:var(--mm-muted);padding:2rem 1rem}.mm-root .mm-error{color:var(--mm-error);font-size:.85rem}.mm-missing .mm-missing-intro{margin-top:0}.mm-missing .mm-missing-list{flex-direction:column;gap:.5rem;margin:0;padding:0;list-style:none;display:flex}.mm-missing .mm-missing-row{border:1px solid var(--mm-border);border-radius:6px;align-items:center;gap:.75rem;padding:.5rem;display:flex}.mm-missing .mm-missing-main{flex:1;min-width:0}.mm-missing .mm-missing-name{word-break:break-all;font-weight:600}.mm-missing .mm-missing-folder{color:var(--mm-muted);font-size:.8rem}.mm-missing .mm-missing-err{color:var(--mm-error);font-size:.8rem}/*$vite$:1*/`)),document.head.appendChild(e)}}catch(e){console.error(`vite-plugin-css-injected-by-js`,e)}})();
var e=Object.defineProperty,t=(e,t,n)=>()=>{if(n)throw n[0];try{return e&&(t=e(e=0)),t}catch(e){throw n=[e],e}},n=(t,n)=>{let r={};for(var i in t)e(r,i,{get:t[i],enumerable:!0});return n||e(r,Symbol.toStringTag,{value:`Module`}),r};function r(e){return Math.min(15e3,500*2**e)}var i,a=t((()=>{i=class{socket=null;attempt=0;timer=null;stopped=!1;everOpened=!1;listeners=/* @__PURE__ */ new Map;reconnectListeners=/* @__PURE__ */ new Set;opts;constructor(e){this.opts={createSocket:e=>new WebSocket(e),backoff:r,setTimer:(e,t)=>setTimeout(e,t),clearTimer:e=>clearTimeout(e),...e}}get connected(){return this.socket!==null&&this.attempt===0&&this.everOpened}start(){this.stopped=!1,this.connect()}stop(){this.stopped=!0,this.timer!==null&&this.opts.clearTimer(this.timer),this.timer=null;let e=this.socket;this.socket=null,e&&(e.onclose=null,e.close())}on(e,t){let n=this.listeners.get(e);return n||this.listeners.set(e,n=/* @__PURE__ */ new Set),n.add(t),()=>n.delete(t)}onReconnect(e){return this.reconnectListeners.add(e),()=>this.reconnectListeners.delete(e)}connect(){if(this.timer=null,this.stopped)return;let e;try{e=this.opts.createSocket(this.opts.url)}catch{this.scheduleReconnect();return}this.socket=e,e.onopen=()=>{let e=this.everOpened;this.everOpened=!0,this.attempt=0,e&&this.reconnectListeners.forEach(e=>e())},e.onmessage=e=>this.dispatch(e.data),e.onerror=()=>{},e.onclose=()=>{this.socket===e&&(this.socket=null,this.scheduleReconnect())}}scheduleReconnect(){if(this.stopped||this.timer!==null)return;let e=this.opts.backoff(this.attempt);this.attempt+=1,this.timer=this.opts.setTimer(()=>this.connect(),e)}dispatch(e){if(typeof e!=`string`)return;let t;try{t=JSON.parse(e)}catch{return}t&&typeof t.type==`string`&&this.listeners.get(t.type)?.forEach(e=>e(t.data))}}}));function o(){return typeof crypto<`u`&&`randomUUID`in crypto?crypto.randomUUID():`mm-`+Math.random().toString(36).slice(2)+Date.now().toString(36)}function s(e=window.location){let t=e.protocol===`https:`?`wss:`:`ws:`,n=new i({url:`${t}//${e.host}/ws?clientId=${o()}`});return n.start(),{mode:`standalone`,fetch:(e,t)=>fetch(e,t),on:(e,t)=>n.on(e,t),onReconnect:e=>n.onReconnect(e)}}var c=t((()=>{a()}));// @__NO_SIDE_EFFECTS__
function l(e){let t=/* @__PURE__ */ Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}function u(e){if(O(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=ce(r)?d(r):u(r);if(i)for(let e in i)t[e]=i[e]}return t}if(ce(e)||A(e))return e}function d(e){let t={};return e.replace(Pe,e=>e.startsWith(`/*`)?``:e).split(Me).forEach(e=>{if(e){let n=e.split(Ne);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function f(e){let t=``;if(ce(e))t=e;else if(O(e))for(let n=0;n<e.length;n++){let r=f(e[n]);r&&(t+=r+` `)}else if(A(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}function p(e){if(!e)return null;let{class:t,style:n}=e;return t&&!ce(t)&&(e.class=f(t)),n&&(e.style=u(n)),e}function m(e){return!!e||e===``}function h(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=y(e[i],t[i],n);return r}function g(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&y(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function _(e,t,n){let r=ie(e),i=ie(t);if(r||i||(r=ae(e),i=ae(t),r||i))return r&&i?g(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!y(e[r],t[r],n))return!1}return String(e)===String(t)}function v(e,t,n,r){n||=[/* @__PURE__ */ new Map,/* @__PURE__ */ new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function y(e,t,n){if(e===t)return!0;let r=oe(e),i=oe(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=le(e),i=le(t),r||i?e===t:(r=O(e),i=O(t),r||i?r&&i?v(e,t,n,h):!1:(r=A(e),i=A(t),r||i?!r||!i?!1:v(e,t,n,_):String(e)===String(t))))}function b(e,t){return e.findIndex(e=>y(e,t))}function x(e){return e==null?`initial`:typeof e==`string`?e===``?` `:e:String(e)}var S,C,w,ee,te,T,E,ne,re,D,O,ie,ae,oe,se,k,ce,le,A,ue,de,fe,pe,me,he,ge,_e,ve,ye,be,xe,Se,Ce,we,Te,Ee,De,Oe,ke,Ae,je,Me,Ne,Pe,Fe,Ie,Le,j,Re,ze,Be=t((()=>{S={},C=[],w=()=>{},ee=()=>!1,te=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),T=e=>e.startsWith(`onUpdate:`),E=Object.assign,ne=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},re=Object.prototype.hasOwnProperty,D=(e,t)=>re.call(e,t),O=Array.isArray,ie=e=>fe(e)===`[object Map]`,ae=e=>fe(e)===`[object Set]`,oe=e=>fe(e)===`[object Date]`,se=e=>fe(e)===`[object RegExp]`,k=e=>typeof e==`function`,ce=e=>typeof e==`string`,le=e=>typeof e==`symbol`,A=e=>typeof e==`object`&&!!e,ue=e=>(A(e)||k(e))&&k(e.then)&&k(e.catch),de=Object.prototype.toString,fe=e=>de.call(e),pe=e=>fe(e).slice(8,-1),me=e=>fe(e)===`[object Object]`,he=e=>ce(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ge=/* @__PURE__ */ l(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),_e=e=>{let t=/* @__PURE__ */ Object.create(null);return(n=>t[n]||(t[n]=e(n)))},ve=/-\w/g,ye=/* @__PURE__ */ _e(e=>e.replace(ve,e=>e.slice(1).toUpperCase())),be=/\B([A-Z])/g,xe=/* @__PURE__ */ _e(e=>e.replace(be,`-$1`).toLowerCase()),Se=/* @__PURE__ */ _e(e=>e.charAt(0).toUpperCase()+e.slice(1)),Ce=/* @__PURE__ */ _e(e=>e?`on${Se(e)}`:``),we=(e,t)=>!Object.is(e,t),Te=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},Ee=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},De=e=>{let t=parseFloat(e);return isNaN(t)?e:t},Oe=e=>{let t=ce(e)?Number(e):NaN;return isNaN(t)?e:t},Ae=()=>ke||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{},je=/* @__PURE__ */ l(`Infinity,undefined,NaN,isFinite,isNaN,parseFloat,parseInt,decodeURI,decodeURIComponent,encodeURI,encodeURIComponent,Math,Number,Date,Array,Object,Boolean,String,RegExp,Map,Set,JSON,Intl,BigInt,console,Error,Symbol`),Me=/;(?![^(]*\))/g,Ne=/:([^]+)/,Pe=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g,Fe=`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`,Ie=/* @__PURE__ */ l(Fe),Le=e=>!!(e&&e.__v_isRef===!0),j=e=>ce(e)?e:e==null?``:O(e)||A(e)&&(e.toString===de||!k(e.toString))?Le(e)?j(e.value):JSON.stringify(e,Re,2):String(e),Re=(e,t)=>Le(t)?Re(e,t.value):ie(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[ze(t,r)+` =>`]=n,e),{})}:ae(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>ze(e))}:le(t)?ze(t):A(t)&&!O(t)&&!me(t)?String(t):t,ze=(e,t=``)=>le(e)?`Symbol(${e.description??t})`:e}));function Ve(e){return new Xt(e)}function He(){return Yt}function Ue(e,t=!1){Yt&&(Yt.active?Yt.cleanups.push(e):e())}function We(e,t=!1){e.flags|=8,t?(e.next=nn,nn=e):(e.next=tn,tn=e)}function Ge(){en++}function Ke(){if(--en>0)return;if(nn){let e=nn;for(nn=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;tn;){let t=tn;for(tn=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function qe(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function Je(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Ze(r),Qe(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function Ye(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(Xe(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function Xe(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===on)||(e.globalVersion=on,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!Ye(e))))return;e.flags|=2;let t=e.dep,n=Zt,r=rn;Zt=e,rn=!0;try{qe(e);let n=e.fn(e._value);(t.version===0||we(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{Zt=n,rn=r,Je(e),e.flags&=-3}}function Ze(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Ze(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Qe(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}function $e(e,t){e.effect instanceof $t&&(e=e.effect.fn);let n=new $t(e);t&&E(n,t);try{n.run()}catch(e){throw n.stop(),e}let r=n.run.bind(n);return r.effect=n,r}function et(e){e.effect.stop()}function tt(){an.push(rn),rn=!1}function nt(){let e=an.pop();rn=e===void 0||e}function rt(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=Zt;Zt=void 0;try{t()}finally{Zt=e}}}function it(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)it(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}function at(e,t,n){if(rn&&Zt){let t=ln.get(e);t||ln.set(e,t=/* @__PURE__ */ new Map);let r=t.get(n);r||(t.set(n,r=new cn),r.map=t,r.key=n),r.track()}}function ot(e,t,n,r,i,a){let o=ln.get(e);if(!o){on++;return}let s=e=>{e&&e.trigger()};if(Ge(),t===`clear`)o.forEach(s);else{let i=O(e),a=i&&he(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===fn||!le(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(fn)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(un)),ie(e)&&s(o.get(dn)));break;case`delete`:i||(s(o.get(un)),ie(e)&&s(o.get(dn)));break;case`set`:ie(e)&&s(o.get(un))}}Ke()}function st(e,t){let n=ln.get(e);return n&&n.get(t)}function ct(e){let t=/* @__PURE__ */ M(e);return t===e||(at(t,`iterate`,fn),/* @__PURE__ */ At(e))?t:/* @__PURE__ */ kt(e)?/* @__PURE__ */ Ot(e)?t.map(e=>Fn(Pn(e))):t.map(Fn):t.map(Pn)}function lt(e){return at(e=/* @__PURE__ */ M(e),`iterate`,fn),e}function ut(e,t){return/* @__PURE__ */ kt(e)?Fn(/* @__PURE__ */ Ot(e)?Pn(t):t):Pn(t)}function dt(e,t,n){let r=lt(e),i=r[t],a=i.call(r);if(r!==e&&!/* @__PURE__ */ At(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>ft(a.next(),n),i!==mn[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>ft(a._next(),n)}return a}function ft(e,t){return e.done||(e.value=t(e.value)),e}function pt(e,t,n,r,i,a){let o=lt(e),s=o!==e&&!/* @__PURE__ */ At(e),c=o[t];if(c!==mn[t]){let t=c.apply(e,a);return s?Pn(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,ut(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function mt(e,t,n,r){let i=lt(e),a=i!==e&&!/* @__PURE__ */ At(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=ut(e,t)),n.call(this,t,ut(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?ut(e,c):c}function ht(e,t,n){let r=/* @__PURE__ */ M(e);at(r,`iterate`,fn);let i=r[t](...n);return(i===-1||i===!1)&&/* @__PURE__ */ jt(n[0])?(n[0]=/* @__PURE__ */ M(n[0]),r[t](...n)):i}function gt(e,t,n=[]){tt(),Ge();let r=(/* @__PURE__ */ M(e))[t].apply(e,n);return Ke(),nt(),r}function _t(e){le(e)||(e=String(e));let t=/* @__PURE__ */ M(this);return at(t,`has`,e),t.hasOwnProperty(e)}function vt(e,t,n){return function(...r){let i=this.__v_raw,a=/* @__PURE__ */ M(i),o=ie(a),s=e===`entries`||e===Symbol.iterator&&o,c=e===`keys`&&o,l=i[e](...r),u=n?wn:t?Fn:Pn;return!t&&at(a,`iterate`,c?dn:un),E(Object.create(l),{next(){let{value:e,done:t}=l.next();return t?{value:e,done:t}:{value:s?[u(e[0]),u(e[1])]:u(e),done:t}}})}}function yt(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function bt(e,t){let n={get(n){let r=this.__v_raw,i=/* @__PURE__ */ M(r),a=/* @__PURE__ */ M(n);e||(we(n,a)&&at(i,`get`,n),at(i,`get`,a));let{has:o}=Tn(i),s=t?wn:e?Fn:Pn;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&at(/* @__PURE__ */ M(t),`iterate`,un),t.size},has(t){let n=this.__v_raw,r=/* @__PURE__ */ M(n),i=/* @__PURE__ */ M(t);return e||(we(t,i)&&at(r,`has`,t),at(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=/* @__PURE__ */ M(a),s=t?wn:e?Fn:Pn;return!e&&at(o,`iterate`,un),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return E(n,e?{add:yt(`add`),set:yt(`set`),delete:yt(`delete`),clear:yt(`clear`)}:{add(e){let n=/* @__PURE__ */ M(this),r=Tn(n),i=/* @__PURE__ */ M(e),a=!t&&!/* @__PURE__ */ At(e)&&!/* @__PURE__ */ kt(e)?i:e;return r.has.call(n,a)||we(e,a)&&r.has.call(n,e)||we(i,a)&&r.has.call(n,i)||(n.add(a),ot(n,`add`,a,a)),this},set(e,n){t||/* @__PURE__ */ At(n)||/* @__PURE__ */ kt(n)||(n=/* @__PURE__ */ M(n));let r=/* @__PURE__ */ M(this),{has:i,get:a}=Tn(r),o=i.call(r,e);o||=(e=/* @__PURE__ */ M(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?we(n,s)&&ot(r,`set`,e,n,s):ot(r,`add`,e,n),this},delete(e){let t=/* @__PURE__ */ M(this),{has:n,get:r}=Tn(t),i=n.call(t,e);i||=(e=/* @__PURE__ */ M(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&ot(t,`delete`,e,void 0,a),o},clear(){let e=/* @__PURE__ */ M(this),t=e.size!==0,n=e.clear();return t&&ot(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=vt(r,e,t)}),n}function xt(e,t){let n=bt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(D(n,i)&&i in r?n:r,i,a)}function St(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}// @__NO_SIDE_EFFECTS__
function Ct(e){return/* @__PURE__ */ kt(e)?e:Dt(e,!1,bn,En,An)}// @__NO_SIDE_EFFECTS__
function wt(e){return Dt(e,!1,Sn,Dn,jn)}// @__NO_SIDE_EFFECTS__
function Tt(e){return Dt(e,!0,xn,On,Mn)}// @__NO_SIDE_EFFECTS__
function Et(e){return Dt(e,!0,Cn,kn,Nn)}function Dt(e,t,n,r,i){if(!A(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=St(pe(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}// @__NO_SIDE_EFFECTS__
function Ot(e){return/* @__PURE__ */ kt(e)?/* @__PURE__ */ Ot(e.__v_raw):!!(e&&e.__v_isReactive)}// @__NO_SIDE_EFFECTS__
function kt(e){return!!(e&&e.__v_isReadonly)}// @__NO_SIDE_EFFECTS__
function At(e){return!!(e&&e.__v_isShallow)}// @__NO_SIDE_EFFECTS__
function jt(e){return e?!!e.__v_raw:!1}// @__NO_SIDE_EFFECTS__
function M(e){let t=e&&e.__v_raw;return t?/* @__PURE__ */ M(t):e}function Mt(e){return!D(e,`__v_skip`)&&Object.isExtensible(e)&&Ee(e,`__v_skip`,!0),e}// @__NO_SIDE_EFFECTS__
function Nt(e){return e?e.__v_isRef===!0:!1}// @__NO_SIDE_EFFECTS__
function Pt(e){return It(e,!1)}// @__NO_SIDE_EFFECTS__
function Ft(e){return It(e,!0)}function It(e,t){return/* @__PURE__ */ Nt(e)?e:new In(e,t)}function Lt(e){e.dep&&e.dep.trigger()}function N(e){return/* @__PURE__ */ Nt(e)?e.value:e}function Rt(e){return k(e)?e():N(e)}function zt(e){return/* @__PURE__ */ Ot(e)?e:new Proxy(e,Ln)}function Bt(e){return new Rn(e)}// @__NO_SIDE_EFFECTS__
function Vt(e){let t=O(e)?Array(e.length):{};for(let n in e)t[n]=Ut(e,n);return t}// @__NO_SIDE_EFFECTS__
function Ht(e,t,n){return/* @__PURE__ */ Nt(e)?e:k(e)?new Bn(e):A(e)&&arguments.length>1?Ut(e,t,n):/* @__PURE__ */ Pt(e)}function Ut(e,t,n){return new zn(e,t,n)}// @__NO_SIDE_EFFECTS__
function Wt(e,t,n=!1){let r,i;return k(e)?r=e:(r=e.get,i=e.set),new Vn(r,i,n)}function Gt(){return Kn}function Kt(e,t=!1,n=Kn){if(n){let t=Gn.get(n);t||Gn.set(n,t=[]),t.push(e)}}function qt(e,t,n=S){let{immediate:r,deep:i,once:a,scheduler:o,augmentJob:s,call:c}=n,l=e=>i?e:/* @__PURE__ */ At(e)||i===!1||i===0?Jt(e,1):Jt(e),u,d,f,p,m=!1,h=!1;if(/* @__PURE__ */ Nt(e)?(d=()=>e.value,m=/* @__PURE__ */ At(e)):/* @__PURE__ */ Ot(e)?(d=()=>l(e),m=!0):O(e)?(h=!0,m=e.some(e=>/* @__PURE__ */ Ot(e)||/* @__PURE__ */ At(e)),d=()=>e.map(e=>{if(/* @__PURE__ */ Nt(e))return e.value;if(/* @__PURE__ */ Ot(e))return l(e);if(k(e))return c?c(e,2):e()})):d=k(e)?t?c?()=>c(e,2):e:()=>{if(f){tt();try{f()}finally{nt()}}let t=Kn;Kn=u;try{return c?c(e,3,[p]):e(p)}finally{Kn=t}}:w,t&&i){let e=d,t=i===!0?1/0:i;d=()=>Jt(e(),t)}let g=He(),_=()=>{u.stop(),g&&g.active&&ne(g.effects,u)};if(a&&t){let e=t;t=(...t)=>{try{return e(...t)}finally{_()}}}let v=h?Array(e.length).fill(Wn):Wn,y=e=>{if(u.flags&1&&(u.dirty||e)){if(t){let n=u.run();if(e||i||m||(h?n.some((e,t)=>we(e,v[t])):we(n,v))){let e=Kn;tt();try{f&&f(),Kn=u;let e=[n,v===Wn?void 0:h&&v[0]===Wn?[]:v,p];v=n,c?c(t,3,e):t(...e)}finally{Kn=e,nt()}}}else u.run()}};return s&&s(y),u=new $t(d),u.scheduler=o?()=>o(y,!1):y,p=e=>Kt(e,!1,u),f=u.onStop=()=>{let e=Gn.get(u);if(e){if(c)c(e,4);else for(let t of e)t();Gn.delete(u)}},t?r?y(!0):v=u.run():o?o(y.bind(null,!0),!0):u.run(),_.pause=u.pause.bind(u),_.resume=u.resume.bind(u),_.stop=_,_}function Jt(e,t=1/0,n){if(t<=0||!A(e)||e.__v_skip||(n||=/* @__PURE__ */ new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,/* @__PURE__ */ Nt(e))Jt(e.value,t,n);else if(O(e))for(let r=0;r<e.length;r++)Jt(e[r],t,n);else if(ae(e)||ie(e))e.forEach(e=>{Jt(e,t,n)});else if(me(e)){for(let r in e)Jt(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&Jt(e[r],t,n)}return e}var Yt,Xt,Zt,Qt,$t,en,tn,nn,rn,an,on,sn,cn,ln,un,dn,fn,pn,mn,hn,gn,_n,vn,yn,bn,xn,Sn,Cn,wn,Tn,En,Dn,On,kn,An,jn,Mn,Nn,Pn,Fn,In,Ln,Rn,zn,Bn,Vn,Hn,Un,Wn,Gn,Kn,qn=t((()=>{Be(),Xt=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&Yt&&(Yt.active?(this.parent=Yt,this.index=(Yt.scopes||(Yt.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=Yt;try{return Yt=this,e()}finally{Yt=t}}}on(){++this._on===1&&(this.prevScope=Yt,Yt=this)}off(){if(this._on>0&&--this._on===0){if(Yt===this)Yt=this.prevScope;else{let e=Yt;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}},Qt=/* @__PURE__ */ new WeakSet,$t=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,Yt&&(Yt.active?Yt.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Qt.has(this)&&(Qt.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||We(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,rt(this),qe(this);let e=Zt,t=rn;Zt=this,rn=!0;try{return this.fn()}finally{Je(this),Zt=e,rn=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Ze(e);this.deps=this.depsTail=void 0,rt(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Qt.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){Ye(this)&&this.run()}get dirty(){return Ye(this)}},en=0,rn=!0,an=[],on=0,sn=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},cn=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!Zt||!rn||Zt===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==Zt)t=this.activeLink=new sn(Zt,this),Zt.deps?(t.prevDep=Zt.depsTail,Zt.depsTail.nextDep=t,Zt.depsTail=t):Zt.deps=Zt.depsTail=t,it(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=Zt.depsTail,t.nextDep=void 0,Zt.depsTail.nextDep=t,Zt.depsTail=t,Zt.deps===t&&(Zt.deps=e)}return t}trigger(e){this.version++,on++,this.notify(e)}notify(e){Ge();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Ke()}}},ln=/* @__PURE__ */ new WeakMap,un=/* @__PURE__ */ Symbol(``),dn=/* @__PURE__ */ Symbol(``),fn=/* @__PURE__ */ Symbol(``),pn={__proto__:null,[Symbol.iterator](){return dt(this,Symbol.iterator,e=>ut(this,e))},concat(...e){return ct(this).concat(...e.map(e=>O(e)?ct(e):e))},entries(){return dt(this,`entries`,e=>(e[1]=ut(this,e[1]),e))},every(e,t){return pt(this,`every`,e,t,void 0,arguments)},filter(e,t){return pt(this,`filter`,e,t,e=>e.map(e=>ut(this,e)),arguments)},find(e,t){return pt(this,`find`,e,t,e=>ut(this,e),arguments)},findIndex(e,t){return pt(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return pt(this,`findLast`,e,t,e=>ut(this,e),arguments)},findLastIndex(e,t){return pt(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return pt(this,`forEach`,e,t,void 0,arguments)},includes(...e){return ht(this,`includes`,e)},indexOf(...e){return ht(this,`indexOf`,e)},join(e){return ct(this).join(e)},lastIndexOf(...e){return ht(this,`lastIndexOf`,e)},map(e,t){return pt(this,`map`,e,t,void 0,arguments)},pop(){return gt(this,`pop`)},push(...e){return gt(this,`push`,e)},reduce(e,...t){return mt(this,`reduce`,e,t)},reduceRight(e,...t){return mt(this,`reduceRight`,e,t)},shift(){return gt(this,`shift`)},some(e,t){return pt(this,`some`,e,t,void 0,arguments)},splice(...e){return gt(this,`splice`,e)},toReversed(){return ct(this).toReversed()},toSorted(e){return ct(this).toSorted(e)},toSpliced(...e){return ct(this).toSpliced(...e)},unshift(...e){return gt(this,`unshift`,e)},values(){return dt(this,`values`,e=>ut(this,e))}},mn=Array.prototype,hn=/* @__PURE__ */ l(`__proto__,__v_isRef,__isVue`),gn=/* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(le)),_n=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Nn:Mn:i?jn:An).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=O(e);if(!r){let e;if(a&&(e=pn[t]))return e;if(t===`hasOwnProperty`)return _t}let o=Reflect.get(e,t,/* @__PURE__ */ Nt(e)?e:n);if((le(t)?gn.has(t):hn(t))||(r||at(e,`get`,t),i))return o;if(/* @__PURE__ */ Nt(o)){let e=a&&he(t)?o:o.value;return r&&A(e)?/* @__PURE__ */ Tt(e):e}return A(o)?r?/* @__PURE__ */ Tt(o):/* @__PURE__ */ Ct(o):o}},vn=class extends _n{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=O(e)&&he(t);if(!this._isShallow){let e=/* @__PURE__ */ kt(i);if(!/* @__PURE__ */ At(n)&&!/* @__PURE__ */ kt(n)&&(i=/* @__PURE__ */ M(i),n=/* @__PURE__ */ M(n)),!a&&/* @__PURE__ */ Nt(i)&&!/* @__PURE__ */ Nt(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:D(e,t),s=Reflect.set(e,t,n,/* @__PURE__ */ Nt(e)?e:r);return e===/* @__PURE__ */ M(r)&&s&&(o?we(n,i)&&ot(e,`set`,t,n,i):ot(e,`add`,t,n)),s}deleteProperty(e,t){let n=D(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&ot(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return le(t)&&gn.has(t)||at(e,`has`,t),n}ownKeys(e){return at(e,`iterate`,O(e)?`length`:un),Reflect.ownKeys(e)}},yn=class extends _n{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},bn=/* @__PURE__ */ new vn,xn=/* @__PURE__ */ new yn,Sn=/* @__PURE__ */ new vn(!0),Cn=/* @__PURE__ */ new yn(!0),wn=e=>e,Tn=e=>Reflect.getPrototypeOf(e),En={get:/* @__PURE__ */ xt(!1,!1)},Dn={get:/* @__PURE__ */ xt(!1,!0)},On={get:/* @__PURE__ */ xt(!0,!1)},kn={get:/* @__PURE__ */ xt(!0,!0)},An=/* @__PURE__ */ new WeakMap,jn=/* @__PURE__ */ new WeakMap,Mn=/* @__PURE__ */ new WeakMap,Nn=/* @__PURE__ */ new WeakMap,Pn=e=>A(e)?/* @__PURE__ */ Ct(e):e,Fn=e=>A(e)?/* @__PURE__ */ Tt(e):e,In=class{constructor(e,t){this.dep=new cn,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:/* @__PURE__ */ M(e),this._value=t?e:Pn(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||/* @__PURE__ */ At(e)||/* @__PURE__ */ kt(e);e=n?e:/* @__PURE__ */ M(e),we(e,t)&&(this._rawValue=e,this._value=n?e:Pn(e),this.dep.trigger())}},Ln={get:(e,t,n)=>t===`__v_raw`?e:N(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return/* @__PURE__ */ Nt(i)&&!/* @__PURE__ */ Nt(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}},Rn=class{constructor(e){this.__v_isRef=!0,this._value=void 0;let t=this.dep=new cn,{get:n,set:r}=e(t.track.bind(t),t.trigger.bind(t));this._get=n,this._set=r}get value(){return this._value=this._get()}set value(e){this._set(e)}},zn=class{constructor(e,t,n){this._object=e,this._defaultValue=n,this.__v_isRef=!0,this._value=void 0,this._key=le(t)?t:String(t),this._raw=/* @__PURE__ */ M(e);let r=!0,i=e;if(!O(e)||le(this._key)||!he(this._key))do r=!/* @__PURE__ */ jt(i)||/* @__PURE__ */ At(i);while(r&&(i=i.__v_raw));this._shallow=r}get value(){let e=this._object[this._key];return this._shallow&&(e=N(e)),this._value=e===void 0?this._defaultValue:e}set value(e){if(this._shallow&&/* @__PURE__ */ Nt(this._raw[this._key])){let t=this._object[this._key];if(/* @__PURE__ */ Nt(t)){t.value=e;return}}this._object[this._key]=e}get dep(){return st(this._raw,this._key)}},Bn=class{constructor(e){this._getter=e,this.__v_isRef=!0,this.__v_isReadonly=!0,this._value=void 0}get value(){return this._value=this._getter()}},Vn=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new cn(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=on-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&Zt!==this)return We(this,!0),!0}get value(){let e=this.dep.track();return Xe(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}},Hn={GET:`get`,HAS:`has`,ITERATE:`iterate`},Un={SET:`set`,ADD:`add`,DELETE:`delete`,CLEAR:`clear`},Wn={},Gn=/* @__PURE__ */ new WeakMap,Kn=void 0}));function Jn(e){ho.push(e)}function Yn(){ho.pop()}function Xn(e,t){}function Zn(e,t,n,r){try{return r?e(...r):e()}catch(e){$n(e,t,n)}}function Qn(e,t,n,r){if(k(e)){let i=Zn(e,t,n,r);return i&&ue(i)&&i.catch(e=>{$n(e,t,n,void 0,!0)}),i}if(O(e)){let i=[];for(let a=0;a<e.length;a++)i.push(Qn(e[a],t,n,r));return i}}function $n(e,t,n,r=!0,i=!1){let a=t?t.vnode:null,{errorHandler:o,throwUnhandledErrorInProduction:s}=t&&t.appContext.config||S;if(t){let r=t.parent,a=t.proxy,s=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!i||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,a,s)===!1)return}r=r.parent}if(o){tt(),Zn(o,null,10,[e,a,s]),nt();return}}er(e,n,a,r,s)}function er(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}function tr(e){let t=wo||Co;return e?t.then(this?e.bind(this):e):t}function nr(e){let t=yo+1,n=vo.length;for(;t<n;){let r=t+n>>>1,i=vo[r],a=Eo(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function rr(e){if(!(e.flags&1)){let t=Eo(e),n=vo[vo.length-1];!n||!(e.flags&2)&&t>=Eo(n)?vo.push(e):vo.splice(nr(t),0,e),e.flags|=1,ir()}}function ir(){wo||=Co.then(lr)}function ar(e){if(!O(e))xo&&e.id===-1?xo.splice(So+1,0,e):e.flags&1||(bo.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)bo.push(e[t]);ir()}function or(e,t,n,r=yo+1){for(;r<vo.length;r++){let n=vo[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;vo.splice(r,1),r=e?r-1:yo,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function sr(e,t,n=0){if(bo.length){let e=bo,r=0;if(t){e=[];for(let i=0;i<bo.length;i++){let a=bo[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?bo[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Eo(e)-Eo(t));if(bo.length=r,xo){for(let e=0;e<i.length;e++)xo.push(i[e]);return}for(xo=i,So=0;So<xo.length;So++){let e=xo[So];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}xo=null,So=0}}function cr(e,t){if(To){e();return}let n=t===void 0?void 0:new Set(bo);e(),To=!0;try{or(void 0,t),sr(void 0,n,t)}finally{To=!1}}function lr(e){try{for(yo=0;yo<vo.length;yo++){let e=vo[yo];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),Zn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;yo<vo.length;yo++){let e=vo[yo];e&&(e.flags&=-2)}yo=-1,vo.length=0,sr(e),wo=null,(vo.length||bo.length)&&lr(e)}}function ur(e,t){Do=e,Do?(Do.enabled=!0,Oo.forEach(({event:e,args:t})=>Do.emit(e,...t)),Oo=[]):typeof window<`u`&&window.HTMLElement&&!(window.navigator?.userAgent)?.includes(`jsdom`)?((t.__VUE_DEVTOOLS_HOOK_REPLAY__=t.__VUE_DEVTOOLS_HOOK_REPLAY__||[]).push(e=>{ur(e,t)}),setTimeout(()=>{Do||(t.__VUE_DEVTOOLS_HOOK_REPLAY__=null,Oo=[])},3e3)):Oo=[]}function dr(e){let t=ko;return ko=e,Ao=e&&e.type.__scopeId||null,t}function fr(e){Ao=e}function pr(){Ao=null}function P(e,t=ko,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&Ra(-1);let i=dr(t),a=sc.length,o;try{o=e(...n)}finally{for(let e=sc.length;e>a;e--)La();dr(i),r._d&&Ra(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function mr(e,t){if(ko===null)return e;let n=so(ko),r=e.dirs||=[];for(let e=0;e<t.length;e++){let[i,a,o,s=S]=t[e];i&&(k(i)&&(i={mounted:i,updated:i}),i.deep&&Jt(a),r.push({dir:i,instance:n,value:a,oldValue:void 0,arg:o,modifiers:s}))}return e}function hr(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=E({},c,{oldValue:void 0}));let l=c.dir[r];l&&(tt(),Qn(l,n,8,[e.el,c,i,t]),nt())}}function gr(e,t){if(mc){let n=mc.provides,r=mc.parent&&mc.parent.provides;r===n&&(n=mc.provides=Object.create(r)),n[e]=t}}function _r(e,t,n=!1){let r=hc();if(r||Is){let i=Is?Is._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&k(t)?t.call(r&&r.proxy):t}}function vr(){return!!(hc()||Is)}function yr(e,t){return Cr(e,null,t)}function br(e,t){return Cr(e,null,{flush:`post`})}function xr(e,t){return Cr(e,null,{flush:`sync`})}function Sr(e,t,n){return Cr(e,t,n)}function Cr(e,t,n=S){let{immediate:r,deep:i,flush:a,once:o}=n,s=E({},n),c=t&&r||!t&&a!==`post`,l;if(bc){if(a===`sync`){let e=No();l=e.__watcherHandles||=[]}else if(!c){let e=()=>{};return e.stop=w,e.resume=w,e.pause=w,e}}let u=mc;s.call=(e,t,n)=>Qn(e,u,t,n);let d=!1;a===`post`?s.scheduler=e=>{e.i=u,$s(e,u&&u.suspense)}:a!==`sync`&&(d=!0,s.scheduler=(e,t)=>{t?e():rr(e)}),s.augmentJob=e=>{t&&(e.flags|=4),d&&(e.flags|=2,u&&(e.id=u.uid,e.i=u))};let f=qt(e,t,s);return bc&&(l?l.push(f):c&&f()),f}function wr(e,t,n){let r=this.proxy,i=ce(e)?e.includes(`.`)?Tr(r,e):()=>r[e]:e.bind(r,r),a;k(t)?a=t:(a=t.handler,n=t);let o=vc(this),s=Cr(i,a.bind(r),n);return o(),s}function Tr(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}function Er(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Po.has(e)&&(!d||Lo(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function Dr(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=Vo(t.props,c),h=Lo(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||kr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||kr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),Or(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}function Or(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function kr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[Fo]=o,e&&(r(a,e,i),r(o,e,i)),o}function Ar(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:/* @__PURE__ */ new Map};return _s(()=>{e.isMounted=!0}),bs(()=>{e.isUnmounting=!0}),e}function jr(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==ac){t=n;break}}return t}function Mr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=/* @__PURE__ */ Object.create(null),n.set(t.type,r)),r}function Nr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:p,onLeaveCancelled:m,onBeforeAppear:h,onAppear:g,onAfterAppear:_,onAppearCancelled:v}=t,y=String(e.key),b=Mr(n,e),x=(e,t)=>{e&&Qn(e,r,9,t)},S=(e,t)=>{let n=t[1];x(e,t),O(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},C={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=h||s;else return}t[Wo]&&t[Wo](!0);let a=b[y];if(a&&Va(e,a)){let e=a.el[Wo];if(!e){let t=Rr(a);e=t&&t.el[Wo]}e&&e()}x(r,[t])},enter(t){if(b[y]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=g||c,a=_||l,o=v||u;else return}let s=!1;t[Go]=e=>{s||(s=!0,x(e?o:a,[t]),C.delayedLeave&&C.delayedLeave(),t[Go]=void 0)};let d=t[Go].bind(null,!1);r?S(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[Go]&&t[Go](!0),n.isUnmounting)return r();x(d,[t]);let a=!1;t[Wo]=n=>{a||(a=!0,r(),x(n?m:p,[t]),t[Wo]=void 0,b[i]===e&&delete b[i])};let o=t[Wo].bind(null,!1);b[i]=e,f?S(f,[t,o]):o()},clone(e){let i=Nr(e,t,n,r);return i.afterLeave=()=>{C.afterLeave&&C.afterLeave()},i.delayLeave=(e,t,n)=>{C.delayLeave?C.delayLeave(e,t,n):n()},i.delayedLeave=()=>{C.delayedLeave&&C.delayedLeave()},i}};return C}function Pr(e){if(ps(e))return e=Ga(e),e.children=null,e}function Fr(e){if(!ps(e))return Io(e.type)&&e.children?jr(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&k(n.default))return n.default()}}function Ir(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Ir(Io(n.type)&&Fr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Ir(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===H&&O(e.children)){let n=na(e.children,!1);n&&Ir(n,t)}}function Lr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===H?(o.patchFlag&128&&i++,r=r.concat(Lr(o.children,t,s))):(t||o.type!==ac)&&r.push(s==null?o:Ga(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function Rr(e){if(e.component)return Rr(e.component.subTree);if(e.type===H){let t=O(e.children)&&na(e.children,!1);return t?Rr(t):void 0}if(e.type!==ac)return e}// @__NO_SIDE_EFFECTS__
function zr(e,t){return k(e)?/* @__PURE__ */ E({name:e.name},t,{setup:e}):e}function Br(){let e=hc();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function Vr(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Hr(e){let t=hc(),n=/* @__PURE__ */ Ft(null);if(t){let r=t.refs===S?t.refs={}:t.refs;Object.defineProperty(r,e,{enumerable:!0,get:()=>n.value,set:e=>n.value=e})}return n}function Ur(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}function Wr(e,t,n,r,i=!1){if(O(e)){e.forEach((e,a)=>Wr(e,t&&(O(t)?t[a]:t),n,r,i));return}if(fs(r)&&!i){r.shapeFlag&512&&r.type.__asyncResolved&&r.component.subTree.component&&Wr(e,t,n,r.component.subTree);return}let a=r.shapeFlag&4?so(r.component):r.el,o=i?null:a,{i:s,r:c}=e,l=t&&t.r,u=s.refs===S?s.refs={}:s.refs,d=s.setupState,f=/* @__PURE__ */ M(d),p=d===S?ee:e=>!Ur(u,e)&&D(f,e),m=(e,t)=>!(t&&Ur(u,t));if(l!=null&&l!==c){if(Gr(t),ce(l))u[l]=null,p(l)&&(d[l]=null);else if(/* @__PURE__ */ Nt(l)){let e=t;m(l,e.k)&&(l.value=null),e.k&&(u[e.k]=null)}}if(k(c))Zn(c,s,12,[o,u]);else{let t=ce(c),r=/* @__PURE__ */ Nt(c);if(t||r){let s=()=>{if(e.f){let n=t?p(c)?d[c]:u[c]:m(c)||!e.k?c.value:u[e.k];if(i)O(n)&&ne(n,a);else if(O(n))n.includes(a)||n.push(a);else if(t)u[c]=[a],p(c)&&(d[c]=u[c]);else{let t=[a];m(c,e.k)&&(c.value=t),e.k&&(u[e.k]=t)}}else t?(u[c]=o,p(c)&&(d[c]=o)):r&&(m(c,e.k)&&(c.value=o),e.k&&(u[e.k]=o))};if(o){let t=()=>{s(),Xo.delete(e)};t.id=-1,Xo.set(e,t),$s(t,n)}else Gr(e),s()}}}function Gr(e){let t=Xo.get(e);t&&(t.flags|=8,Xo.delete(e))}function Kr(e){let{mt:t,p:n,o:{patchProp:r,createText:i,nextSibling:a,parentNode:o,remove:s,insert:c,createComment:l}}=e,u=(e,t)=>{t.hasChildNodes()?(d(t.firstChild,e,null,null,null),sr(),t._vnode=e):(n(null,e,t),sr(),t._vnode=e)},d=(n,r,s,l,u,y=!1)=>{y||=!!r.dynamicChildren;let b=ns(n)&&n.data===`[`,x=()=>h(n,r,s,l,u,b),{type:S,ref:C,shapeFlag:w,patchFlag:ee}=r,te=n.nodeType;r.el=n,ee===-2&&(y=!1,r.dynamicChildren=null);let T=null;switch(S){case ic:te===3?(n.data!==r.children&&(Qo(),n.data=r.children),T=a(n)):r.children===``?(c(r.el=i(``),o(n),n),T=n):T=x();break;case ac:v(n)?(T=a(n),_(r.el=n.content.firstChild,n,s)):T=te!==8||b?x():a(n);break;case oc:if(b&&(n=a(n),te=n.nodeType),te===1||te===3){T=n;let e=!r.children.length;for(let t=0;t<r.staticCount;t++)e&&(r.children+=T.nodeType===1?T.outerHTML:T.data),t===r.staticCount-1&&(r.anchor=T),T=a(T);return b?a(T):T}x();break;case H:T=b?m(n,r,s,l,u,y):x();break;default:if(w&1)T=(te!==1||r.type.toLowerCase()!==n.tagName.toLowerCase())&&!v(n)?x():f(n,r,s,l,u,y);else if(w&6){r.slotScopeIds=u;let e=o(n);if(T=b?g(n):ns(n)&&n.data===`teleport start`?g(n,n.data,`teleport end`):a(n),t(r,e,null,s,l,ts(e),y),(fs(r)||r.component.asyncDep)&&!r.component.subTree){let t;b?(t=U(oc),t.anchor=T?T.previousSibling:e.lastChild):t=n.nodeType===3?Ka(``):U(n.nodeType===8?ac:`div`),t.el=n,r.component.subTree=t}}else w&64?T=te===8?r.type.hydrate(n,r,s,l,u,y,e,p):x():w&128&&(T=r.type.hydrate(n,r,s,l,ts(o(n)),u,y,e,d))}return C!=null&&Wr(C,null,l,r),T},f=(e,t,n,i,a,o)=>{o||=!!t.dynamicChildren;let{type:c,dynamicProps:l,props:u,patchFlag:d,shapeFlag:f,dirs:m,transition:h}=t,g=c===`input`||c===`option`,y=!!l;if(g||y||d!==-1){m&&hr(t,null,n,`created`);let c=!1;if(v(e)){c=va(null,h)&&n&&n.vnode.props&&n.vnode.props.appear;let r=e.content.firstChild;if(c){let e=r.getAttribute(`class`);e&&(r.$cls=e),h.beforeEnter(r)}_(r,e,n),t.el=e=r}if(f&16&&!(u&&(u.innerHTML||u.textContent))){let r=p(e.firstChild,t,e,n,i,a,o);for(r&&!Jr(e,1)&&Qo();r;){let e=r;r=r.nextSibling,s(e)}}else if(f&8){let n=t.children;n[0]===`
`&&(e.tagName===`PRE`||e.tagName===`TEXTAREA`)&&(n=n.slice(1));let{textContent:r}=e;r!==n&&r!==n.replace(/\r\n|\r/g,`
`)&&(Jr(e,0)||Qo(),e.textContent=t.children)}if(u){if(g||y||!o||d&48){let t=e.tagName.includes(`-`),i=e.namespaceURI.includes(`svg`)?`svg`:e.namespaceURI.includes(`MathML`)?`mathml`:void 0;for(let a in u)if(g&&(a.endsWith(`value`)||a===`indeterminate`)||te(a)&&!ge(a)||a[0]===`.`||t&&!ge(a)||l&&l.includes(a)){if(qr(e,a,u[a]))continue;r(e,a,null,u[a],i,n)}}else if(u.onClick)r(e,`onClick`,null,u.onClick,void 0,n);else if(d&4&&/* @__PURE__ */ Ot(u.style))for(let e in u.style)u.style[e]}let b;(b=u&&u.onVnodeBeforeMount)&&Za(b,n,t),m&&hr(t,null,n,`beforeMount`),((b=u&&u.onVnodeMounted)||m||c)&&Pa(()=>{b&&Za(b,n,t),c&&h.enter(e),m&&hr(t,null,n,`mounted`)},i)}return e.nextSibling},p=(e,t,r,o,s,l,u)=>{u||=!!t.dynamicChildren;let f=t.children,p=f.length,m=!1;for(let t=0;t<p;t++){let h=u?f[t]:f[t]=Ja(f[t]),g=h.type===ic;e?(g&&!u&&t+1<p&&Ja(f[t+1]).type===ic&&(c(i(e.data.slice(h.children.length)),r,a(e)),e.data=h.children),e=d(e,h,o,s,l,u)):g&&!h.children?c(h.el=i(``),r):(m||(m=!0,Jr(r,1)||Qo()),n(null,h,r,null,o,s,ts(r),l))}return e},m=(e,t,n,r,i,s)=>{let{slotScopeIds:u}=t;u&&(i=i?i.concat(u):u);let d=o(e),f=p(a(e),t,d,n,r,i,s);return f&&ns(f)&&f.data===`]`?a(t.anchor=f):(Qo(),c(t.anchor=l(`]`),d,f),f)},h=(e,t,r,i,c,l)=>{if(Xr(e,t)||Qo(),t.el=null,l){let t=g(e);for(;;){let n=a(e);if(n&&n!==t)s(n);else break}}let u=a(e),d=o(e);return s(e),n(null,t,d,u,r,i,ts(d),c),r&&r.vnode.el===e&&(r.vnode.el=t.el,oa(r,t.el)),u},g=(e,t=`[`,n=`]`)=>{let r=0;for(;e;)if(e=a(e),e&&ns(e)&&(e.data===t&&r++,e.data===n)){if(r===0)return a(e);r--}return e},_=(e,t,n)=>{let r=t.parentNode;r&&r.replaceChild(e,t);let i=n;for(;i;)i.vnode.el===t&&(i.vnode.el=i.subTree.el=e),i=i.parent},v=e=>e.nodeType===1&&e.tagName===`TEMPLATE`;return[u,d]}function qr(e,t,n){return rs.has(t)?e.getAttribute(t)===(n==null?null:`${n}`):!1}function Jr(e,t){if(t===0||t===1)for(;e&&!e.hasAttribute(is);)e=e.parentElement;return Yr(e&&e.getAttribute(is),t)}function Yr(e,t){if(e==null)return!1;if(e===``)return!0;{let n=e.split(`,`);return t===0&&n.includes(`children`)?!0:n.includes(as[t])}}function Xr(e,t){return Jr(e.parentElement,1)||Zr(e)||Qr(t)}function Zr(e){return e.nodeType===1&&Yr(e.getAttribute(is),1)}function Qr({props:e}){let t=e&&e[is];return typeof t==`string`&&Yr(t,1)}function $r(e){let{top:t,left:n,bottom:r,right:i}=e.getBoundingClientRect(),{innerHeight:a,innerWidth:o}=window;return(t>0&&t<a||r>0&&r<a)&&(n>0&&n<o||i>0&&i<o)}function ei(e,t){if(ns(e)&&e.data===`[`){let n=1,r=e.nextSibling;for(;r;){if(r.nodeType===1){if(t(r)===!1)break}else if(ns(r)){if(r.data===`]`){if(--n===0)break}else r.data===`[`&&n++}r=r.nextSibling}}else t(e)}// @__NO_SIDE_EFFECTS__
function ti(e){k(e)&&(e={loader:e});let{loader:t,loadingComponent:n,errorComponent:r,delay:i=200,hydrate:a,timeout:o,suspensible:s=!0,onError:c}=e,l=null,u,d=0,f=()=>(d++,l=null,p()),p=()=>{let e;return l||(e=l=t().catch(e=>{if(e=e instanceof Error?e:Error(String(e)),c)return new Promise((t,n)=>{c(e,()=>t(f()),()=>n(e),d+1)});throw e}).then(t=>e!==l&&l?l:(t&&(t.__esModule||t[Symbol.toStringTag]===`Module`)&&(t=t.default),u=t,t)))};return/* @__PURE__ */ zr({name:`AsyncComponentWrapper`,__asyncLoader:p,__asyncHydrate(e,t,n){let r=e.isConnected,i=!1;(t.bu||=[]).push(()=>i=!0);let o=()=>{i||!e.parentNode||r&&!e.isConnected||n()},s=a?()=>{let n=a(o,t=>ei(e,t));n&&(t.bum||=[]).push(n)}:o;u?s():p().then(()=>!t.isUnmounted&&s())},get __asyncResolved(){return u},setup(){let e=mc;if(Vr(e),u)return()=>ni(u,e);let t=t=>{l=null,$n(t,e,13,!r,!0)};if(s&&e.suspense||bc)return p().then(t=>()=>ni(t,e)).catch(e=>(t(e),()=>r?U(r,{error:e}):null));let a=/* @__PURE__ */ Pt(!1),c=/* @__PURE__ */ Pt(),d=/* @__PURE__ */ Pt(!!i),f,m;return Ue(()=>{f!=null&&clearTimeout(f),m!=null&&clearTimeout(m)}),i&&(m=setTimeout(()=>{e.isUnmounted||(d.value=!1)},i)),o!=null&&(f=setTimeout(()=>{if(!e.isUnmounted&&!a.value&&!c.value){let e=/* @__PURE__ */ Error(`Async component timed out after ${o}ms.`);t(e),c.value=e}},o)),p().then(()=>{e.isUnmounted||(a.value=!0,e.parent&&ps(e.parent.vnode)&&e.parent.update())}).catch(n=>{e.isUnmounted?l=null:(t(n),c.value=n)}),()=>{if(a.value&&u)return ni(u,e);if(c.value&&r)return U(r,{error:c.value});if(n&&!d.value)return ni(n,e)}}})}function ni(e,t){let{ref:n,props:r,children:i,ce:a}=t.vnode,o=U(e,r,i);return o.ref=n,o.ce=a,delete t.vnode.ce,o}function ri(e,t){return O(e)?e.some(e=>ri(e,t)):ce(e)?e.split(`,`).includes(t):se(e)?(e.lastIndex=0,e.test(t)):!1}function ii(e,t){oi(e,`a`,t)}function ai(e,t){oi(e,`da`,t)}function oi(e,t,n=mc){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(ui(t,r,n),n){let e=n.parent;for(;e&&e.parent;)ps(e.parent.vnode)&&si(r,t,n,e),e=e.parent}}function si(e,t,n,r){let i=ui(t,e,r,!0),a=ui(`um`,()=>ne(r[t],i),n);a.flags=16}function ci(e){e.shapeFlag&=-257,e.shapeFlag&=-513}function li(e){return e.shapeFlag&128?e.ssContent:e}function ui(e,t,n=mc,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{tt();let i=vc(n),a=Qn(t,n,e,r);return i(),nt(),a};return r?i.unshift(a):i.push(a),a}}function di(e,t=mc){ui(`ec`,e,t)}function fi(e,t){return hi(Ts,e,!0,t)||e}function pi(e){return ce(e)?hi(Ts,e,!1)||e:e||Ds}function mi(e){return hi(Es,e)}function hi(e,t,n=!0,r=!1){let i=ko||mc;if(i){let n=i.type;if(e===Ts){let e=co(n,!1);if(e&&(e===t||e===ye(t)||e===Se(ye(t))))return n}let a=gi(i[e]||n[e],t)||gi(i.appContext[e],t);return!a&&r?n:a}}function gi(e,t){return e&&(e[t]||e[ye(t)]||e[Se(ye(t))])}function _i(e,t,n,r){let i,a=n&&n[r],o=O(e);if(o||ce(e)){let n=o&&/* @__PURE__ */ Ot(e),r=!1,s=!1;n&&(r=!/* @__PURE__ */ At(e),s=/* @__PURE__ */ kt(e),e=lt(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?Fn(Pn(e[n])):Pn(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(A(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function vi(e,t){for(let n=0;n<t.length;n++){let r=t[n];if(O(r))for(let t=0;t<r.length;t++)e[r[t].name]=r[t].fn;else r&&(e[r.name]=r.key?(...e)=>{let t=r.fn(...e);return t&&(t.key=r.key),t}:r.fn)}return e}function F(e,t,n,r,i,a){if(n??={},ko.ce||ko.parent&&fs(ko.parent)&&ko.parent.ce){let e=a!=null&&n.key==null?E({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),I(),R(H,null,[U(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=sc.length;I();let c;try{let i=o&&yi(o(n)),s=n.key||a||i&&i.key;c=R(H,{key:(s&&!le(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=sc.length;e>s;e--)La();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function yi(e){return e.some(e=>!Ba(e)||!(e.type===ac||e.type===H&&!yi(e.children)))?e:null}function bi(e,t){let n={};for(let r in e)n[t&&/[A-Z]/.test(r)?`on:${r}`:Ce(r)]=e[r];return n}function xi(){return null}function Si(){return null}function Ci(e){}function wi(e){}function Ti(){return null}function Ei(){}function Di(e,t){return null}function Oi(){return Ai(`useSlots`).slots}function ki(){return Ai(`useAttrs`).attrs}function Ai(e){let t=hc();return t.setupContext||=oo(t)}function ji(e){return O(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}function Mi(e,t){let n=ji(e);for(let e in t){if(e.startsWith(`__skip`))continue;let r=n[e];r?O(r)||k(r)?r=n[e]={type:r,default:t[e]}:r.default=t[e]:r===null&&(r=n[e]={default:t[e]}),r&&t[`__skip_${e}`]&&(r.skipFactory=!0)}return n}function Ni(e,t){return!e||!t?e||t:O(e)&&O(t)?e.concat(t):E({},ji(e),ji(t))}function Pi(e,t){let n={};for(let r in e)t.includes(r)||Object.defineProperty(n,r,{enumerable:!0,get:()=>e[r]});return n}function Fi(e){let t=hc(),n=bc,r=e();yc(),n&&_c(!1);let i=()=>{vc(t),n&&_c(!0)},a=()=>{hc()!==t&&t.scope.off(),yc(),n&&_c(!1)};return ue(r)&&(r=r.catch(e=>{throw i(),Promise.resolve().then(()=>Promise.resolve().then(a)),e})),[r,()=>{i(),Promise.resolve().then(a)}]}function Ii(e){let t=Bi(e),n=e.proxy,r=e.ctx;Ns=!1,t.beforeCreate&&Ri(t.beforeCreate,e,`bc`);let{data:i,computed:a,methods:o,watch:s,provide:c,inject:l,created:u,beforeMount:d,mounted:f,beforeUpdate:p,updated:m,activated:h,deactivated:g,beforeDestroy:_,beforeUnmount:v,destroyed:y,unmounted:b,render:x,renderTracked:S,renderTriggered:C,errorCaptured:ee,serverPrefetch:te,expose:T,inheritAttrs:E,components:ne,directives:re,filters:D}=t;if(l&&Li(l,r,null),o)for(let e in o){let t=o[e];k(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);A(t)&&(e.data=/* @__PURE__ */ Ct(t))}if(Ns=!0,a)for(let e in a){let t=a[e],i=k(t)?t.bind(n,n):k(t.get)?t.get.bind(n,n):w,o=!k(t)&&k(t.set)?t.set.bind(n):w,s=Ec({get:i,set:o});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>s.value,set:e=>s.value=e})}if(s)for(let e in s)zi(s[e],r,n,e);if(c){let e=k(c)?c.call(n):c;Reflect.ownKeys(e).forEach(t=>{gr(t,e[t])})}u&&Ri(u,e,`c`);function ie(e,t){O(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(ie(gs,d),ie(_s,f),ie(vs,p),ie(ys,m),ie(ii,h),ie(ai,g),ie(di,ee),ie(ws,S),ie(Cs,C),ie(bs,v),ie(xs,b),ie(Ss,te),O(T)){if(T.length){let t=e.exposed||={};T.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}x&&e.render===w&&(e.render=x),E!=null&&(e.inheritAttrs=E),ne&&(e.components=ne),re&&(e.directives=re),te&&Vr(e)}function Li(e,t,n=w){O(e)&&(e=Wi(e));for(let n in e){let r=e[n],i;i=A(r)?`default`in r?_r(r.from||n,r.default,!0):_r(r.from||n):_r(r),/* @__PURE__ */ Nt(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function Ri(e,t,n){Qn(O(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function zi(e,t,n,r){let i=r.includes(`.`)?Tr(n,r):()=>n[r];if(ce(e)){let n=t[e];k(n)&&Sr(i,n)}else if(k(e))Sr(i,e.bind(n));else if(A(e)){if(O(e))e.forEach(e=>zi(e,t,n,r));else{let r=k(e.handler)?e.handler.bind(n):t[e.handler];k(r)&&Sr(i,r,e)}}}function Bi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>Vi(c,e,o,!0)),Vi(c,t,o)),A(t)&&a.set(t,c),c}function Vi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&Vi(e,a,n,!0),i&&i.forEach(t=>Vi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=Ps[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}function Hi(e,t){return t?e?function(){return E(k(e)?e.call(this,this):e,k(t)?t.call(this,this):t)}:t:e}function Ui(e,t){return Ki(Wi(e),Wi(t))}function Wi(e){if(O(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function Gi(e,t){return e?[...new Set([].concat(e,t))]:t}function Ki(e,t){return e?E(/* @__PURE__ */ Object.create(null),e,t):t}function qi(e,t){return e?O(e)&&O(t)?[.../* @__PURE__ */ new Set([...e,...t])]:E(/* @__PURE__ */ Object.create(null),ji(e),ji(t??{})):t}function Ji(e,t){if(!e)return t;if(!t)return e;let n=E(/* @__PURE__ */ Object.create(null),e);for(let r in t)n[r]=Gi(e[r],t[r]);return n}function Yi(){return{app:null,config:{isNativeTag:ee,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:/* @__PURE__ */ Object.create(null),optionsCache:/* @__PURE__ */ new WeakMap,propsCache:/* @__PURE__ */ new WeakMap,emitsCache:/* @__PURE__ */ new WeakMap}}function Xi(e,t){return function(n,r=null){k(n)||(n=E({},n)),r!=null&&!A(r)&&(r=null);let i=Yi(),a=/* @__PURE__ */ new WeakSet,o=[],s=!1,c=i.app={_uid:Fs++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:Dc,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&k(e.install)?(a.add(e),e.install(c,...t)):k(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||U(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,so(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(Qn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=Is;Is=c;try{return e()}finally{Is=t}}};return c}}function Zi(e,t,n=S){let r=hc(),i=ye(t),a=xe(t),o=Ls(e,i),s=Bt((o,s)=>{let c,l=S,u;return xr(()=>{let t=e[i];we(c,t)&&(c=t,s())}),{get(){return o(),n.get?n.get(c):c},set(e){let o=n.set?n.set(e):e;if(!we(o,c)&&!(l!==S&&we(e,l)))return;let d=r.vnode.props,f=!!(d&&(t in d||i in d||a in d)&&(`onUpdate:${t}`in d||`onUpdate:${i}`in d||`onUpdate:${a}`in d));f||(c=e,s()),r.emit(`update:${t}`,o),we(e,l)&&(we(e,o)&&!we(o,u)||f&&l!==S&&!we(o,c))&&s(),l=e,u=o}}});return s[Symbol.iterator]=()=>{let e=0;return{next(){return e<2?{value:e++?o||S:s,done:!1}:{done:!0}}}},s}function Qi(e,t,...n){if(e.isUnmounted)return;let r=e.vnode.props||S,i=n,a=t.startsWith(`update:`),o=a&&Ls(r,t.slice(7));o&&(o.trim&&(i=n.map(e=>ce(e)?e.trim():e)),o.number&&(i=i.map(De)));let s,c=r[s=Ce(t)]||r[s=Ce(ye(t))];!c&&a&&(c=r[s=Ce(xe(t))]),c&&Qn(c,e,6,i);let l=r[s+`Once`];if(l){if(!e.emitted)e.emitted={};else if(e.emitted[s])return;e.emitted[s]=!0,Qn(l,e,6,i)}}function $i(e,t,n=!1){let r=n?Rs:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!k(e)){let r=e=>{let n=$i(e,t,!0);n&&(s=!0,E(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(A(e)&&r.set(e,null),null):(O(a)?a.forEach(e=>o[e]=null):E(o,a),A(e)&&r.set(e,o),o)}function ea(e,t){return!e||!te(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),D(e,t[0].toLowerCase()+t.slice(1))||D(e,xe(t))||D(e,t))}function ta(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:c,render:l,renderCache:u,props:d,data:f,setupState:p,ctx:m,inheritAttrs:h}=e,g=dr(e),_,v;try{if(n.shapeFlag&4){let e=i||r,t=e;_=Ja(l.call(t,e,u,d,p,f,m)),v=s}else{let e=t;_=Ja(e.length>1?e(d,{attrs:s,slots:o,emit:c}):e(d,null)),v=t.props?s:zs(s)}}catch(t){sc.length=0,$n(t,e,1),_=U(ac)}let y=_;if(v&&h!==!1){let e=Object.keys(v),{shapeFlag:t}=y;e.length&&t&7&&(a&&e.some(T)&&(v=Bs(v,a)),y=Ga(y,v,!1,!0))}return n.dirs&&(y=Ga(y,null,!1,!0),y.dirs=y.dirs?y.dirs.concat(n.dirs):n.dirs),n.transition&&Ir(Io(y.type)&&Fr(y)||y,n.transition),_=y,dr(g),_}function na(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(Ba(r)){if(r.type!==ac||r.children===`v-if`){if(n)return;n=r}}else return}return n}function ra(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?ia(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(aa(o,r,n)&&!ea(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||ia(r,o,l):!!o;return!1}function ia(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!D(e,a)||aa(t,e,a)&&!ea(n,a))return!0}return!1}function aa(e,t,n){let r=e[n],i=t[n];return n===`style`&&A(r)&&A(i)?!y(r,i):r!==i}function oa({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}function sa(e,t,n,r=!1){let i={},a=Hs();e.propsDefaults=/* @__PURE__ */ Object.create(null),la(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:/* @__PURE__ */ wt(i):e.type.props?i:a,e.attrs=a}function ca(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=/* @__PURE__ */ M(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(ea(e.emitsOptions,o))continue;let u=t[o];if(c){if(D(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=ye(o);i[t]=ua(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{la(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(D(t,a)||(r=xe(a))!==a&&D(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=ua(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&D(t,e)||(delete a[e],l=!0)}l&&ot(e.attrs,`set`,``)}function la(e,t,n,r){let[i,a]=e.propsOptions,o=!1,s;if(t)for(let c in t){if(ge(c))continue;let l=t[c],u;i&&D(i,u=ye(c))?!a||!a.includes(u)?n[u]=l:(s||={})[u]=l:ea(e.emitsOptions,c)||c in r&&l===r[c]||(r[c]=l,o=!0)}if(a){let t=/* @__PURE__ */ M(n),r=s||S;for(let o=0;o<a.length;o++){let s=a[o];n[s]=ua(i,t,s,r[s],e,!D(r,s))}}return o}function ua(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=D(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&k(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=vc(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===xe(n))&&(r=!0))}return r}function da(e,t,n=!1){let r=n?Ws:t.propsCache,i=r.get(e);if(i)return i;let a=e.props,o={},s=[],c=!1;if(!k(e)){let r=e=>{c=!0;let[n,r]=da(e,t,!0);E(o,n),r&&s.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!a&&!c)return A(e)&&r.set(e,C),C;if(O(a))for(let e=0;e<a.length;e++){let t=ye(a[e]);fa(t)&&(o[t]=S)}else if(a)for(let e in a){let t=ye(e);if(fa(t)){let n=a[e],r=o[t]=O(n)||k(n)?{type:n}:E({},n),i=r.type,c=!1,l=!0;if(O(i))for(let e=0;e<i.length;++e){let t=i[e],n=k(t)&&t.name;if(n===`Boolean`){c=!0;break}n===`String`&&(l=!1)}else c=k(i)&&i.name===`Boolean`;r[0]=c,r[1]=l,(c||D(r,`default`))&&s.push(t)}}let l=[o,s];return A(e)&&r.set(e,l),l}function fa(e){return e[0]!==`$`&&!ge(e)}function pa(e){return ha(e)}function ma(e){return ha(e,Kr)}function ha(e,t){let n=Ae();n.__VUE__=!0;let{insert:r,remove:i,patchProp:a,createElement:o,createText:s,createComment:c,setText:l,setElementText:u,parentNode:d,nextSibling:f,setScopeId:p=w,insertStaticContent:m}=e,h=(e,t,n,r=null,i=null,a=null,o=void 0,s=null,c=!!t.dynamicChildren)=>{if(e===t)return;e&&!Va(e,t)&&(r=he(e),ue(e,i,a,!0),e=null),t.patchFlag===-2&&(c=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===C&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:l,ref:u,shapeFlag:d}=t;switch(l){case ic:g(e,t,n,r);break;case ac:_(e,t,n,r);break;case oc:e??v(t,n,r,o);break;case H:D(e,t,n,r,i,a,o,s,c);break;default:d&1?x(e,t,n,r,i,a,o,s,c):d&6?O(e,t,n,r,i,a,o,s,c):(d&64||d&128)&&l.process(e,t,n,r,i,a,o,s,c,ve)}u!=null&&i?Wr(u,e&&e.ref,a,t||e,!t):u==null&&e&&e.ref!=null&&Wr(e.ref,null,a,e,!0)},g=(e,t,n,i)=>{if(e==null)r(t.el=s(t.children),n,i);else{let n=t.el=e.el;t.children!==e.children&&l(n,t.children)}},_=(e,t,n,i)=>{e==null?r(t.el=c(t.children||``),n,i):t.el=e.el},v=(e,t,n,r)=>{[e.el,e.anchor]=m(e.children,t,n,r,e.el,e.anchor)},y=({el:e,anchor:t},n,i)=>{let a;for(;e&&e!==t;)a=f(e),r(e,n,i),e=a;r(t,n,i)},b=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=f(e),i(e),e=n;i(t)},x=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)ee(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),E(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},ee=(e,t,n,i,s,c,l,d)=>{let f,p,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(f=e.el=o(e.type,c,m&&m.is,m),h&8?u(f,e.children):h&16&&T(e.children,f,null,i,s,ga(e,c),l,d),_&&hr(e,null,i,`created`),te(f,e,e.scopeId,l,i),m){for(let e in m)e!==`value`&&!ge(e)&&a(f,e,null,m[e],c,i);`value`in m&&a(f,`value`,null,m.value,c),(p=m.onVnodeBeforeMount)&&Za(p,i,e)}_&&hr(e,null,i,`beforeMount`);let v=va(s,g);v?g.beforeEnter(f):g&&!g.persisted&&(f[nc]=!0),r(f,t,n),((p=m&&m.onVnodeMounted)||v||_)&&$s(()=>{try{p&&Za(p,i,e),v&&g.enter(f),_&&hr(e,null,i,`mounted`)}finally{}},s)},te=(e,t,n,r,i)=>{if(n&&p(e,n),r)for(let t=0;t<r.length;t++)p(e,r[t]);if(i){let n=i.subTree;if(t===n||ec(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;te(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},T=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?Ya(e[l]):Ja(e[l]);h(null,c,t,n,r,i,a,o,s)}},E=(e,t,n,r,i,o,s)=>{let c=t.el=e.el,{patchFlag:l,dynamicChildren:d,dirs:f}=t;l|=e.patchFlag&16;let p=e.props||S,m=t.props||S,h;if(n&&_a(n,!1),(h=m.onVnodeBeforeUpdate)&&Za(h,n,t,e),f&&hr(t,e,n,`beforeUpdate`),n&&_a(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(l=0,s=!1,d=null),(p.innerHTML&&m.innerHTML==null||p.textContent&&m.textContent==null)&&u(c,``),d?ne(e.dynamicChildren,d,c,n,r,ga(t,i),o):s||k(e,t,c,null,n,r,ga(t,i),o,!1),l>0){if(l&16)re(c,p,m,n,i);else if(l&2&&p.class!==m.class&&a(c,`class`,null,m.class,i),l&4&&a(c,`style`,p.style,m.style,i),l&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],o=p[r],s=m[r];(s!==o||r===`value`)&&a(c,r,o,s,i,n)}}l&1&&e.children!==t.children&&u(c,t.children)}else!s&&d==null&&re(c,p,m,n,i);((h=m.onVnodeUpdated)||f)&&$s(()=>{h&&Za(h,n,t,e),f&&hr(t,e,n,`updated`)},r)},ne=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||Ca(c),f=u&&(c.type===H||!Va(c,l)||c.shapeFlag&198)?d(u):n;h(c,l,f,null,r,i,a,o,!0)}},re=(e,t,n,r,i)=>{if(t!==n){if(t!==S)for(let o in t)!ge(o)&&!(o in n)&&a(e,o,t[o],null,i,r);for(let o in n){if(ge(o))continue;let s=n[o],c=t[o];s!==c&&o!==`value`&&a(e,o,c,s,i,r)}`value`in n&&a(e,`value`,t.value,n.value,i)}},D=(e,t,n,i,a,o,c,l,u)=>{let d=t.el=e?e.el:s(``),f=t.anchor=e?e.anchor:s(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(l=l?l.concat(h):h),e==null?(r(d,n,i),r(f,n,i),T(t.children||[],n,f,a,o,c,l,u)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(ne(e.dynamicChildren,m,n,a,o,c,l),(t.key!=null||a&&t===a.subTree)&&ya(e,t,!0)):k(e,t,n,f,a,o,c,l,u)},O=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):ie(t,n,r,i,a,o,c):ae(e,t,c)},ie=(e,t,n,r,i,a,o)=>{let s=e.component=$a(e,r,i);if(ps(e)&&(s.ctx.renderer=ve),to(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,oe,o,a),!e.el){let r=s.subTree=U(ac);_(null,r,t,n),e.placeholder=r.el}}else oe(s,e,t,n,i,a,o)},ae=(e,t,n)=>{let r=t.component=e.component;if(ra(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,se(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},oe=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=xa(e);if(n){t&&(t.el=c.el,se(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?$s(t,i):l())};t.flags=48,$s(t,i)});return}}let u=t,f;_a(e,!1),t?(t.el=c.el,se(e,t,o)):t=c,n&&Te(n),(f=t.props&&t.props.onVnodeBeforeUpdate)&&Za(f,s,t,c),_a(e,!0);let p=ta(e),m=e.subTree;e.subTree=p,h(m,p,d(m.el||Ca(m)),he(m),e,i,a),t.el=p.el,u===null&&oa(e,p.el),r&&$s(r,i),(f=t.props&&t.props.onVnodeUpdated)&&$s(()=>Za(f,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=fs(t);if(_a(e,!1),l&&Te(l),!m&&(o=c&&c.onVnodeBeforeMount)&&Za(o,d,t),_a(e,!0),s&&be){let t=()=>{e.subTree=ta(e),be(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=ta(e);h(null,o,n,r,e,i,a),t.el=o.el}if(u&&$s(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;$s(()=>Za(o,d,e),i)}(t.shapeFlag&256||d&&fs(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&$s(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new $t(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>rr(u),_a(e,!0),l()},se=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,ca(e,t.props,r,n),Qs(e,t.children,n),tt(),or(e),nt()},k=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,d=e?e.shapeFlag:0,f=t.children,{patchFlag:p,shapeFlag:m}=t;if(p>0){if(p&128){le(l,f,n,r,i,a,o,s,c);return}if(p&256){ce(l,f,n,r,i,a,o,s,c);return}}m&8?(d&16&&me(l,i,a),f!==l&&u(n,f)):d&16?m&16?le(l,f,n,r,i,a,o,s,c):me(l,i,a,!0):(d&8&&u(n,``),m&16&&T(f,n,r,i,a,o,s,c))},ce=(e,t,n,r,i,a,o,s,c)=>{e||=C,t||=C;let l=e.length,u=t.length,d=Math.min(l,u),f=0;for(;f<d;f++){let r=t[f]=c?Ya(t[f]):Ja(t[f]);h(e[f],r,n,null,i,a,o,s,c)}l>u?me(e,i,a,!0,!1,d):T(t,n,r,i,a,o,s,c,d)},le=(e,t,n,r,i,a,o,s,c)=>{let l=0,u=t.length,d=e.length-1,f=u-1;for(;l<=d&&l<=f;){let r=e[l],u=t[l]=c?Ya(t[l]):Ja(t[l]);if(Va(r,u))h(r,u,n,null,i,a,o,s,c);else break;l++}for(;l<=d&&l<=f;){let r=e[d],l=t[f]=c?Ya(t[f]):Ja(t[f]);if(Va(r,l))h(r,l,n,null,i,a,o,s,c);else break;d--,f--}if(l>d){if(l<=f){let e=f+1,d=e<u?t[e].el:r;for(;l<=f;)h(null,t[l]=c?Ya(t[l]):Ja(t[l]),n,d,i,a,o,s,c),l++}}else if(l>f)for(;l<=d;)ue(e[l],i,a,!0),l++;else{let p=l,m=l,g=/* @__PURE__ */ new Map;for(l=m;l<=f;l++){let e=t[l]=c?Ya(t[l]):Ja(t[l]);e.key!=null&&g.set(e.key,l)}let _,v=0,y=f-m+1,b=!1,x=0,S=Array(y);for(l=0;l<y;l++)S[l]=0;for(l=p;l<=d;l++){let r=e[l];if(v>=y){ue(r,i,a,!0);continue}let u;if(r.key!=null)u=g.get(r.key);else for(_=m;_<=f;_++)if(S[_-m]===0&&Va(r,t[_])){u=_;break}u===void 0?ue(r,i,a,!0):(S[u-m]=l+1,u>=x?x=u:b=!0,h(r,t[u],n,null,i,a,o,s,c),v++)}let w=b?ba(S):C;for(_=w.length-1,l=y-1;l>=0;l--){let e=m+l,d=t[e],f=t[e+1],p=e+1<u?f.el||Ca(f):r;S[l]===0?h(null,d,n,p,i,a,o,s,c):b&&(_<0||l!==w[_]?A(d,n,p,2):_--)}}},A=(e,t,n,a,o=null)=>{let{el:s,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)A(e.component.subTree,t,n,a);else if(d&128)e.suspense.move(t,n,a);else if(d&64)c.move(e,t,n,ve);else if(c===H){r(s,t,n);for(let e=0;e<u.length;e++)A(u[e],t,n,a);r(e.anchor,t,n)}else if(c===oc)y(e,t,n);else if(a!==2&&d&1&&l){if(a===0)l.persisted&&!s[Wo]?r(s,t,n):(l.beforeEnter(s),r(s,t,n),$s(()=>l.enter(s),o));else{let{leave:a,delayLeave:o,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?i(s):r(s,t,n)},d=()=>{let e=s._isLeaving||!!s[Wo];s._isLeaving&&s[Wo](!0),l.persisted&&!e?u():a(s,()=>{u(),c&&c()})};o?o(s,u,d):d()}}else r(s,t,n)},ue=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(tt(),Wr(s,null,n,e,!0),nt()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!fs(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&Za(_,t,e),u&6)pe(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&hr(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,ve,r):l&&!l.hasOnce&&(a!==H||d>0&&d&64)?me(l,t,n,!1,!0):(a===H&&d&384||!i&&u&16)&&me(c,t,n),r&&de(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&$s(()=>{_&&Za(_,t,e),h&&hr(e,null,t,`unmounted`),v&&(e.el=null)},n)},de=e=>{let{type:t,el:n,anchor:r,transition:a}=e,o=t===H;if(o&&!a){fe(n,r);return}if(t===oc){b(e),a&&!a.persisted&&a.afterLeave&&a.afterLeave();return}let s=o?Rr(e):e,c=()=>{o?d(n)&&fe(n,r):i(n),a&&!a.persisted&&a.afterLeave&&a.afterLeave()};if(s&&s.shapeFlag&1&&a&&!a.persisted){let{leave:e,delayLeave:t}=a,n=s.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},fe=(e,t)=>{let n;for(;e!==t;)n=f(e),i(e),e=n;i(t)},pe=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;Sa(c),Sa(l),r&&Te(r),i.stop(),a?(a.flags|=8,ue(o,e,t,n)):o&&(o.transition=e.vnode.transition,ue(o,e,t,n)),s&&$s(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,$s(u,t)},me=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)ue(e[o],t,n,r,i)},he=e=>{if(e.shapeFlag&6)return he(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=f(e.anchor||e.el),n=t&&t[Fo];return n?f(n):t},_e=(e,t,n)=>{cr(()=>{e==null?t._vnode&&ue(t._vnode,null,null,!0):h(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Qa())},ve={p:h,um:ue,m:A,r:de,mt:ie,mc:T,pc:k,pbc:ne,n:he,o:e},ye,be;return t&&([ye,be]=t(ve)),{render:_e,hydrate:ye,createApp:Xi(_e,ye)}}function ga({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function _a({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function va(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function ya(e,t,n=!1){let r=e.children,i=t.children;if(O(r)&&O(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=Ya(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&ya(t,a)),a.type===ic&&(a.patchFlag===-1&&(a=i[e]=Ya(a)),a.el=t.el),a.type===ac&&!a.el&&(a.el=t.el)}}function ba(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function xa(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:xa(t)}function Sa(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function Ca(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return Ca(t.subTree);let n=e.suspense;return n&&n.activeBranch?Ca(n.activeBranch):null}function wa(e,t){let n=e.props&&e.props[t];k(n)&&n()}function Ta(e){let t=[];Ea(e,t,!0),t.length&&ar(t)}function Ea(e,t,n){let{el:r,transition:i,children:a,shapeFlag:o}=e;if(o&6)Ea(e.component.subTree,t,n);else if(!(o&192)&&(o&1&&(!n&&r&&r[nc]&&(r[nc]=void 0,i&&!i.persisted&&(i.beforeEnter(r),t.push(()=>i.enter(r)))),n=!1),o&16))for(let e=0;e<a.length;e++)Ea(a[e],t,n)}function Da(e,t,n,r,i,a,o,s,c){let{p:l,o:{createElement:u}}=c,d=u(`div`),f=e.suspense=ka(e,i,r,t,d,n,a,o,s,c);l(null,f.pendingBranch=e.ssContent,d,null,r,f,a,o),f.deps>0?(wa(e,`onPending`),wa(e,`onFallback`),l(null,e.ssFallback,t,n,r,null,a,o),Fa(f,e.ssFallback)):f.resolve(!1,!0)}function Oa(e,t,n,r,i,a,o,s,{p:c,um:l,o:{createElement:u}}){let d=t.suspense=e.suspense;d.vnode=t,t.el=e.el;let f=t.ssContent,p=t.ssFallback,{activeBranch:m,pendingBranch:h,isInFallback:g,isHydrating:_}=d;if(h)d.pendingBranch=f,Va(h,f)?(d.deps++,c(h,f,_?n:d.hiddenContainer,null,i,d,a,o,s),d.deps--,d.deps<=0?d.resolve():g&&!_&&!d.isFallbackMountPending&&(c(m,p,n,r,i,null,a,o,s),Fa(d,p))):(d.pendingId=tc++,_?(d.isHydrating=!1,d.activeBranch=h):l(h,i,d),d.deps=0,Na(d),d.hiddenContainer=u(`div`),g?(c(null,f,d.hiddenContainer,null,i,d,a,o,s),d.deps<=0?d.resolve():d.isFallbackMountPending||(c(m,p,n,r,i,null,a,o,s),Fa(d,p))):m&&Va(m,f)?(c(m,f,n,r,i,d,a,o,s),d.resolve(!0)):(c(null,f,d.hiddenContainer,null,i,d,a,o,s),d.deps<=0&&d.resolve()));else if(m&&Va(m,f))c(m,f,n,r,i,d,a,o,s),Fa(d,f);else if(wa(t,`onPending`),d.pendingBranch=f,d.pendingId=tc++,c(null,f,d.hiddenContainer,null,i,d,a,o,s),d.deps<=0)d.resolve();else{let{timeout:e}=d;e>0?d.timeoutTimer=setTimeout(()=>{d.timeoutTimer=void 0,d.fallback(d.vnode.ssFallback)},e):e===0&&d.fallback(p)}}function ka(e,t,n,r,i,a,o,s,c,l,u=!1){let{p:d,m:f,um:p,n:m,o:{parentNode:h,remove:g}}=l,_,v=Ia(e);v&&t&&t.pendingBranch&&(_=t.pendingId,t.deps++);let y=e.props?Oe(e.props.timeout):void 0,b=a,x={vnode:e,parent:t,parentComponent:n,namespace:o,container:r,hiddenContainer:i,deps:0,pendingId:tc++,timeout:typeof y==`number`?y:-1,timeoutTimer:void 0,activeBranch:null,isFallbackMountPending:!1,pendingBranch:null,isInFallback:!u,isHydrating:u,isUnmounted:!1,effects:[],resolve(e=!1,n=!1){let{vnode:r,activeBranch:i,pendingBranch:o,pendingId:s,effects:c,parentComponent:l,container:u,isInFallback:d}=x,g=!1;if(x.isHydrating)x.isHydrating=!1;else if(!e){g=i&&o.transition&&o.transition.mode===`out-in`;let e=!1;g&&(i.transition.afterLeave=()=>{s===x.pendingId&&!x.isUnmounted&&(Ta(o),f(o,u,a===b&&!e?m(i):a,0),ar(c),d&&r.ssFallback&&(r.ssFallback.el=null))}),i&&!x.isFallbackMountPending&&(h(i.el||Ca(i))===u&&(a=m(i),e=!0),p(i,l,x,!0),!g&&d&&r.ssFallback&&$s(()=>r.ssFallback.el=null,x)),g||(Ta(o),f(o,u,a,0))}clearTimeout(x.timeoutTimer),x.timeoutTimer=void 0,x.isFallbackMountPending=!1,Fa(x,o),x.pendingBranch=null,x.isInFallback=!1;let y=0;for(let e=0;e<c.length;e++){let t=c[e];t.flags&32?ar(t):c[y++]=t}c.length=y;let S=x.parent,C=!1;for(;S;){if(S.pendingBranch){for(let e=0;e<c.length;e++)S.effects.push(c[e]);C=!0;break}S=S.parent}!C&&!g&&ar(c),x.effects=[],v&&t&&t.pendingBranch&&_===t.pendingId&&(_=void 0,t.deps--,t.deps===0&&!n&&t.resolve()),wa(r,`onResolve`)},fallback(e){if(x.isUnmounted||!x.pendingBranch)return;let{vnode:t,activeBranch:n,parentComponent:r,container:i,namespace:a}=x;wa(t,`onFallback`);let o=m(n),l=()=>{if(x.isFallbackMountPending=!1,x.isUnmounted||!x.isInFallback)return;let e=x.vnode.ssFallback;d(null,e,i,o,r,null,a,s,c),Fa(x,e)},u=e.transition&&e.transition.mode===`out-in`;u&&(x.isFallbackMountPending=!0,n.transition.afterLeave=l),x.isInFallback=!0,p(n,r,null,!0),u||l()},move(e,t,n){x.activeBranch&&f(x.activeBranch,e,t,n),x.container=e},next(){return x.activeBranch&&m(x.activeBranch)},registerDep(e,t,n,r){let i=!!x.pendingBranch;i&&x.deps++;let a=e.vnode.el,o=i=>{e.asyncResolved=!0;let{vnode:o}=e;ro(e,i,!1),a&&(o.el=a);let s=!a&&e.subTree.el;t(e,o,h(a||e.subTree.el),a?null:m(e.subTree),x,r,n),s&&(o.placeholder=null,g(s)),oa(e,o.el)};e.asyncDep.catch(t=>($n(t,e,0,!1,!0),()=>null)).then(t=>{if(e.isUnmounted||x.isUnmounted)return;let n=i&&x.pendingId===e.suspenseId;if(yc(),!e.scope.active)n&&--x.deps===0&&x.resolve();else if(!n&&x.pendingBranch){let n=()=>{e.isUnmounted||x.isUnmounted||!e.scope.active||(x.pendingBranch?Pa(n,x):o(t))};n.flags=48,Pa(n,x)}else o(t),n&&--x.deps===0&&x.resolve()})},unmount(e,t){if(x.isUnmounted=!0,clearTimeout(x.timeoutTimer),x.timeoutTimer=void 0,_!==void 0){let e=x.parent,t=_;_=void 0,ar(()=>{e.pendingId===t&&!e.isUnmounted&&--e.deps===0&&e.resolve()})}x.activeBranch&&p(x.activeBranch,n,e,t),x.pendingBranch&&(p(x.pendingBranch,n,x,t),Na(x))}};return x}function Aa(e,t,n,r,i,a,o,s,c){let l=t.suspense=ka(t,r,n,e.parentNode,document.createElement(`div`),null,i,a,o,s,!0),u=c(e,l.pendingBranch=t.ssContent,n,l,a,o);return l.deps===0&&l.resolve(!1,!0),u}function ja(e){let{shapeFlag:t,children:n}=e,r=t&32;e.ssContent=Ma(r?n.default:n),e.ssFallback=r?Ma(n.fallback):U(ac)}function Ma(e){let t;if(k(e)){let n=lc&&e._c;n&&(e._d=!1,I()),e=e(),n&&(e._d=!0,t=cc,La())}return O(e)&&(e=na(e)),e=Ja(e),t&&!e.dynamicChildren&&(e.dynamicChildren=t.filter(t=>t!==e)),e}function Na(e){let{effects:t}=e;for(let e=0;e<t.length;e++){let n=t[e];n.flags&16&&ar(n)}t.length=0}function Pa(e,t){t&&t.pendingBranch?O(e)?t.effects.push(...e):t.effects.push(e):ar(e)}function Fa(e,t){e.activeBranch=t;let{vnode:n,parentComponent:r}=e,i=t.el;for(;!i&&t.component;)t=t.component.subTree,i=t.el;n.el=i,r&&r.subTree===n&&(r.vnode.el=i,oa(r,i))}function Ia(e){let t=e.props&&e.props.suspensible;return t!=null&&t!==!1}function I(e=!1){sc.push(cc=e?null:[])}function La(){sc.pop(),cc=sc[sc.length-1]||null}function Ra(e,t=!1){lc+=e,e<0&&cc&&t&&(cc.hasOnce=!0)}function za(e){return e.dynamicChildren=lc>0?cc||C:null,La(),lc>0&&cc&&cc.push(e),e}function L(e,t,n,r,i,a){return za(z(e,t,n,r,i,a,!0))}function R(e,t,n,r,i){return za(U(e,t,n,r,i,!0))}function Ba(e){return e?e.__v_isVNode===!0:!1}function Va(e,t){return e.type===t.type&&e.key===t.key}function Ha(e){}function z(e,t=null,n=null,r=0,i=null,a=e===H?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&uc(t),ref:t&&dc(t),scopeId:Ao,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:ko};return s?(Xa(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=ce(n)?8:16),lc>0&&!o&&cc&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&cc.push(c),c}function Ua(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Ds||(e=ac),Ba(e)){let r=Ga(e,t,!0);return n&&Xa(r,n),lc>0&&!a&&cc&&(r.shapeFlag&6?cc[cc.indexOf(e)]=r:cc.push(r)),r.patchFlag=-2,r}if(lo(e)&&(e=e.__vccOpts),t){t=Wa(t);let{class:e,style:n}=t;e&&!ce(e)&&(t.class=f(e)),A(n)&&(/* @__PURE__ */ jt(n)&&!O(n)&&(n=E({},n)),t.style=u(n))}let o=ce(e)?1:ec(e)?128:Io(e)?64:A(e)?4:k(e)?2:0;return z(e,t,n,r,i,o,a,!0)}function Wa(e){return e?/* @__PURE__ */ jt(e)?E({},e):Us(e)?E({},e[wc]||e):e:null}function Ga(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?V(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&uc(l),ref:t&&t.ref?n&&a?O(a)?a.concat(dc(t)):[a,dc(t)]:dc(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==H?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Ga(e.ssContent),ssFallback:e.ssFallback&&Ga(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Ir(u,c.clone(u)),u}function Ka(e=` `,t=0){return U(ic,null,e,t)}function qa(e,t){let n=U(oc,null,e);return n.staticCount=t,n}function B(e=``,t=!1){return t?(I(),R(ac,null,e)):U(ac,null,e)}function Ja(e){return e==null||typeof e==`boolean`?U(ac):O(e)?U(H,null,e.slice()):Ba(e)?Ya(e):U(ic,null,String(e))}function Ya(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Ga(e)}function Xa(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(O(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Xa(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Us(t)?t._ctx=ko:r===3&&ko&&(ko.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(k(t)){if(r&65){Xa(e,{default:t});return}t={default:t,_ctx:ko},n=32}else t=String(t),r&64?(n=16,t=[Ka(t)]):n=8;e.children=t,e.shapeFlag|=n}function V(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=f([t.class,r.class]));else if(e===`style`)t.style=u([t.style,r.style]);else if(te(e)){let n=t[e],i=r[e];i&&n!==i&&!(O(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!T(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function Za(e,t,n,r=null){Qn(e,t,7,[n,r])}function Qa(){return pc}function $a(e,t,n){let r=e.type,i=(t?t.appContext:e.appContext)||fc,a={uid:pc++,vnode:e,type:r,parent:t,appContext:i,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new Xt(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(i.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:da(r,i),emitsOptions:$i(r,i),emit:null,emitted:null,propsDefaults:S,inheritAttrs:r.inheritAttrs,ctx:S,data:S,props:S,attrs:S,slots:S,refs:S,setupState:S,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return a.ctx={_:a},a.root=t?t.root:a,a.emit=Qi.bind(null,a),e.ce&&e.ce(a),a}function eo(e){return e.vnode.shapeFlag&4}function to(e,t=!1,n=!1){t&&_c(t);let{props:r,children:i}=e.vnode,a=eo(e);sa(e,r,a,t),Zs(e,i,n||t);let o=a?no(e,t):void 0;return t&&_c(!1),o}function no(e,t){let n=e.type;e.accessCache=/* @__PURE__ */ Object.create(null),e.proxy=new Proxy(e.ctx,js);let{setup:r}=n;if(r){tt();let n=e.setupContext=r.length>1?oo(e):null,i=vc(e),a=Zn(r,e,0,[e.props,n]),o=ue(a);if(nt(),i(),(o||e.sp)&&!fs(e)&&Vr(e),o){if(a.then(yc,yc),t)return a.then(n=>{_c(!0);try{ro(e,n,t)}finally{_c(!1)}}).catch(t=>{$n(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else ro(e,a,t)}else ao(e,t)}function ro(e,t,n){k(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:A(t)&&(e.setupState=zt(t)),ao(e,n)}function io(e){xc=e,Sc=e=>{e.render._rc&&(e.withProxy=new Proxy(e.ctx,Ms))}}function ao(e,t,n){let r=e.type;if(!e.render){if(!t&&xc&&!r.render){let t=r.template||Bi(e).template;if(t){let{isCustomElement:n,compilerOptions:i}=e.appContext.config,{delimiters:a,compilerOptions:o}=r,s=E(E({isCustomElement:n,delimiters:a},i),o);r.render=xc(t,s)}}e.render=r.render||w,Sc&&Sc(e)}{let t=vc(e);tt();try{Ii(e)}finally{nt(),t()}}}function oo(e){return{attrs:new Proxy(e.attrs,Tc),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function so(e){return e.exposed?e.exposeProxy||=new Proxy(zt(Mt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in ks)return ks[n](e)},has(e,t){return t in e||t in ks}}):e.proxy}function co(e,t=!0){return k(e)?e.displayName||e.name:e.name||t&&e.__name}function lo(e){return k(e)&&`__vccOpts`in e}function uo(e,t,n){try{Ra(-1);let r=arguments.length;return r===2?A(t)&&!O(t)?Ba(t)?U(e,null,[t]):U(e,t):U(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&Ba(n)&&(n=[n]),U(e,t,n))}finally{Ra(1)}}function fo(){}function po(e,t,n,r){let i=n[r];if(i&&mo(i,e))return i;let a=t();return a.memo=e.slice(),a.cacheIndex=r,n[r]=a}function mo(e,t){let n=e.memo;if(n.length!=t.length)return!1;for(let e=0;e<n.length;e++)if(we(n[e],t[e]))return!1;return lc>0&&cc&&cc.push(e),!0}var ho,go,_o,vo,yo,bo,xo,So,Co,wo,To,Eo,Do,Oo,ko,Ao,jo,Mo,No,Po,Fo,Io,Lo,Ro,zo,Bo,Vo,Ho,Uo,Wo,Go,Ko,qo,Jo,Yo,Xo,Zo,Qo,$o,es,ts,ns,rs,is,as,os,ss,cs,ls,us,ds,fs,ps,ms,hs,gs,_s,vs,ys,bs,xs,Ss,Cs,ws,Ts,Es,Ds,Os,ks,As,js,Ms,Ns,Ps,Fs,Is,Ls,Rs,zs,Bs,Vs,Hs,Us,Ws,Gs,Ks,qs,Js,Ys,Xs,Zs,Qs,$s,ec,tc,nc,rc,H,ic,ac,oc,sc,cc,lc,uc,dc,U,fc,pc,mc,hc,gc,_c,vc,yc,bc,xc,Sc,Cc,wc,Tc,Ec,Dc,Oc,kc,Ac,jc,Mc,Nc=t((()=>{qn(),Be(),ho=[],go={SETUP_FUNCTION:0,0:`SETUP_FUNCTION`,RENDER_FUNCTION:1,1:`RENDER_FUNCTION`,NATIVE_EVENT_HANDLER:5,5:`NATIVE_EVENT_HANDLER`,COMPONENT_EVENT_HANDLER:6,6:`COMPONENT_EVENT_HANDLER`,VNODE_HOOK:7,7:`VNODE_HOOK`,DIRECTIVE_HOOK:8,8:`DIRECTIVE_HOOK`,TRANSITION_HOOK:9,9:`TRANSITION_HOOK`,APP_ERROR_HANDLER:10,10:`APP_ERROR_HANDLER`,APP_WARN_HANDLER:11,11:`APP_WARN_HANDLER`,FUNCTION_REF:12,12:`FUNCTION_REF`,ASYNC_COMPONENT_LOADER:13,13:`ASYNC_COMPONENT_LOADER`,SCHEDULER:14,14:`SCHEDULER`,COMPONENT_UPDATE:15,15:`COMPONENT_UPDATE`,APP_UNMOUNT_CLEANUP:16,16:`APP_UNMOUNT_CLEANUP`},_o={sp:`serverPrefetch hook`,bc:`beforeCreate hook`,c:`created hook`,bm:`beforeMount hook`,m:`mounted hook`,bu:`beforeUpdate hook`,u:`updated`,bum:`beforeUnmount hook`,um:`unmounted hook`,a:`activated hook`,da:`deactivated hook`,ec:`errorCaptured hook`,rtc:`renderTracked hook`,rtg:`renderTriggered hook`,0:`setup function`,1:`render function`,2:`watcher getter`,3:`watcher callback`,4:`watcher cleanup function`,5:`native event handler`,6:`component event handler`,7:`vnode hook`,8:`directive hook`,9:`transition hook`,10:`app errorHandler`,11:`app warnHandler`,12:`ref function`,13:`async component loader`,14:`scheduler flush`,15:`component update`,16:`app unmount cleanup function`},vo=[],yo=-1,bo=[],xo=null,So=0,Co=/* @__PURE__ */ Promise.resolve(),wo=null,To=!1,Eo=e=>e.id==null?e.flags&2?-1:1/0:e.id,Oo=[],ko=null,Ao=null,jo=e=>P,Mo=/* @__PURE__ */ Symbol.for(`v-scx`),No=()=>_r(Mo),Po=/* @__PURE__ */ new WeakMap,Fo=/* @__PURE__ */ Symbol(`_vte`),Io=e=>e.__isTeleport,Lo=e=>e&&(e.disabled||e.disabled===``),Ro=e=>e&&(e.defer||e.defer===``),zo=e=>typeof SVGElement<`u`&&e instanceof SVGElement,Bo=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,Vo=(e,t)=>{let n=e&&e.to;return ce(n)?t?t(n):null:n},Ho={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=Lo(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=Lo(e.props),r=e.target=Vo(e.props,m),a=kr(r,e,h,p);r&&(o!==`svg`&&zo(r)?o=`svg`:o!==`mathml`&&Bo(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=/* @__PURE__ */ new Set)).add(r),n||(b(e,r,a),Or(e,!1)))},S=e=>{let t=()=>{if(Po.get(e)===t){if(Po.delete(e),Lo(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),Or(e,!0)}x(e)}};Po.set(e,t),$s(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),Ro(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),Or(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Po.get(e);if(u){u.flags|=8,Po.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=Lo(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||zo(p)?o=`svg`:(o===`mathml`||Bo(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),ya(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):Er(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=Vo(t.props,m);e&&(t.target=e,Er(t,e,null,l,0))}else g&&Er(t,p,h,l,1);Or(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=Lo(f),m=a||!p,h=Po.get(e);if(h&&(h.flags|=8,Po.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:Er,hydrate:Dr},Uo=Ho,Wo=/* @__PURE__ */ Symbol(`_leaveCb`),Go=/* @__PURE__ */ Symbol(`_enterCb`),Ko=[Function,Array],qo={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:Ko,onEnter:Ko,onAfterEnter:Ko,onEnterCancelled:Ko,onBeforeLeave:Ko,onLeave:Ko,onAfterLeave:Ko,onLeaveCancelled:Ko,onBeforeAppear:Ko,onAppear:Ko,onAfterAppear:Ko,onAppearCancelled:Ko},Jo={name:`BaseTransition`,props:qo,setup(e,{slots:t}){let n=hc(),r=Ar();return()=>{let i=t.default&&Lr(t.default(),!0),a=i&&i.length?jr(i):n.subTree?B():void 0;if(!a)return;let o=/* @__PURE__ */ M(e),{mode:s}=o;if(r.isLeaving)return Pr(a);let c=Fr(a);if(!c)return Pr(a);let l=Nr(c,o,r,n);c.type!==ac&&Ir(c,l);let u=n.subTree&&Fr(n.subTree);if(u&&u.type!==ac&&!Va(u,c)&&Rr(n.subTree)){let e=Nr(u,o,r,n);if(Ir(u,e),s===`out-in`&&c.type!==ac)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,rr(e)}else n.update()}delete e.afterLeave,u=void 0},Pr(a);s===`in-out`&&c.type!==ac?e.delayLeave=(e,t,n)=>{let i=Mr(r,u);i[String(u.key)]=u,e[Wo]=()=>{t(),e[Wo]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}},Yo=Jo,Xo=/* @__PURE__ */ new WeakMap,Zo=!1,Qo=()=>{Zo||=(console.error(`Hydration completed but contains mismatches.`),!0)},$o=e=>e.namespaceURI.includes(`svg`)&&e.tagName!==`foreignObject`,es=e=>e.namespaceURI.includes(`MathML`),ts=e=>{if(e.nodeType===1){if($o(e))return`svg`;if(es(e))return`mathml`}},ns=e=>e.nodeType===8,rs=/* @__PURE__ */ new Set([`src`,`srcset`,`href`,`poster`]),is=`data-allow-mismatch`,as={0:`text`,1:`children`,2:`class`,3:`style`,4:`attribute`},os=Ae().requestIdleCallback||(e=>setTimeout(e,1)),ss=Ae().cancelIdleCallback||(e=>clearTimeout(e)),cs=(e=1e4)=>t=>{let n=os(t,{timeout:e});return()=>ss(n)},ls=e=>(t,n)=>{let r=new IntersectionObserver(e=>{for(let n of e)if(n.isIntersecting){r.disconnect(),t();break}},e),i=e=>{if($r(e))return t(),r.disconnect(),!1;if(getComputedStyle(e).display===`contents`){for(let t=0;t<e.children.length;t++)if(i(e.children[t])===!1)return!1}r.observe(e)};return n(e=>{if(e instanceof Element)return i(e)}),()=>r.disconnect()},us=e=>t=>{if(e){let n=matchMedia(e);if(n.matches)t();else return n.addEventListener(`change`,t,{once:!0}),()=>n.removeEventListener(`change`,t)}},ds=(e=[])=>(t,n)=>{ce(e)&&(e=[e]);let r=!1,i=e=>{r||(r=!0,a(),t(),e.target.dispatchEvent(new e.constructor(e.type,e)))},a=()=>{n(t=>{for(let n of e)t.removeEventListener(n,i)})};return n(t=>{for(let n of e)t.addEventListener(n,i,{once:!0})}),a},fs=e=>!!e.type.__asyncLoader,ps=e=>e.type.__isKeepAlive,ms={name:`KeepAlive`,__isKeepAlive:!0,props:{include:[String,RegExp,Array],exclude:[String,RegExp,Array],max:[String,Number]},setup(e,{slots:t}){let n=hc(),r=n.ctx;if(!r.renderer)return()=>{let e=t.default&&t.default();return e&&e.length===1?e[0]:e};let i=/* @__PURE__ */ new Map,a=/* @__PURE__ */ new Set,o=null,s=n.suspense,{renderer:{p:c,m:l,um:u,o:{createElement:d}}}=r,f=d(`div`);r.activate=(e,t,n,r,i)=>{let a=e.component;l(e,t,n,0,s),c(a.vnode,e,t,n,a,s,r,e.slotScopeIds,i),$s(()=>{a.isDeactivated=!1,a.a&&Te(a.a);let t=e.props&&e.props.onVnodeMounted;t&&Za(t,a.parent,e)},s)},r.deactivate=e=>{let t=i.get(e.key==null?e.type:e.key);if(!t||t.component!==e.component)return!1;let n=e.component;return Sa(n.m),Sa(n.a),l(e,f,null,1,s),$s(()=>{n.da&&Te(n.da);let t=e.props&&e.props.onVnodeUnmounted;t&&Za(t,n.parent,e),n.isDeactivated=!0},s),!0};function p(e){ci(e),u(e,n,s,!0)}function m(e){i.forEach((t,n)=>{let r=co(fs(t)?t.type.__asyncResolved||{}:t.type);r&&!e(r)&&h(n)})}function h(e){let t=i.get(e);t&&(!o||!Va(t,o))?p(t):o&&(ci(o),t&&ci(t)),i.delete(e),a.delete(e)}Sr(()=>[e.include,e.exclude],([e,t])=>{e&&m(t=>ri(e,t)),t&&m(e=>!ri(t,e))},{flush:`post`,deep:!0});let g=null,_=()=>{if(g!=null){if(ec(n.subTree.type)){let e=()=>{let e=li(n.subTree);e.component&&i.set(g,e)};n.subTree.suspense.pendingBranch?$s(e,n.subTree.suspense):e()}else i.set(g,li(n.subTree))}};return _s(_),ys(_),bs(()=>{i.forEach(e=>{let{subTree:t,suspense:r}=n,i=li(t);if(e.type===i.type&&e.key===i.key){ci(i);let e=i.component.da;e&&$s(e,r)}else p(e)})}),()=>{if(g=null,!t.default)return o=null;let n=t.default(),r=n[0];if(n.length>1)return o=null,n;if(!Ba(r)||!(r.shapeFlag&4)&&!(r.shapeFlag&128))return o=null,r;let s=li(r);if(s.type===ac)return o=null,s;let c=s.type,l=co(fs(s)?s.type.__asyncResolved||{}:c),{include:u,exclude:d,max:f}=e;if(u&&(!l||!ri(u,l))||d&&l&&ri(d,l))return s.shapeFlag&=-257,o=s,r;let p=s.key==null?c:s.key,m=i.get(p);return s.el&&(s=Ga(s),r.shapeFlag&128&&(r.ssContent=s)),g=p,m?(s.el=m.el,s.component=m.component,s.transition&&Ir(s,s.transition),s.shapeFlag|=512,a.delete(p),a.add(p)):(a.add(p),f&&a.size>parseInt(f,10)&&h(a.values().next().value)),s.shapeFlag|=256,o=s,ec(r.type)?r:s}}},hs=e=>(t,n=mc)=>{bc&&e!==`sp`||ui(e,(...e)=>t(...e),n)},gs=hs(`bm`),_s=hs(`m`),vs=hs(`bu`),ys=hs(`u`),bs=hs(`bum`),xs=hs(`um`),Ss=hs(`sp`),Cs=hs(`rtg`),ws=hs(`rtc`),Ts=`components`,Es=`directives`,Ds=/* @__PURE__ */ Symbol.for(`v-ndc`),Os=e=>e?eo(e)?so(e):Os(e.parent):null,ks=/* @__PURE__ */ E(/* @__PURE__ */ Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>Os(e.parent),$root:e=>Os(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>Bi(e),$forceUpdate:e=>e.f||=()=>{rr(e.update)},$nextTick:e=>e.n||=tr.bind(e.proxy),$watch:e=>wr.bind(e)}),As=(e,t)=>e!==S&&!e.__isScriptSetup&&D(e,t),js={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:r,data:i,props:a,accessCache:o,type:s,appContext:c}=e;if(t[0]!==`$`){let e=o[t];if(e!==void 0)switch(e){case 1:return r[t];case 2:return i[t];case 4:return n[t];case 3:return a[t]}else if(As(r,t))return o[t]=1,r[t];else if(i!==S&&D(i,t))return o[t]=2,i[t];else if(D(a,t))return o[t]=3,a[t];else if(n!==S&&D(n,t))return o[t]=4,n[t];else Ns&&(o[t]=0)}let l=ks[t],u,d;if(l)return t===`$attrs`&&at(e.attrs,`get`,``),l(e);if((u=s.__cssModules)&&(u=u[t]))return u;if(n!==S&&D(n,t))return o[t]=4,n[t];if(d=c.config.globalProperties,D(d,t))return d[t]},set({_:e},t,n){let{data:r,setupState:i,ctx:a}=e;return As(i,t)?(i[t]=n,!0):r!==S&&D(r,t)?(r[t]=n,!0):D(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(a[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:r,appContext:i,props:a,type:o}},s){let c;return!!(n[s]||e!==S&&s[0]!==`$`&&D(e,s)||As(t,s)||D(a,s)||D(r,s)||D(ks,s)||D(i.config.globalProperties,s)||(c=o.__cssModules)&&c[s])},defineProperty(e,t,n){return n.get==null?D(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}},Ms=/* @__PURE__ */ E({},js,{get(e,t){if(t!==Symbol.unscopables)return js.get(e,t,e)},has(e,t){return t[0]!==`_`&&!je(t)}}),Ns=!0,Ps={data:Hi,props:qi,emits:qi,methods:Ki,computed:Ki,beforeCreate:Gi,created:Gi,beforeMount:Gi,mounted:Gi,beforeUpdate:Gi,updated:Gi,beforeDestroy:Gi,beforeUnmount:Gi,destroyed:Gi,unmounted:Gi,activated:Gi,deactivated:Gi,errorCaptured:Gi,serverPrefetch:Gi,components:Ki,directives:Ki,watch:Ji,provide:Hi,inject:Ui},Fs=0,Is=null,Ls=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${ye(t)}Modifiers`]||e[`${xe(t)}Modifiers`],Rs=/* @__PURE__ */ new WeakMap,zs=e=>{let t;for(let n in e)(n===`class`||n===`style`||te(n))&&((t||={})[n]=e[n]);return t},Bs=(e,t)=>{let n={};for(let r in e)T(r)&&r.slice(9)in t||(n[r]=e[r]);return n},Vs={},Hs=()=>Object.create(Vs),Us=e=>Object.getPrototypeOf(e)===Vs,Ws=/* @__PURE__ */ new WeakMap,Gs=e=>e===`_`||e===`_ctx`||e===`$stable`,Ks=e=>O(e)?e.map(Ja):[Ja(e)],qs=(e,t,n)=>{if(t._n)return t;let r=P((...e)=>Ks(t(...e)),n);return r._c=!1,r},Js=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Gs(n))continue;let i=e[n];if(k(i))t[n]=qs(n,i,r);else if(i!=null){let e=Ks(i);t[n]=()=>e}}},Ys=(e,t)=>{let n=Ks(t);e.slots.default=()=>n},Xs=(e,t,n)=>{for(let r in t)(n||!Gs(r))&&(e[r]=t[r])},Zs=(e,t,n)=>{let r=e.slots=Hs();if(e.vnode.shapeFlag&32){let e=t._;e?(Xs(r,t,n),n&&Ee(r,`_`,e,!0)):Js(t,r)}else t&&Ys(e,t)},Qs=(e,t,n)=>{let{vnode:r,slots:i}=e,a=!0,o=S;if(r.shapeFlag&32){let e=t._;e?n&&e===1?a=!1:Xs(i,t,n):(a=!t.$stable,Js(t,i)),o=t}else t&&(Ys(e,t),o={default:1});if(a)for(let e in i)!Gs(e)&&o[e]==null&&delete i[e]},$s=Pa,ec=e=>e.__isSuspense,tc=0,nc=/* @__PURE__ */ Symbol(`_deferredEnter`),rc={name:`Suspense`,__isSuspense:!0,process(e,t,n,r,i,a,o,s,c,l){if(e==null)Da(t,n,r,i,a,o,s,c,l);else{let u=e.suspense;if(a&&a.deps>0&&!a.isHydrating){let n=u.parentComponent;if(n&&n.suspense===a&&n.suspenseId!==a.pendingId?a.pendingBranch&&!Va(t.ssContent,u.pendingBranch||u.activeBranch):!u.isInFallback){t.suspense=u,u.vnode=t,t.el=e.el;return}}Oa(e,t,n,r,i,o,s,c,l)}},hydrate:Aa,normalize:ja},H=/* @__PURE__ */ Symbol.for(`v-fgt`),ic=/* @__PURE__ */ Symbol.for(`v-txt`),ac=/* @__PURE__ */ Symbol.for(`v-cmt`),oc=/* @__PURE__ */ Symbol.for(`v-stc`),sc=[],cc=null,lc=1,uc=({key:e})=>e??null,dc=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:ce(e)||/* @__PURE__ */ Nt(e)||k(e)?{i:ko,r:e,k:t,f:!!n}:e),U=Ua,fc=/* @__PURE__ */ Yi(),pc=0,mc=null,hc=()=>mc||ko;{let e=Ae(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};gc=t(`__VUE_INSTANCE_SETTERS__`,e=>mc=e),_c=t(`__VUE_SSR_SETTERS__`,e=>bc=e)}vc=e=>{let t=mc;return gc(e),e.scope.on(),()=>{e.scope.off(),gc(t)}},yc=()=>{mc&&mc.scope.off(),gc(null)},bc=!1,Cc=()=>!xc,wc=/* @__PURE__ */ Symbol(),Tc={get(e,t){return at(e,`get`,``),t===wc?e:e[t]}},Ec=(e,t)=>/* @__PURE__ */ Wt(e,t,bc),Dc=`3.5.45`,Oc=w,kc=_o,Ac=Do,jc=ur,Mc={createComponentInstance:$a,setupComponent:to,renderComponentRoot:ta,setCurrentRenderingInstance:dr,isVNode:Ba,normalizeVNode:Ja,getComponentPublicInstance:so,ensureValidVNode:yi,pushWarningContext:Jn,popWarningContext:Yn}}));function Pc(e){let t={};for(let n in e)n in Yl||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:l=o,appearToClass:u=s,leaveFromClass:d=`${n}-leave-from`,leaveActiveClass:f=`${n}-leave-active`,leaveToClass:p=`${n}-leave-to`}=e,m=Fc(i),h=m&&m[0],g=m&&m[1],{onBeforeEnter:_,onEnter:v,onEnterCancelled:y,onLeave:b,onLeaveCancelled:x,onBeforeAppear:S=_,onAppear:C=v,onAppearCancelled:w=y}=t,ee=(e,t,n,r)=>{e._enterCancelled=r,Rc(e,t?u:s),Rc(e,t?l:o),n&&n()},te=(e,t)=>{e._isLeaving=!1,Rc(e,d),Rc(e,p),Rc(e,f),t&&t()},T=e=>(t,n)=>{let i=e?C:v,o=()=>ee(t,e,n);$l(i,[t,o]),zc(()=>{Rc(t,e?c:a),Lc(t,e?u:s),eu(i)||Bc(t,r,h,o)})};return E(t,{onBeforeEnter(e){$l(_,[e]),Lc(e,a),Lc(e,o)},onBeforeAppear(e){$l(S,[e]),Lc(e,c),Lc(e,l)},onEnter:T(!1),onAppear:T(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>te(e,t);Lc(e,d),e._enterCancelled?(Lc(e,f),Wc(e)):(Wc(e),Lc(e,f)),zc(()=>{e._isLeaving&&(Rc(e,d),Lc(e,p),eu(b)||Bc(e,r,g,n))}),$l(b,[e,n])},onEnterCancelled(e){ee(e,!1,void 0,!0),$l(y,[e])},onAppearCancelled(e){ee(e,!0,void 0,!0),$l(w,[e])},onLeaveCancelled(e){te(e),$l(x,[e])}})}function Fc(e){if(e==null)return null;if(A(e))return[Ic(e.enter),Ic(e.leave)];{let t=Ic(e);return[t,t]}}function Ic(e){return Oe(e)}function Lc(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[Jl]||(e[Jl]=/* @__PURE__ */ new Set)).add(t)}function Rc(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[Jl];n&&(n.delete(t),n.size||(e[Jl]=void 0))}function zc(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}function Bc(e,t,n,r){let i=e._endId=++tu,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=Vc(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function Vc(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${Kl}Delay`),a=r(`${Kl}Duration`),o=Hc(i,a),s=r(`${ql}Delay`),c=r(`${ql}Duration`),l=Hc(s,c),u=null,d=0,f=0;t===Kl?o>0&&(u=Kl,d=o,f=a.length):t===ql?l>0&&(u=ql,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?Kl:ql:null,f=u?u===Kl?a.length:c.length:0);let p=u===Kl&&/\b(?:transform|all)(?:,|$)/.test(r(`${Kl}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Hc(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Uc(t)+Uc(e[n])))}function Uc(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Wc(e){return(e?e.ownerDocument:document).body.offsetHeight}function Gc(e,t,n){let r=e[Jl];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}function Kc(e,t){e.style.display=t?e[nu]:`none`,e[ru]=!t}function qc(){iu.getSSRProps=({value:e})=>{if(!e)return{style:{display:`none`}}}}function Jc(e){let t=hc();if(!t)return;let n=t.ut=(n=e(t.proxy))=>{Array.from(document.querySelectorAll(`[data-v-owner="${t.uid}"]`)).forEach(e=>Xc(e,n))},r=()=>{let r=e(t.proxy);t.ce?Xc(t.ce,r):Yc(t.subTree,r),n(r)};vs(()=>{ar(r)}),_s(()=>{Sr(r,w,{flush:`post`});let e=new MutationObserver(r);e.observe(t.subTree.el.parentNode,{childList:!0}),xs(()=>e.disconnect())})}function Yc(e,t){if(e.shapeFlag&128){let n=e.suspense;e=n.activeBranch,n.pendingBranch&&!n.isHydrating&&n.effects.push(()=>{Yc(n.activeBranch,t)})}for(;e.component;)e=e.component.subTree;if(e.shapeFlag&1&&e.el)Xc(e.el,t);else if(e.type===H)e.children.forEach(e=>Yc(e,t));else if(e.type===oc){let{el:n,anchor:r}=e;for(;n&&(Xc(n,t),n!==r);)n=n.nextSibling}}function Xc(e,t){if(e.nodeType===1){let n=e.style,r=``;for(let e in t){let i=x(t[e]);n.setProperty(`--${e}`,i),r+=`--${e}: ${i};`}n[au]=r}}function Zc(e,t,n){let r=e.style,i=ce(n),a=!1;if(n&&!i){if(t){if(ce(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Qc(r,t,``)}else for(let e in t)n[e]??Qc(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Qc(r,i,``):el(e,i,!ce(t)&&t?t[i]:void 0,o)||Qc(r,i,o)}}else if(i){if(t!==n){let e=r[au];e&&(n+=`;`+e),r.cssText=n,a=ou.test(n)}}else t&&e.removeAttribute(`style`);nu in e&&(i&&t===n||(e[nu]=a?r.display:``),e[ru]&&(r.display=`none`))}function Qc(e,t,n){if(O(n))n.forEach(n=>Qc(e,t,n));else if(n??=``,t.startsWith(`--`))su.test(n)?e.setProperty(t,n.replace(su,``),`important`):e.setProperty(t,n);else{let r=$c(e,t);su.test(n)?e.setProperty(xe(r),n.replace(su,``),`important`):e[r]=n}}function $c(e,t){let n=lu[t];if(n)return n;let r=ye(t);if(r!==`filter`&&r in e)return lu[t]=r;r=Se(r);for(let n=0;n<cu.length;n++){let i=cu[n]+r;if(i in e)return lu[t]=i}return t}function el(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&ce(r)&&n===r}function tl(e,t,n,r,i,a=Ie(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(uu,t.slice(6,t.length)):e.setAttributeNS(uu,t,n):n==null||a&&!m(n)?e.removeAttribute(t):e.setAttribute(t,a?``:le(n)?String(n):n)}function nl(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?Bl(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=m(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function rl(e,t,n,r){e.addEventListener(t,n,r)}function il(e,t,n,r){e.removeEventListener(t,n,r)}function al(e,t,n,r,i=null){let a=e[du]||(e[du]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=ol(t);r?rl(e,n,a[t]=sl(r,i),s):o&&(il(e,n,o,s),a[t]=void 0)}}function ol(e){let t,n;for(;(n=e.match(fu))&&!pu.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):xe(e.slice(2)),t]}function sl(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(O(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&Qn(e,t,5,a)}}else Qn(r,t,5,[e])};return n.value=e,n.attached=gu(),n}function cl(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&_u(t)&&k(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return _u(t)&&ce(n)?!1:t in e}function ll(e,t){let n=e._def.props;if(!n)return!1;let r=ye(t);return Array.isArray(n)?n.some(e=>ye(e)===r):Object.keys(n).some(e=>ye(e)===r)}// @__NO_SIDE_EFFECTS__
function ul(e,t,n){let r=/* @__PURE__ */ zr(e,t);me(r)&&(r=E({},r,t));class i extends Su{constructor(e){super(r,e,n)}}return i.def=r,i}function dl(e){let t=hc();return t&&t.ce||null}function fl(){let e=dl();return e&&e.shadowRoot}function pl(e=`$style`){{let t=hc();if(!t)return S;let n=t.type.__cssModules;return n&&n[e]||S}}function ml(e){let t=e.el;t[Tu]&&t[Tu](),t[Eu]&&t[Eu]()}function hl(e){return e.moveClass||`${e.name||`v`}-move`}function gl(e,t){wu.set(e,vl(e.el,t))}function _l(e){let t=Cu.get(e),n=wu.get(e),r=t.left-n.left,i=t.top-n.top;if(r||i){let t=e.el,n=t.style,a=t.getBoundingClientRect(),o=1,s=1;return t.offsetWidth&&(o=a.width/t.offsetWidth),t.offsetHeight&&(s=a.height/t.offsetHeight),Number.isFinite(o)&&o!==0||(o=1),Number.isFinite(s)&&s!==0||(s=1),Math.abs(o-1)<.01&&(o=1),Math.abs(s-1)<.01&&(s=1),n.transform=n.webkitTransform=`translate(${r/o}px,${i/s}px)`,n.transitionDuration=`0s`,e}}function vl(e,t){let n=e.getBoundingClientRect();return{left:n.left-(t?t.left:0),top:n.top-(t?t.top:0)}}function yl(e){let t;for(let n=e.parent;n;n=n.parent){let r=Du.get(n);if(r){let i=bl(n.vnode.el,e.vnode.el);i&&(t||=[]).push(E(vl(i),{item:i,willMove:r}))}}return t}function bl(e,t){let n=e.nodeType===1?e:e.parentNode;for(;t&&t.parentNode!==n;)t=t.parentNode;if(t&&t.nodeType===1)return t}function xl(e,t){let n=e.find(e=>e.willMove()&&e.item.contains(t));return n&&vl(n.item,n)}function Sl(e,t,n){let r=e.cloneNode(),i=e[Jl];i&&i.forEach(e=>{e.split(/\s+/).forEach(e=>e&&r.classList.remove(e))}),n.split(/\s+/).forEach(e=>e&&r.classList.add(e)),r.style.display=`none`;let a=t.nodeType===1?t:t.parentNode;a.appendChild(r);let{hasTransform:o}=Vc(r);return a.removeChild(r),o}function Cl(e){e.target.composing=!0}function wl(e){let t=e.target;t.composing&&(t.composing=!1,t.dispatchEvent(new Event(`input`)))}function Tl(e,t,n){return t&&(e=e.trim()),n&&(e=De(e)),e}function El(e,{value:t,oldValue:n},r){e._modelValue=t;let i;if(O(t))i=b(t,r.props.value)>-1;else if(ae(t))i=t.has(r.props.value);else{if(t===n)return;i=y(t,Al(e,!0))}e.checked!==i&&(e.checked=i)}function Dl(e,t,n){if(!n||O(e))return y(e,t);if(ae(e)){if(e.size!==t.length)return!1;for(let n of t)if(!e.has(n))return!1;return!0}return!1}function Ol(e,t,n=!1){let r=e.multiple,i=O(t);if(!r||i||ae(t)){for(let a=0,o=e.options.length;a<o;a++){let o=e.options[a],s=kl(o);if(r){if(i){let e=typeof s;o.selected=e===`string`||e===`number`?t.some(e=>String(e)===String(s)):b(t,s)>-1}else o.selected=t.has(s)||n&&typeof s==`string`&&t.has(De(s))}else if(y(kl(o),t)){e.selectedIndex!==a&&(e.selectedIndex=a);return}}!r&&e.selectedIndex!==-1&&(e.selectedIndex=-1)}}function kl(e){return`_value`in e?e._value:e.value}function Al(e,t){let n=t?`_trueValue`:`_falseValue`;return n in e?e[n]:t}function jl(e,t){switch(e){case`SELECT`:return Iu;case`TEXTAREA`:return Nu;default:switch(t){case`checkbox`:return Pu;case`radio`:return Fu;default:return Nu}}}function Ml(e,t,n,r,i){let a=jl(e.tagName,n.props&&n.props.type)[i];a&&a(e,t,n,r)}function Nl(){Nu.getSSRProps=({value:e})=>({value:e}),Fu.getSSRProps=({value:e},t)=>{if(t.props&&y(t.props.value,e))return{checked:!0}},Pu.getSSRProps=({value:e},t)=>{if(O(e)){if(t.props&&b(e,t.props.value)>-1)return{checked:!0}}else if(ae(e)){if(t.props&&e.has(t.props.value))return{checked:!0}}else if(e)return{checked:!0}},Lu.getSSRProps=(e,t)=>{if(typeof t.type!=`string`)return;let n=jl(t.type.toUpperCase(),t.props&&t.props.type);if(n.getSSRProps)return n.getSSRProps(e,t)}}function Pl(){return Wu||=pa(Uu)}function Fl(){return Wu=Gu?Wu:ma(Uu),Gu=!0,Wu}function Il(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function Ll(e){return ce(e)?document.querySelector(e):e}var Rl,zl,Bl,Vl,Hl,Ul,Wl,Gl,Kl,ql,Jl,Yl,Xl,Zl,Ql,$l,eu,tu,nu,ru,iu,au,ou,su,cu,lu,uu,du,fu,pu,mu,hu,gu,_u,vu,yu,bu,xu,Su,Cu,wu,Tu,Eu,Du,Ou,ku,Au,ju,Mu,Nu,Pu,Fu,Iu,Lu,Ru,zu,Bu,Vu,Hu,Uu,Wu,Gu,Ku,qu,Ju,Yu,Xu,Zu,Qu=t((()=>{if(Nc(),Nc(),Be(),Rl=void 0,zl=typeof window<`u`&&window.trustedTypes,zl)try{Rl=/* @__PURE__ */ zl.createPolicy(`vue`,{createHTML:e=>e})}catch{}Bl=Rl?e=>Rl.createHTML(e):e=>e,Vl=`http://www.w3.org/2000/svg`,Hl=`http://www.w3.org/1998/Math/MathML`,Ul=typeof document<`u`?document:null,Wl=Ul&&/* @__PURE__ */ Ul.createElement(`template`),Gl={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?Ul.createElementNS(Vl,e):t===`mathml`?Ul.createElementNS(Hl,e):n?Ul.createElement(e,{is:n}):Ul.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>Ul.createTextNode(e),createComment:e=>Ul.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>Ul.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{Wl.innerHTML=Bl(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=Wl.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},Kl=`transition`,ql=`animation`,Jl=/* @__PURE__ */ Symbol(`_vtc`),Yl={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},Xl=/* @__PURE__ */ E({},qo,Yl),Zl=e=>(e.displayName=`Transition`,e.props=Xl,e),Ql=/* @__PURE__ */ Zl((e,{slots:t})=>uo(Yo,Pc(e),t)),$l=(e,t=[])=>{O(e)?e.forEach(e=>e(...t)):e&&e(...t)},eu=e=>e?O(e)?e.some(e=>e.length>1):e.length>1:!1,tu=0,nu=/* @__PURE__ */ Symbol(`_vod`),ru=/* @__PURE__ */ Symbol(`_vsh`),iu={name:`show`,beforeMount(e,{value:t},{transition:n}){e[nu]=e.style.display===`none`?``:e.style.display,n&&t?n.beforeEnter(e):Kc(e,t)},mounted(e,{value:t},{transition:n}){n&&t&&n.enter(e)},updated(e,{value:t,oldValue:n},{transition:r}){!t!=!n&&(r?t?(r.beforeEnter(e),Kc(e,!0),r.enter(e)):r.leave(e,()=>{Kc(e,!1)}):Kc(e,t))},beforeUnmount(e,{value:t}){Kc(e,t)}},au=/* @__PURE__ */ Symbol(``),ou=/(?:^|;)\s*display\s*:/,su=/\s*!important$/,cu=[`Webkit`,`Moz`,`ms`],lu={},uu=`http://www.w3.org/1999/xlink`,du=/* @__PURE__ */ Symbol(`_vei`),fu=/(Once|Passive|Capture)$/,pu=/^on:?(?:Once|Passive|Capture)$/,mu=0,hu=/* @__PURE__ */ Promise.resolve(),gu=()=>mu||=(hu.then(()=>mu=0),Date.now()),_u=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,vu=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?Gc(e,r,o):t===`style`?Zc(e,n,r):te(t)?T(t)||al(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):cl(e,t,r,o))?(nl(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||tl(e,t,r,o,a,t!==`value`)):e._isVueCE&&(ll(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!ce(r)))?nl(e,ye(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),tl(e,t,r,o))},yu={},bu=/* @__NO_SIDE_EFFECTS__ */ ((e,t)=>/* @__PURE__ */ ul(e,t,Yu)),xu=typeof HTMLElement<`u`?HTMLElement:class{},Su=class e extends xu{constructor(e,t={},n=Ju){super(),this._def=e,this._props=t,this._createApp=n,this._isVueCE=!0,this._instance=null,this._app=null,this._nonce=this._def.nonce,this._connected=!1,this._resolved=!1,this._patching=!1,this._dirty=!1,this._numberProps=null,this._styleChildren=/* @__PURE__ */ new WeakSet,this._styleAnchors=/* @__PURE__ */ new WeakMap,this._ob=null,this.shadowRoot&&n!==Ju?this._root=this.shadowRoot:e.shadowRoot===!1?this._root=this:(this.attachShadow(E({},e.shadowRootOptions,{mode:`open`})),this._root=this.shadowRoot)}connectedCallback(){if(!this.isConnected)return;!this.shadowRoot&&!this._resolved&&this._parseSlots(),this._connected=!0;let t=this;for(;t&&=t.assignedSlot||t.parentNode||t.host;)if(t instanceof e){this._parent=t;break}this._instance||(this._resolved?this._mount(this._def):t&&t._pendingResolve?this._pendingResolve=t._pendingResolve.then(()=>{if(this._pendingResolve=void 0,this.isConnected)return this._resolveDef()}):this._resolveDef())}_setParent(e=this._parent){e&&(this._instance.parent=e._instance,this._inheritParentContext(e))}_inheritParentContext(e=this._parent){e&&this._app&&Object.setPrototypeOf(this._app._context.provides,e._instance.provides)}disconnectedCallback(){this._connected=!1,tr(()=>{this._connected||(this._ob&&=(this._ob.disconnect(),null),this._app&&this._app.unmount(),this._instance&&(this._instance.ce=void 0),this._app=this._instance=null,this._teleportTargets&&=(this._teleportTargets.clear(),void 0))})}_processMutations(e){for(let t of e)this._setAttr(t.attributeName)}_resolveDef(){if(this._pendingResolve)return this._pendingResolve;for(let e=0;e<this.attributes.length;e++)this._setAttr(this.attributes[e].name);this._ob=new MutationObserver(this._processMutations.bind(this)),this._ob.observe(this,{attributes:!0});let e=(e,t=!1)=>{this._resolved=!0,this._pendingResolve=void 0;let{props:n,styles:r}=e,i;if(n&&!O(n))for(let e in n){let t=n[e];(t===Number||t&&t.type===Number)&&(e in this._props&&(this._props[e]=Oe(this._props[e])),(i||=/* @__PURE__ */ Object.create(null))[ye(e)]=!0)}this._numberProps=i,this._resolveProps(e),this.shadowRoot&&this._applyStyles(r),this._connected&&this._mount(e)},t=this._def.__asyncLoader;if(t)return this._pendingResolve=t().then(t=>{t.configureApp=this._def.configureApp,e(this._def=t,!0)}),this._pendingResolve;e(this._def)}_mount(e){this._app=this._createApp(e),this._inheritParentContext(),e.configureApp&&e.configureApp(this._app),this._app._ceVNode=this._createVNode(),this._app.mount(this._root);let t=this._instance&&this._instance.exposed;if(t)for(let e in t)D(this,e)||Object.defineProperty(this,e,{get:()=>N(t[e])})}_resolveProps(e){let{props:t}=e,n=O(t)?t:Object.keys(t||{});for(let e of Object.keys(this))e[0]!==`_`&&n.includes(e)&&this._setProp(e,this[e]);for(let e of n.map(ye))Object.defineProperty(this,e,{get(){return this._getProp(e)},set(t){this._setProp(e,t,!0,!this._patching)}})}_setAttr(e){if(e.startsWith(`data-v-`))return;let t=this.hasAttribute(e),n=t?this.getAttribute(e):yu,r=ye(e);t&&this._numberProps&&this._numberProps[r]&&(n=Oe(n)),this._setProp(r,n,!1,!0)}_getProp(e){return this._props[e]}_setProp(e,t,n=!0,r=!1){if(t!==this._props[e]&&(this._dirty=!0,t===yu?delete this._props[e]:(this._props[e]=t,e===`key`&&this._app&&(this._app._ceVNode.key=t)),r&&this._instance&&this._update(),n)){let n=this._ob;n&&(this._processMutations(n.takeRecords()),n.disconnect()),t===!0?this.setAttribute(xe(e),``):typeof t==`string`||typeof t==`number`?this.setAttribute(xe(e),t+``):t||this.removeAttribute(xe(e)),n&&n.observe(this,{attributes:!0})}}_update(){let e=this._createVNode();this._app&&(e.appContext=this._app._context),Ku(e,this._root)}_createVNode(){let e={};this.shadowRoot||(e.onVnodeMounted=e.onVnodeUpdated=this._renderSlots.bind(this));let t=U(this._def,E(e,this._props));return this._instance||(t.ce=e=>{this._instance=e,e.ce=this,e.isCE=!0;let t=(e,t)=>{this.dispatchEvent(new CustomEvent(e,me(t[0])?E({detail:t},t[0]):{detail:t}))};e.emit=(e,...n)=>{t(e,n),xe(e)!==e&&t(xe(e),n)},this._setParent()}),t}_applyStyles(e,t,n){if(!e)return;if(t){if(t===this._def||this._styleChildren.has(t))return;this._styleChildren.add(t)}let r=this._nonce,i=this.shadowRoot,a=n?this._getStyleAnchor(n)||this._getStyleAnchor(this._def):this._getRootStyleInsertionAnchor(i),o=null;for(let s=e.length-1;s>=0;s--){let c=document.createElement(`style`);r&&c.setAttribute(`nonce`,r),c.textContent=e[s],i.insertBefore(c,o||a),o=c,s===0&&(n||this._styleAnchors.set(this._def,c),t&&this._styleAnchors.set(t,c))}}_getStyleAnchor(e){if(!e)return null;let t=this._styleAnchors.get(e);return t&&t.parentNode===this.shadowRoot?t:(t&&this._styleAnchors.delete(e),null)}_getRootStyleInsertionAnchor(e){for(let t=0;t<e.childNodes.length;t++){let n=e.childNodes[t];if(!(n instanceof HTMLStyleElement))return n}return null}_parseSlots(){let e=this._slots={},t;for(;t=this.firstChild;){let n=t.nodeType===1&&t.getAttribute(`slot`)||`default`;(e[n]||(e[n]=[])).push(t),this.removeChild(t)}}_renderSlots(){let e=this._getSlots(),t=this._instance.type.__scopeId;for(let n=0;n<e.length;n++){let r=e[n],i=r.getAttribute(`name`)||`default`,a=this._slots[i],o=r.parentNode;if(a)for(let e of a){if(t&&e.nodeType===1){let n=t+`-s`,r=document.createTreeWalker(e,1);e.setAttribute(n,``);let i;for(;i=r.nextNode();)i.setAttribute(n,``)}o.insertBefore(e,r)}else for(;r.firstChild;)o.insertBefore(r.firstChild,r);o.removeChild(r)}}_getSlots(){let e=[this];this._teleportTargets&&e.push(...this._teleportTargets);let t=/* @__PURE__ */ new Set;for(let n of e){let e=n.querySelectorAll(`slot`);for(let n=0;n<e.length;n++)t.add(e[n])}return Array.from(t)}_injectChildStyle(e,t){this._applyStyles(e.styles,e,t)}_beginPatch(){this._patching=!0,this._dirty=!1}_endPatch(){this._patching=!1,this._dirty&&this._instance&&this._update()}_hasShadowRoot(){return this._def.shadowRoot!==!1}_removeChildStyle(e){}},Cu=/* @__PURE__ */ new WeakMap,wu=/* @__PURE__ */ new WeakMap,Tu=/* @__PURE__ */ Symbol(`_moveCb`),Eu=/* @__PURE__ */ Symbol(`_enterCb`),Du=/* @__PURE__ */ new WeakMap,Ou=e=>(delete e.props.mode,e),ku=/* @__PURE__ */ Ou({name:`TransitionGroup`,props:/* @__PURE__ */ E({},Xl,{tag:String,moveClass:String}),setup(e,{slots:t}){let n=hc(),r=Ar(),i,a,o,s,c=()=>(s===void 0&&(s=i.length>0&&Sl(i[0].el,n.vnode.el,hl(e))),s);return ys(()=>{if(Du.delete(n),!c()){i=[],o=void 0;return}let t=hl(e);i.forEach(ml);let r=o&&xl(o,n.vnode.el);o=void 0,i.forEach(e=>gl(e,r));let a=i.filter(_l);Wc(n.vnode.el),a.forEach(e=>{let n=e.el,r=n.style;Lc(n,t),r.transform=r.webkitTransform=r.transitionDuration=``;let i=n[Tu]=e=>{e&&e.target!==n||(!e||e.propertyName.endsWith(`transform`))&&(n.removeEventListener(`transitionend`,i),n[Tu]=null,Rc(n,t))};n.addEventListener(`transitionend`,i)}),i=[]}),()=>{let l=/* @__PURE__ */ M(e),u=Pc(l),d=l.tag||H;if(i=[],s=void 0,a)for(let e=0;e<a.length;e++){let t=a[e];t.el&&t.el instanceof Element&&!t.el[ru]&&(i.push(t),Ir(t,Nr(t,u,r,n)),Cu.set(t,vl(t.el)))}a=t.default?Lr(t.default()):[];for(let e=0;e<a.length;e++){let t=a[e];t.key!=null&&Ir(t,Nr(t,u,r,n))}return i.length&&(o=yl(n),Du.set(n,c)),U(d,null,a)}}}),Au=e=>{let t=e.props[`onUpdate:modelValue`]||!1;return O(t)?e=>Te(t,e):t},ju=/* @__PURE__ */ Symbol(`_assign`),Mu=/* @__PURE__ */ Symbol(`_initialValue`),Nu={created(e,{modifiers:{lazy:t,trim:n,number:r}},i){e.parentNode&&(e.type===`text`?e[Mu]=e.defaultValue.replace(/[\r\n]/g,``):e.type===`textarea`&&(e[Mu]=e.defaultValue.replace(/\r\n?/g,`
`))),e[ju]=Au(i);let a=r||i.props&&i.props.type===`number`;rl(e,t?`change`:`input`,t=>{t.target.composing||e[ju](Tl(e.value,n,a))}),(n||a)&&rl(e,`change`,()=>{e.value=Tl(e.value,n,a)}),t||(rl(e,`compositionstart`,Cl),rl(e,`compositionend`,wl),rl(e,`change`,wl))},mounted(e,{value:t,modifiers:{trim:n,number:r}}){let i=t??``,a=e[Mu];delete e[Mu],a!==void 0&&(e.type===`text`||e.type===`textarea`)&&e.value!==a?e[ju](Tl(e.value,n,r)):e.value=i},beforeUpdate(e,{value:t,oldValue:n,modifiers:{lazy:r,trim:i,number:a}},o){if(e[ju]=Au(o),e.composing)return;let s=(a||e.type===`number`)&&!/^0\d/.test(e.value)?De(e.value):e.value,c=t??``;if(s===c)return;let l=e.getRootNode();(l instanceof Document||l instanceof ShadowRoot)&&l.activeElement===e&&e.type!==`range`&&(r&&t===n||i&&e.value.trim()===c)||(e.value=c)}},Pu={deep:!0,created(e,t,n){e[ju]=Au(n),rl(e,`change`,()=>{let t=e._modelValue,n=kl(e),r=e.checked,i=e[ju];if(O(t)){let e=b(t,n),a=e!==-1;if(r&&!a)i(t.concat(n));else if(!r&&a){let n=[...t];n.splice(e,1),i(n)}}else if(ae(t)){let e=new Set(t);r?e.add(n):e.delete(n),i(e)}else i(Al(e,r))})},mounted:El,beforeUpdate(e,t,n){e[ju]=Au(n),El(e,t,n)}},Fu={created(e,{value:t},n){e.checked=y(t,n.props.value),e[ju]=Au(n),rl(e,`change`,()=>{e[ju](kl(e))})},beforeUpdate(e,{value:t,oldValue:n},r){e[ju]=Au(r),t!==n&&(e.checked=y(t,r.props.value))}},Iu={deep:!0,created(e,{value:t,modifiers:{number:n}},r){e._modelValue=t,rl(e,`change`,()=>{let t=Array.prototype.filter.call(e.options,e=>e.selected).map(e=>n?De(kl(e)):kl(e)),r=e.multiple,i=r?ae(e._modelValue)?new Set(t):t:t[0],a=e._pendingValue=[r,r?O(i)?t.slice():t:i];try{e[ju](i)}finally{tr(()=>{e._pendingValue===a&&(e._pendingValue=void 0)})}}),e[ju]=Au(r)},mounted(e,{value:t,modifiers:{number:n}}){Ol(e,t,n)},beforeUpdate(e,{value:t},n){e._modelValue=t,e[ju]=Au(n)},updated(e,{value:t,modifiers:{number:n}}){let r=e._pendingValue;e._pendingValue=void 0,r&&r[0]===e.multiple&&Dl(t,r[1],r[0])||Ol(e,t,n)}},Lu={created(e,t,n){Ml(e,t,n,null,`created`)},mounted(e,t,n){Ml(e,t,n,null,`mounted`)},beforeUpdate(e,t,n,r){Ml(e,t,n,r,`beforeUpdate`)},updated(e,t,n,r){Ml(e,t,n,r,`updated`)}},Ru=[`ctrl`,`shift`,`alt`,`meta`],zu={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>Ru.some(n=>e[`${n}Key`]&&!t.includes(n))},Bu=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=zu[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},Vu={esc:`escape`,space:` `,up:`arrow-up`,left:`arrow-left`,right:`arrow-right`,down:`arrow-down`,delete:`backspace`},Hu=(e,t)=>{let n=e._withKeys||={},r=t.join(`.`);return n[r]||(n[r]=(n=>{if(!(`key`in n))return;let r=xe(n.key);if(t.some(e=>e===r||Vu[e]===r))return e(n)}))},Uu=/* @__PURE__ */ E({patchProp:vu},Gl),Gu=!1,Ku=((...e)=>{Pl().render(...e)}),qu=((...e)=>{Fl().hydrate(...e)}),Ju=((...e)=>{let t=Pl().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=Ll(e);if(!r)return;let i=t._component;k(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,Il(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t}),Yu=((...e)=>{let t=Fl().createApp(...e),{mount:n}=t;return t.mount=e=>{let t=Ll(e);if(t)return n(t,!0,Il(t))},t}),Xu=!1,Zu=()=>{Xu||(Xu=!0,Nl(),qc())}})),$u=/* @__PURE__ */ n({BaseTransition:()=>Yo,BaseTransitionPropsValidators:()=>qo,Comment:()=>ac,DeprecationTypes:()=>null,EffectScope:()=>Xt,ErrorCodes:()=>go,ErrorTypeStrings:()=>kc,Fragment:()=>H,KeepAlive:()=>ms,ReactiveEffect:()=>$t,Static:()=>oc,Suspense:()=>rc,Teleport:()=>Uo,Text:()=>ic,TrackOpTypes:()=>Hn,Transition:()=>Ql,TransitionGroup:()=>ku,TriggerOpTypes:()=>Un,VueElement:()=>Su,assertNumber:()=>Xn,callWithAsyncErrorHandling:()=>Qn,callWithErrorHandling:()=>Zn,camelize:()=>ye,capitalize:()=>Se,cloneVNode:()=>Ga,compatUtils:()=>null,compile:()=>ed,computed:()=>Ec,createApp:()=>Ju,createBlock:()=>R,createCommentVNode:()=>B,createElementBlock:()=>L,createElementVNode:()=>z,createHydrationRenderer:()=>ma,createPropsRestProxy:()=>Pi,createRenderer:()=>pa,createSSRApp:()=>Yu,createSlots:()=>vi,createStaticVNode:()=>qa,createTextVNode:()=>Ka,createVNode:()=>U,customRef:()=>Bt,defineAsyncComponent:()=>ti,defineComponent:()=>zr,defineCustomElement:()=>ul,defineEmits:()=>Si,defineExpose:()=>Ci,defineModel:()=>Ei,defineOptions:()=>wi,defineProps:()=>xi,defineSSRCustomElement:()=>bu,defineSlots:()=>Ti,devtools:()=>Ac,effect:()=>$e,effectScope:()=>Ve,getCurrentInstance:()=>hc,getCurrentScope:()=>He,getCurrentWatcher:()=>Gt,getTransitionRawChildren:()=>Lr,guardReactiveProps:()=>Wa,h:()=>uo,handleError:()=>$n,hasInjectionContext:()=>vr,hydrate:()=>qu,hydrateOnIdle:()=>cs,hydrateOnInteraction:()=>ds,hydrateOnMediaQuery:()=>us,hydrateOnVisible:()=>ls,initCustomFormatter:()=>fo,initDirectivesForSSR:()=>Zu,inject:()=>_r,isMemoSame:()=>mo,isProxy:()=>jt,isReactive:()=>Ot,isReadonly:()=>kt,isRef:()=>Nt,isRuntimeOnly:()=>Cc,isShallow:()=>At,isVNode:()=>Ba,markRaw:()=>Mt,mergeDefaults:()=>Mi,mergeModels:()=>Ni,mergeProps:()=>V,nextTick:()=>tr,nodeOps:()=>Gl,normalizeClass:()=>f,normalizeProps:()=>p,normalizeStyle:()=>u,onActivated:()=>ii,onBeforeMount:()=>gs,onBeforeUnmount:()=>bs,onBeforeUpdate:()=>vs,onDeactivated:()=>ai,onErrorCaptured:()=>di,onMounted:()=>_s,onRenderTracked:()=>ws,onRenderTriggered:()=>Cs,onScopeDispose:()=>Ue,onServerPrefetch:()=>Ss,onUnmounted:()=>xs,onUpdated:()=>ys,onWatcherCleanup:()=>Kt,openBlock:()=>I,patchProp:()=>vu,popScopeId:()=>pr,provide:()=>gr,proxyRefs:()=>zt,pushScopeId:()=>fr,queuePostFlushCb:()=>ar,reactive:()=>Ct,readonly:()=>Tt,ref:()=>Pt,registerRuntimeCompiler:()=>io,render:()=>Ku,renderList:()=>_i,renderSlot:()=>F,resolveComponent:()=>fi,resolveDirective:()=>mi,resolveDynamicComponent:()=>pi,resolveFilter:()=>null,resolveTransitionHooks:()=>Nr,setBlockTracking:()=>Ra,setDevtoolsHook:()=>jc,setTransitionHooks:()=>Ir,shallowReactive:()=>wt,shallowReadonly:()=>Et,shallowRef:()=>Ft,ssrContextKey:()=>Mo,ssrUtils:()=>Mc,stop:()=>et,toDisplayString:()=>j,toHandlerKey:()=>Ce,toHandlers:()=>bi,toRaw:()=>M,toRef:()=>Ht,toRefs:()=>Vt,toValue:()=>Rt,transformVNodeArgs:()=>Ha,triggerRef:()=>Lt,unref:()=>N,useAttrs:()=>ki,useCssModule:()=>pl,useCssVars:()=>Jc,useHost:()=>dl,useId:()=>Br,useModel:()=>Zi,useSSRContext:()=>No,useShadowRoot:()=>fl,useSlots:()=>Oi,useTemplateRef:()=>Hr,useTransitionState:()=>Ar,vModelCheckbox:()=>Pu,vModelDynamic:()=>Lu,vModelRadio:()=>Fu,vModelSelect:()=>Iu,vModelText:()=>Nu,vShow:()=>iu,version:()=>Dc,warn:()=>Oc,watch:()=>Sr,watchEffect:()=>yr,watchPostEffect:()=>br,watchSyncEffect:()=>xr,withAsyncContext:()=>Fi,withCtx:()=>P,withDefaults:()=>Di,withDirectives:()=>mr,withKeys:()=>Hu,withMemo:()=>po,withModifiers:()=>Bu,withScopeId:()=>jo}),ed,W=t((()=>{Qu(),ed=()=>{}}));function td(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[td(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}var nd=t((()=>{}));function rd(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function id(e,t){if(e&&t){let n=t=>{rd(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function ad(){return window.innerWidth-document.documentElement.offsetWidth}function od(e){typeof e==`string`?id(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.setProperty(e.variableName,ad()+`px`),id(document.body,e?.className||`p-overflow-hidden`))}function sd(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function cd(e){typeof e==`string`?sd(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.removeProperty(e.variableName),sd(document.body,e?.className||`p-overflow-hidden`))}function ld(e){for(let t of document==null?void 0:document.styleSheets)try{for(let n of t?.cssRules)for(let t of n?.style)if(e.test(t))return{name:t,value:n.style.getPropertyValue(t).trim()}}catch{}return null}function ud(e){let t={width:0,height:0};if(e){let[n,r]=[e.style.visibility,e.style.display],i=e.getBoundingClientRect();e.style.visibility=`hidden`,e.style.display=`block`,t.width=i.width||e.offsetWidth,t.height=i.height||e.offsetHeight,e.style.display=r,e.style.visibility=n}return t}function dd(){let e=window,t=document,n=t.documentElement,r=t.getElementsByTagName(`body`)[0];return{width:e.innerWidth||n.clientWidth||r.clientWidth,height:e.innerHeight||n.clientHeight||r.clientHeight}}function fd(e){return e?Math.abs(e.scrollLeft):0}function pd(){let e=document.documentElement;return(window.pageXOffset||fd(e))-(e.clientLeft||0)}function md(){let e=document.documentElement;return(window.pageYOffset||e.scrollTop)-(e.clientTop||0)}function hd(e){return e?getComputedStyle(e).direction===`rtl`:!1}function gd(e,t,n=!0){if(e){let r=e.offsetParent?{width:e.offsetWidth,height:e.offsetHeight}:ud(e),i=r.height,a=r.width,o=t.offsetHeight,s=t.offsetWidth,c=t.getBoundingClientRect(),l=md(),u=pd(),d=dd(),f,p,m=`top`;c.top+o+i>d.height?(f=c.top+l-i,m=`bottom`,f<0&&(f=l)):f=o+c.top+l,p=c.left+a>d.width?Math.max(0,c.left+u+s-a):c.left+u,hd(e)?e.style.insetInlineEnd=p+`px`:e.style.insetInlineStart=p+`px`,e.style.top=f+`px`,e.style.transformOrigin=m,n&&(e.style.marginTop=m===`bottom`?`calc(${ld(/-anchor-gutter$/)?.value??`2px`} * -1)`:ld(/-anchor-gutter$/)?.value??``)}}function _d(e,t){e&&(typeof t==`string`?e.style.cssText=t:Object.entries(t||{}).forEach(([t,n])=>e.style[t]=n))}function vd(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function yd(e,t,n=!0,r=void 0){if(e){let i=e.offsetParent?{width:e.offsetWidth,height:e.offsetHeight}:ud(e),a=t.offsetHeight,o=t.getBoundingClientRect(),s=dd(),c,l,u=r??`top`;if(!r&&o.top+a+i.height>s.height?(c=-1*i.height,u=`bottom`,o.top+c<0&&(c=-1*o.top)):c=a,l=i.width>s.width?o.left*-1:o.left+i.width>s.width?(o.left+i.width-s.width)*-1:0,e.style.top=c+`px`,e.style.insetInlineStart=l+`px`,e.style.transformOrigin=u,n){let t=ld(/-anchor-gutter$/)?.value;e.style.marginTop=u===`bottom`?`calc(${t??`2px`} * -1)`:t??``}}}function bd(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function xd(e){return!!(e!=null&&e.nodeName&&bd(e))}function Sd(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function Cd(){if(window.getSelection){let e=window.getSelection()||{};e.empty?e.empty():e.removeAllRanges&&e.rangeCount>0&&e.getRangeAt(0).getClientRects().length>0&&e.removeAllRanges()}}function wd(e,t={}){if(Sd(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?wd(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function Td(e,t={},...n){if(e){let r=document.createElement(e);return wd(r,t),r.append(...n),r}}function Ed(e,t){if(e){e.style.opacity=`0`;let n=+/* @__PURE__ */ new Date,r=`0`,i=function(){r=`${+e.style.opacity+((/* @__PURE__ */ new Date()).getTime()-n)/t}`,e.style.opacity=r,n=+/* @__PURE__ */ new Date,+r<1&&(`requestAnimationFrame`in window?requestAnimationFrame(i):setTimeout(i,16))};i()}}function Dd(e,t){return Sd(e)?Array.from(e.querySelectorAll(t)):[]}function Od(e,t){return Sd(e)?e.matches(t)?e:e.querySelector(t):null}function kd(e,t){e&&document.activeElement!==e&&e.focus(t)}function Ad(e,t){if(Sd(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function jd(e,t=``){let n=Dd(e,`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href]:not([tabindex = "-1"]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`),r=[];for(let e of n)getComputedStyle(e).display!=`none`&&getComputedStyle(e).visibility!=`hidden`&&r.push(e);return r}function Md(e,t){let n=jd(e,t);return n.length>0?n[0]:null}function Nd(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function Pd(e,t){let n=jd(e,t);return n.length>0?n[n.length-1]:null}function Fd(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||fd(document.documentElement)||fd(document.body)||0)}}return{top:`auto`,left:`auto`}}function Id(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function Ld(e,t=[]){let n=bd(e);return n===null?t:Ld(n,t.concat([n]))}function Rd(e){let t=[];if(e){let n=Ld(e),r=/(auto|scroll)/,i=e=>{try{let t=window.getComputedStyle(e,null);return r.test(t.getPropertyValue(`overflow`))||r.test(t.getPropertyValue(`overflowX`))||r.test(t.getPropertyValue(`overflowY`))}catch{return!1}};for(let e of n){let n=e.nodeType===1&&e.dataset.scrollselectors;if(n){let r=n.split(`,`);for(let n of r){let r=Od(e,n);r&&i(r)&&t.push(r)}}e.nodeType!==9&&i(e)&&t.push(e)}}return t}function zd(){if(window.getSelection)return window.getSelection().toString();if(document.getSelection)return document.getSelection().toString()}function Bd(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function Vd(){return/(android)/i.test(navigator.userAgent)}function Hd(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function Ud(e,t=``){return Sd(e)?e.matches(`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href][clientHeight][clientWidth]:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`):!1}function Wd(e){return!!(e&&e.offsetParent!=null)}function Gd(){return`ontouchstart`in window||navigator.maxTouchPoints>0||navigator.msMaxTouchPoints>0}function Kd(e,t=``,n){Sd(e)&&n!=null&&e.setAttribute(t,n)}var qd=t((()=>{}));function Jd(){let e=/* @__PURE__ */ new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}var Yd=t((()=>{})),Xd=t((()=>{}));function Zd(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function Qd(e,t,n=/* @__PURE__ */ new WeakSet){if(e===t)return!0;if(!e||!t||typeof e!=`object`||typeof t!=`object`||n.has(e)||n.has(t))return!1;n.add(e).add(t);let r=Array.isArray(e),i=Array.isArray(t),a,o,s;if(r&&i){if(o=e.length,o!=t.length)return!1;for(a=o;a--!==0;)if(!Qd(e[a],t[a],n))return!1;return!0}if(r!=i)return!1;let c=e instanceof Date,l=t instanceof Date;if(c!=l)return!1;if(c&&l)return e.getTime()==t.getTime();let u=e instanceof RegExp,d=t instanceof RegExp;if(u!=d)return!1;if(u&&d)return e.toString()==t.toString();let f=Object.keys(e);if(o=f.length,o!==Object.keys(t).length)return!1;for(a=o;a--!==0;)if(!Object.prototype.hasOwnProperty.call(t,f[a]))return!1;for(a=o;a--!==0;)if(s=f[a],!Qd(e[s],t[s],n))return!1;return!0}function $d(e,t){return Qd(e,t)}function ef(e){return typeof e==`function`&&`call`in e&&`apply`in e}function G(e){return!Zd(e)}function tf(e,t){if(!e||!t)return null;try{let n=e[t];if(G(n))return n}catch{}if(Object.keys(e).length){if(ef(t))return t(e);if(t.indexOf(`.`)===-1)return e[t];{let n=t.split(`.`),r=e;for(let e=0,t=n.length;e<t;++e){if(r==null)return null;r=r[n[e]]}return r}}return null}function nf(e,t,n){return n?tf(e,n)===tf(t,n):$d(e,t)}function rf(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function af(e={},t={}){let n=Ef({},e);return Object.keys(t).forEach(r=>{let i=r;rf(t[i])&&i in e&&rf(e[i])?n[i]=af(e[i],t[i]):n[i]=t[i]}),n}function of(...e){return e.reduce((e,t,n)=>n===0?t:af(e,t),{})}function sf(e,t){let n=-1;if(G(e))try{n=e.findLastIndex(t)}catch{n=e.lastIndexOf([...e].reverse().find(t))}return n}function cf(e,...t){return ef(e)?e(...t):e}function lf(e,t=!0){return typeof e==`string`&&(t||e!==``)}function uf(e){return lf(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function df(e,t=``,n={}){let r=uf(t).split(`.`),i=r.shift();return i?rf(e)?df(cf(e[Object.keys(e).find(e=>uf(e)===i)||``],n),r.join(`.`),n):void 0:cf(e,n)}function ff(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function pf(e){return G(e)&&!isNaN(e)}function mf(e=``){return G(e)&&e.length===1&&!!e.match(/\S| /)}function hf(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function gf(...e){return of(...e)}function _f(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function vf(e){if(e&&/[\xC0-\xFF\u0100-\u017E]/.test(e)){let t={A:/[\xC0-\xC5\u0100\u0102\u0104]/g,AE:/[\xC6]/g,C:/[\xC7\u0106\u0108\u010A\u010C]/g,D:/[\xD0\u010E\u0110]/g,E:/[\xC8-\xCB\u0112\u0114\u0116\u0118\u011A]/g,G:/[\u011C\u011E\u0120\u0122]/g,H:/[\u0124\u0126]/g,I:/[\xCC-\xCF\u0128\u012A\u012C\u012E\u0130]/g,IJ:/[\u0132]/g,J:/[\u0134]/g,K:/[\u0136]/g,L:/[\u0139\u013B\u013D\u013F\u0141]/g,N:/[\xD1\u0143\u0145\u0147\u014A]/g,O:/[\xD2-\xD6\xD8\u014C\u014E\u0150]/g,OE:/[\u0152]/g,R:/[\u0154\u0156\u0158]/g,S:/[\u015A\u015C\u015E\u0160]/g,T:/[\u0162\u0164\u0166]/g,U:/[\xD9-\xDC\u0168\u016A\u016C\u016E\u0170\u0172]/g,W:/[\u0174]/g,Y:/[\xDD\u0176\u0178]/g,Z:/[\u0179\u017B\u017D]/g,a:/[\xE0-\xE5\u0101\u0103\u0105]/g,ae:/[\xE6]/g,c:/[\xE7\u0107\u0109\u010B\u010D]/g,d:/[\u010F\u0111]/g,e:/[\xE8-\xEB\u0113\u0115\u0117\u0119\u011B]/g,g:/[\u011D\u011F\u0121\u0123]/g,i:/[\xEC-\xEF\u0129\u012B\u012D\u012F\u0131]/g,ij:/[\u0133]/g,j:/[\u0135]/g,k:/[\u0137,\u0138]/g,l:/[\u013A\u013C\u013E\u0140\u0142]/g,n:/[\xF1\u0144\u0146\u0148\u014B]/g,p:/[\xFE]/g,o:/[\xF2-\xF6\xF8\u014D\u014F\u0151]/g,oe:/[\u0153]/g,r:/[\u0155\u0157\u0159]/g,s:/[\u015B\u015D\u015F\u0161]/g,t:/[\u0163\u0165\u0167]/g,u:/[\xF9-\xFC\u0169\u016B\u016D\u016F\u0171\u0173]/g,w:/[\u0175]/g,y:/[\xFD\xFF\u0177]/g,z:/[\u017A\u017C\u017E]/g};for(let n in t)e=e.replace(t[n],n)}return e}function yf(e){return lf(e,!1)?e[0].toUpperCase()+e.slice(1):e}function bf(e){return lf(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}var xf,Sf,Cf,wf,Tf,Ef,Df=t((()=>{xf=Object.defineProperty,Sf=Object.getOwnPropertySymbols,Cf=Object.prototype.hasOwnProperty,wf=Object.prototype.propertyIsEnumerable,Tf=(e,t,n)=>t in e?xf(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Ef=(e,t)=>{for(var n in t||={})Cf.call(t,n)&&Tf(e,n,t[n]);if(Sf)for(var n of Sf(t))wf.call(t,n)&&Tf(e,n,t[n]);return e}}));function Of(e=`pui_id_`){return Object.hasOwn(kf,e)||(kf[e]=0),kf[e]++,`${e}${kf[e]}`}var kf,Af=t((()=>{kf={}}));function jf(){let e=[],t=(t,n,r=999)=>{let a=i(t,n,r),o=a.value+(a.key===t?0:r)+1;return e.push({key:t,value:o}),o},n=t=>{e=e.filter(e=>e.value!==t)},r=(e,t)=>i(e,t).value,i=(t,n,r=0)=>[...e].reverse().find(e=>n?!0:e.key===t)||{key:t,value:r},a=e=>e&&parseInt(e.style.zIndex,10)||0;return{get:a,set:(e,n,r)=>{n&&(n.style.zIndex=String(t(e,!0,r)))},clear:e=>{e&&(n(a(e)),e.style.zIndex=``)},getCurrent:e=>r(e,!0)}}var Mf,Nf=t((()=>{Mf=jf()})),Pf=t((()=>{nd(),qd(),Yd(),Xd(),Df(),Af(),Nf()}));function Ff(...e){return of(...e)}function If(e){return lf(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function Lf(e){return rf(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function Rf(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function zf(e=``,t=``){return Rf(`${lf(e,!1)&&lf(t,!1)?`${e}-`:e}${t}`)}function Bf(e=``,t=``){return`--${zf(e,t)}`}function Vf(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function Hf(e,t=``,n=``,r=[],i){if(lf(e)){let t=e.trim();if(Vf(t))return;if(hf(t,ap)){let e=t.replaceAll(ap,e=>`var(${Bf(n,bf(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>hf(e,t))).join(`-`)))}${G(i)?`, ${i}`:``})`);return hf(e.replace(sp,`0`),op)?`calc(${e})`:e}return t}if(pf(e))return e}function Uf(e,t,n){lf(t,!1)&&e.push(`${t}:${n};`)}function Wf(e,t){return e?`${e}{${t}}`:``}function Gf(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(Gf(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}function Kf(e,...t){return e instanceof Array?Gf(e.reduce((e,n,r)=>e+n+(cf(t[r],{dt:lp})??``),``),lp):cf(e,{dt:lp})}function qf(e,t={}){let n=fp.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=Lf(i),u=hf(n,a)?zf(t):zf(t,bf(n));if(rf(l))c.push({node:l,path:u});else{Uf(s,Bf(u),Hf(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:Wf(i,l)}}var Jf,Yf,Xf,Zf,Qf,$f,ep,tp,np,rp,ip,ap,op,sp,cp,lp,up,dp,fp,pp=t((()=>{Df(),Yd(),Pf(),Jf=Object.defineProperty,Yf=Object.defineProperties,Xf=Object.getOwnPropertyDescriptors,Zf=Object.getOwnPropertySymbols,Qf=Object.prototype.hasOwnProperty,$f=Object.prototype.propertyIsEnumerable,ep=(e,t,n)=>t in e?Jf(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,tp=(e,t)=>{for(var n in t||={})Qf.call(t,n)&&ep(e,n,t[n]);if(Zf)for(var n of Zf(t))$f.call(t,n)&&ep(e,n,t[n]);return e},np=(e,t)=>Yf(e,Xf(t)),rp=(e,t)=>{var n={};for(var r in e)Qf.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&Zf)for(var r of Zf(e))t.indexOf(r)<0&&$f.call(e,r)&&(n[r]=e[r]);return n},ip=Jd(),ap=/{([^}]*)}/g,op=/(\d+\s+[\+\-\*\/]\s+\d+)/g,sp=/var\([^)]+\)/g,cp=e=>{let t=fp.getTheme(),n=up(t,e,void 0,`variable`);return{name:n?.match(/--[\w-]+/g)?.[0],variable:n,value:up(t,e,void 0,`value`)}},lp=(...e)=>up(fp.getTheme(),...e),up=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=fp.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=hf(t,ap)?t:`{${t}}`;return r===`value`||Zd(r)&&s===`strict`?fp.getTokenValue(t):Hf(c,void 0,o,[i.excludedKeyRegex],n)}return``},dp={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return qf(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(G(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=rp(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=rp(v,[`colorScheme`]),x=g||{},{dark:S}=x,C=rp(x,[`dark`]),w=y||{},{dark:ee}=w,te=rp(w,[`dark`]),T=G(t)?this._toVariables({primitive:t},o):{},E=G(_)?this._toVariables({semantic:_},o):{},ne=G(C)?this._toVariables({light:C},o):{},re=G(S)?this._toVariables({dark:S},o):{},D=G(b)?this._toVariables({semantic:b},o):{},O=G(te)?this._toVariables({light:te},o):{},ie=G(ee)?this._toVariables({dark:ee},o):{},[ae,oe]=[T.declarations??``,T.tokens],[se,k]=[E.declarations??``,E.tokens||[]],[ce,le]=[ne.declarations??``,ne.tokens||[]],[A,ue]=[re.declarations??``,re.tokens||[]],[de,fe]=[D.declarations??``,D.tokens||[]],[pe,me]=[O.declarations??``,O.tokens||[]],[he,ge]=[ie.declarations??``,ie.tokens||[]];s=this.transformCSS(e,ae,`light`,`variable`,o,r,i),c=oe,l=`${this.transformCSS(e,`${se}${ce}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${A}`,`dark`,`variable`,o,r,i)}`,u=[.../* @__PURE__ */ new Set([...k,...le,...ue])],d=`${this.transformCSS(e,`${de}${pe}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${he}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[.../* @__PURE__ */ new Set([...fe,...me,...ge])],p=cf(a.css,{dt:lp})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(G(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=rp(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=rp(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=rp(v,[`dark`]),x=g||{},{dark:S}=x,C=rp(x,[`dark`]),w=G(m)?this._toVariables({[r]:tp(tp({},m),_)},n):{},ee=G(b)?this._toVariables({[r]:tp(tp({},b),C)},n):{},te=G(y)?this._toVariables({[r]:tp(tp({},y),S)},n):{},[T,E]=[w.declarations??``,w.tokens||[]],[ne,re]=[ee.declarations??``,ee.tokens||[]],[D,O]=[te.declarations??``,te.tokens||[]];s=`${this.transformCSS(r,`${T}${ne}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,D,`dark`,`variable`,n,i,a,o)}`,c=[.../* @__PURE__ */ new Set([...E,...re,...O])],l=cf(p,{dt:lp})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${cf(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(rf(n)&&Object.hasOwn(n,`css`)){let r=_f(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-mm-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-mm-style-id="${e}-variables" ${c}>${_f(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&ap.test(this.value)){let i=this.value.trim().replace(ap,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=op.test(i.replace(sp,`0`))?`calc(${i})`:i}return Zd(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=hf(e,t.variable.excludedKeyRegex)?n:n?`${n}.${If(e)}`:If(e),l=r?`${r}.${e}`:e;rf(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!hf(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=rp(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?Wf(G(t)?`${e}${t},${e} ${t}`:e,r):Wf(e,Wf(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(G(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(G(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):Wf(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};rf(c)&&(n.name=cf(c.name,{name:e,type:r})),G(n.name)&&(t=Wf(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},fp={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:/* @__PURE__ */ new Set,_loadedStyleNames:/* @__PURE__ */ new Set,_loadingStyles:/* @__PURE__ */ new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=np(tp({},t),{options:tp(tp({},this.defaults.options),t.options)}),this._tokens=dp.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),ip.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=np(tp({},this.theme),{preset:e}),this._tokens=dp.createTokens(e,this.defaults),this.clearLoadedStyleNames(),ip.emit(`preset:change`,e),ip.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=np(tp({},this.theme),{options:e}),this.clearLoadedStyleNames(),ip.emit(`options:change`,e),ip.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return dp.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return dp.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return dp.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return dp.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return dp.getPreset(i)},getLayerOrderCSS(e=``){return dp.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return dp.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return dp.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return dp.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),ip.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&ip.emit(`theme:load`))}}})),mp,hp=t((()=>{mp={_loadedStyleNames:/* @__PURE__ */ new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}}})),gp,_p=t((()=>{gp=`
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
`}));function vp(e){"@babel/helpers - typeof";return vp=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},vp(e)}function yp(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function bp(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?yp(Object(n),!0).forEach(function(t){xp(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):yp(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function xp(e,t,n){return(t=Sp(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Sp(e){var t=Cp(e,`string`);return vp(t)==`symbol`?t:t+``}function Cp(e,t){if(vp(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(vp(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function wp(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;hc()&&hc().components?_s(e):t?e():tr(e)}function Tp(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=/* @__PURE__ */ Pt(!1),r=/* @__PURE__ */ Pt(e),i=/* @__PURE__ */ Pt(null),a=Hd()?window.document:void 0,o=t.document,s=o===void 0?a:o,c=t.immediate,l=c===void 0||c,u=t.manual,d=u!==void 0&&u,f=t.name,p=f===void 0?`style_${++Ep}`:f,m=t.id,h=m===void 0?void 0:m,g=t.media,_=g===void 0?void 0:g,v=t.nonce,y=v===void 0?void 0:v,b=t.first,x=b!==void 0&&b,S=t.onMounted,C=S===void 0?void 0:S,w=t.onUpdated,ee=w===void 0?void 0:w,te=t.onLoad,T=te===void 0?void 0:te,E=t.props,ne=E===void 0?{}:E,re=function(){},D=function(t){var a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(s){var o=bp(bp({},ne),a),c=o.name||p,l=o.id||h,u=o.nonce||y;i.value=s.querySelector(`style[data-mm-style-id="${c}"]`)||s.getElementById(l)||s.createElement(`style`),i.value.isConnected||(r.value=t||e,wd(i.value,{type:`text/css`,id:l,media:_,nonce:u}),x?s.head.prepend(i.value):s.head.appendChild(i.value),Kd(i.value,`data-mm-style-id`,c),wd(i.value,o),i.value.onload=function(e){return T?.(e,{name:c})},C?.(c)),n.value||=(re=Sr(r,function(e){i.value.textContent=e,ee?.(c)},{immediate:!0}),!0)}};return l&&!d&&wp(D),{id:h,name:p,el:i,css:r,unload:function(){s&&n.value&&(re(),xd(i.value)&&s.head.removeChild(i.value),n.value=!1,i.value=null)},load:D,isLoaded:/* @__PURE__ */ Tt(n)}}var Ep,Dp=t((()=>{qd(),W(),Ep=0}));function Op(e){"@babel/helpers - typeof";return Op=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Op(e)}function kp(e,t){return Pp(e)||Np(e,t)||jp(e,t)||Ap()}function Ap(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function jp(e,t){if(e){if(typeof e==`string`)return Mp(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Mp(e,t):void 0}}function Mp(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Np(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Pp(e){if(Array.isArray(e))return e}function Fp(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Ip(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Fp(Object(n),!0).forEach(function(t){Lp(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Fp(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Lp(e,t,n){return(t=Rp(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Rp(e){var t=zp(e,`string`);return Op(t)==`symbol`?t:t+``}function zp(e,t){if(Op(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Op(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Bp(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var Vp,Hp,Up,Wp,K,Gp=t((()=>{pp(),_p(),Df(),Dp(),K={name:`base`,css:function(e){var t=e.dt;return`
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
`},style:gp,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(Kf(Vp||=Bp([``,``]),e));return G(n)?Tp(_f(n),Ip({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return fp.transformCSS(t.name||e.name,`${r}${Kf(Hp||=Bp([``,``]),n)}`)})},getCommonTheme:function(e){return fp.getCommon(this.name,e)},getComponentTheme:function(e){return fp.getComponent(this.name,e)},getDirectiveTheme:function(e){return fp.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return fp.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return fp.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=cf(this.css,{dt:lp})||``,r=_f(Kf(Up||=Bp([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=kp(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return G(r)?`<style type="text/css" data-mm-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return fp.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[fp.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=Kf(Wp||=Bp([``,``]),cf(this.style,{dt:lp})),a=_f(fp.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=kp(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);G(a)&&n.push(`<style type="text/css" data-mm-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return Ip(Ip({},this),{},{css:void 0,style:void 0},e)}}}));function Kp(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${Br().replace(`v-`,``).replaceAll(`-`,`_`)}`}var qp=t((()=>{W()}));function Jp(e){"@babel/helpers - typeof";return Jp=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Jp(e)}function Yp(e){return nm(e)||Xp(e)||$p(e)||Qp()}function Xp(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Zp(e,t){return nm(e)||tm(e,t)||$p(e,t)||Qp()}function Qp(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function $p(e,t){if(e){if(typeof e==`string`)return em(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?em(e,t):void 0}}function em(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function tm(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function nm(e){if(Array.isArray(e))return e}function rm(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function q(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?rm(Object(n),!0).forEach(function(t){im(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):rm(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function im(e,t,n){return(t=am(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function am(e){var t=om(e,`string`);return Jp(t)==`symbol`?t:t+``}function om(e,t){if(Jp(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Jp(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var sm,cm,lm=t((()=>{pp(),qd(),Df(),hp(),Gp(),qp(),W(),sm=K.extend({name:`common`}),cm={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){ip.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;ip.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=Kp(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=Od(Sd(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=q({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return ef(e)?e.apply(void 0,t):V.apply(void 0,t)},_load:function(){mp.isStyleNameLoaded(`base`)||(K.loadCSS(this.$styleOptions),this._loadGlobalStyles(),mp.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!mp.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(sm.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),mp.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);G(e)&&K.load(e,q({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!fp.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;K.load(i?.css,q({name:`primitive-variables`},this.$styleOptions)),K.load(a?.css,q({name:`semantic-variables`},this.$styleOptions)),K.load(o?.css,q({name:`global-variables`},this.$styleOptions)),K.loadStyle(q({name:`global-style`},this.$styleOptions),s),fp.setLoadedStyleName(`common`)}if(!fp.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,q({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(q({name:`${this.$style.name}-style`},this.$styleOptions),m),fp.setLoadedStyleName(this.$style.name)}if(!fp.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);K.load(_,q({name:`layer-order`,first:!0},this.$styleOptions)),fp.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,q({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};mp.clearLoadedStyleNames(),ip.on(`theme:change`,e)},_removeThemeListeners:function(){ip.off(`theme:change`,this._loadCoreStyles),ip.off(`theme:change`,this._load),ip.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return df(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,q(q({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):q(q(q({},u),d),f):q(q({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return V(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&G(this.pt?.[`data-pc-section`]);return e!==`transition`&&q(q({},e===`root`&&q(q(im({},`${t}name`,uf(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&im({},`${t}extend`,uf(this.$.type.name))),{},im({},`${this.$attrSelector}`,``))),{},im({},`${t}section`,uf(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return lf(e)||ff(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=uf(n),s=uf(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:lf(d)?d:lf(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):q(q({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,q(q({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=V(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,q({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,q(q({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,q(q({},this.$params),n));return[this._getOptionValue(sm.inlineStyles,e,q(q({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return cf(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,q({},e.$params))||cf(t,q({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=Zp(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return q(q({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return Zp(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=Zp(t,2),r=n[0],i=n[1];return em(Yp(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=Zp(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=Zp(t,2),r=n[0];return e[r]=n[1],e},{})}}}})),um,dm=t((()=>{um=`
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
`})),fm,pm=t((()=>{dm(),Df(),Gp(),fm=K.extend({name:`badge`,style:um,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":G(t.value)&&String(t.value).length===1,"p-badge-dot":Zd(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}})}));function mm(e){"@babel/helpers - typeof";return mm=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},mm(e)}function hm(e,t,n){return(t=gm(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function gm(e){var t=_m(e,`string`);return mm(t)==`symbol`?t:t+``}function _m(e,t){if(mm(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(mm(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function vm(e,t,n,r,i,a){return I(),L(`span`,V({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[F(e.$slots,`default`,{},function(){return[Ka(j(e.value),1)]})],16,xm)}var ym,bm,xm,Sm=t((()=>{Pf(),lm(),pm(),W(),ym={name:`BaseBadge`,extends:cm,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:fm,provide:function(){return{$pcBadge:this,$parentInstance:this}}},bm={name:`Badge`,extends:ym,inheritAttrs:!1,computed:{dataP:function(){return td(hm(hm({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},xm=[`data-p`],bm.render=vm})),Cm,wm=t((()=>{Gp(),Cm=K.extend({name:`baseicon`,css:`
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
`})}));function Tm(e){"@babel/helpers - typeof";return Tm=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Tm(e)}function Em(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Dm(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Em(Object(n),!0).forEach(function(t){Om(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Em(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Om(e,t,n){return(t=km(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function km(e){var t=Am(e,`string`);return Tm(t)==`symbol`?t:t+``}function Am(e,t){if(Tm(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Tm(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var jm,Mm=t((()=>{Df(),lm(),wm(),jm={name:`BaseIcon`,extends:cm,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:Cm,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=Zd(this.label);return Dm(Dm({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}}}));function Nm(e){return Lm(e)||Im(e)||Fm(e)||Pm()}function Pm(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Fm(e,t){if(e){if(typeof e==`string`)return Rm(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Rm(e,t):void 0}}function Im(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Lm(e){if(Array.isArray(e))return Rm(e)}function Rm(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function zm(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Nm(t[0]||=[z(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}var Bm,Vm=t((()=>{Mm(),W(),Bm={name:`SpinnerIcon`,extends:jm},Bm.render=zm})),Hm,Um=t((()=>{Yd(),Hm=Jd()}));function Wm(e){"@babel/helpers - typeof";return Wm=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Wm(e)}function Gm(e,t){return Xm(e)||Ym(e,t)||qm(e,t)||Km()}function Km(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function qm(e,t){if(e){if(typeof e==`string`)return Jm(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Jm(e,t):void 0}}function Jm(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Ym(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Xm(e){if(Array.isArray(e))return e}function Zm(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function J(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Zm(Object(n),!0).forEach(function(t){Qm(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Zm(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Qm(e,t,n){return(t=$m(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function $m(e){var t=eh(e,`string`);return Wm(t)==`symbol`?t:t+``}function eh(e,t){if(Wm(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Wm(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Y,th=t((()=>{pp(),Df(),Af(),hp(),Gp(),Um(),W(),Y={_getMeta:function(){return[rf(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],cf(rf(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:df,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=Y._getOptionValue.apply(Y,arguments);return lf(e)||ff(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?Y._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=Y._usePT(t,Y._getPT(n,t.$name),o,r,J(J({},i),{},{global:f||{}})),m=Y._getPTDatasets(t,r);return l||!l&&p?d?Y._mergeProps(t,d,f,p,m):J(J(J({},f),p),m):J(J({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return J(J({},t===`root`&&Qm({},`${n}name`,uf(e.$name))),{},Qm({},`${n}section`,uf(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=uf(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:lf(f)?f:lf(d)?d:c||!c&&f?u?Y._mergeProps(e,u,d,f):J(J({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return Y._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=Y._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};Y._loadCoreStyles(t,a),Y._loadThemeStyles(t,a),Y._loadScopedThemeStyles(t,a),Y._removeThemeListeners(t),t.$loadStyles=function(){return Y._loadThemeStyles(t,a)},Y._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!mp.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;K.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),mp.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!fp.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;K.load(s?.css,J({name:`primitive-variables`},r)),K.load(c?.css,J({name:`semantic-variables`},r)),K.load(l?.css,J({name:`global-variables`},r)),K.loadStyle(J({name:`global-style`},r),u),fp.setLoadedStyleName(`common`)}if(!fp.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,J({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(J({name:`${n.$style.name}-style`},r),_),fp.setLoadedStyleName(n.$style.name)}if(!fp.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);K.load(b,J({name:`layer-order`,first:!0},r)),fp.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,J({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};mp.clearLoadedStyleNames(),ip.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};ip.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${yf(t)}`,l=Y._getConfig(r,i),u=n?.$instance,d=Y._usePT(u,Y._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),Y._getOptionValue,`hooks.${c}`),f=Y._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],Y._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return ef(e)?e.apply(void 0,t):V.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=Y._getConfig(i,a),d=r._$instances[e]||{},f=Zd(d)?J(J({},t),t?.methods):{};r._$instances[e]=J(J({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:J({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return Y._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return Y._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,J({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return Y._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:Y._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,J({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?Y._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,J({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,Y._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=J(J({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),Hm.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),Hm.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(Hm.off(`config:change`,n.config),Hm.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:Of(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){Y._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){Y._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){Y._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),Y._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=Gm(Y._getMeta.apply(Y,arguments),2),t=e[0],n=e[1];return J({extend:function(){var e=Gm(Y._getMeta.apply(Y,arguments),2),t=e[0],r=e[1];return Y.extend(t,J(J(J({},n),n?.methods),r))}},Y._extend(t,n))}}})),nh,rh=t((()=>{nh=`
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
`})),ih,ah=t((()=>{rh(),Gp(),ih=K.extend({name:`ripple-directive`,style:nh,classes:{root:`p-ink`}})}));function oh(e){"@babel/helpers - typeof";return oh=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},oh(e)}function sh(e){return dh(e)||uh(e)||lh(e)||ch()}function ch(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function lh(e,t){if(e){if(typeof e==`string`)return fh(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?fh(e,t):void 0}}function uh(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function dh(e){if(Array.isArray(e))return fh(e)}function fh(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ph(e,t,n){return(t=mh(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function mh(e){var t=hh(e,`string`);return oh(t)==`symbol`?t:t+``}function hh(e,t){if(oh(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(oh(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var gh,_h,vh=t((()=>{qd(),th(),ah(),gh=Y.extend({style:ih}),_h=gh.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=Td(`span`,ph(ph({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&sd(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!Nd(r)&&!Bd(r)){var i=Math.max(vd(n),Id(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=Fd(n),o=e.pageX-a.left+document.body.scrollTop-Bd(r)/2,s=e.pageY-a.top+document.body.scrollLeft-Nd(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&id(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&sd(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&sd(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?sh(e.children).find(function(e){return Ad(e,`data-pc-name`)===`ripple`}):void 0}}})})),yh,bh=t((()=>{yh=`
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
`}));function xh(e){"@babel/helpers - typeof";return xh=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},xh(e)}function Sh(e,t,n){return(t=Ch(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ch(e){var t=wh(e,`string`);return xh(t)==`symbol`?t:t+``}function wh(e,t){if(xh(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(xh(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Th,Eh=t((()=>{bh(),Gp(),Th=K.extend({name:`button`,style:yh,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,Sh(Sh(Sh(Sh(Sh(Sh(Sh(Sh(Sh({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,Sh({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}})}));function Dh(e){"@babel/helpers - typeof";return Dh=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Dh(e)}function Oh(e,t,n){return(t=kh(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function kh(e){var t=Ah(e,`string`);return Dh(t)==`symbol`?t:t+``}function Ah(e,t){if(Dh(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Dh(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function jh(e,t,n,r,i,a){var o=fi(`SpinnerIcon`),s=fi(`Badge`),c=mi(`ripple`);return e.asChild?F(e.$slots,`default`,{key:1,class:f(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):mr((I(),R(pi(e.as),V({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:P(function(){return[F(e.$slots,`default`,{},function(){return[e.loading?F(e.$slots,`loadingicon`,V({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(I(),L(`span`,V({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(I(),R(o,V({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):F(e.$slots,`icon`,V({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(I(),L(`span`,V({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,Ph)):B(``,!0)]}),e.label?(I(),L(`span`,V({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),j(e.label),17,Fh)):B(``,!0),e.badge?(I(),R(s,{key:3,value:e.badge,class:f(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):B(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}var Mh,Nh,Ph,Fh,Ih=t((()=>{Pf(),Df(),Vm(),Sm(),vh(),W(),lm(),Eh(),Mh={name:`BaseButton`,extends:cm,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:Th,provide:function(){return{$pcButton:this,$parentInstance:this}}},Nh={name:`Button`,extends:Mh,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return V(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return Zd(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return td(Oh(Oh(Oh(Oh(Oh(Oh(Oh(Oh(Oh(Oh({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return td(Oh(Oh({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return td(Oh(Oh({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:Bm,Badge:bm},directives:{ripple:_h}},Ph=[`data-p`],Fh=[`data-p`],Nh.render=jh})),Lh,Rh=t((()=>{Yd(),Lh=Jd()}));function zh(e){return Uh(e)||Hh(e)||Vh(e)||Bh()}function Bh(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Vh(e,t){if(e){if(typeof e==`string`)return Wh(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Wh(e,t):void 0}}function Hh(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Uh(e){if(Array.isArray(e))return Wh(e)}function Wh(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Gh(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),zh(t[0]||=[z(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}var Kh,qh=t((()=>{Mm(),W(),Kh={name:`TimesIcon`,extends:jm},Kh.render=Gh}));function Jh(e){return Qh(e)||Zh(e)||Xh(e)||Yh()}function Yh(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Xh(e,t){if(e){if(typeof e==`string`)return $h(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?$h(e,t):void 0}}function Zh(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Qh(e){if(Array.isArray(e))return $h(e)}function $h(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function eg(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Jh(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14ZM9.77805 7.42192C9.89013 7.534 10.0415 7.59788 10.2 7.59995C10.3585 7.59788 10.5099 7.534 10.622 7.42192C10.7341 7.30985 10.798 7.15844 10.8 6.99995V3.94242C10.8066 3.90505 10.8096 3.86689 10.8089 3.82843C10.8079 3.77159 10.7988 3.7157 10.7824 3.6623C10.756 3.55552 10.701 3.45698 10.622 3.37798C10.5099 3.2659 10.3585 3.20202 10.2 3.19995H7.00002C6.84089 3.19995 6.68828 3.26317 6.57576 3.37569C6.46324 3.48821 6.40002 3.64082 6.40002 3.79995C6.40002 3.95908 6.46324 4.11169 6.57576 4.22422C6.68828 4.33674 6.84089 4.39995 7.00002 4.39995H8.80006L6.19997 7.00005C6.10158 7.11005 6.04718 7.25246 6.04718 7.40005C6.04718 7.54763 6.10158 7.69004 6.19997 7.80005C6.30202 7.91645 6.44561 7.98824 6.59997 8.00005C6.75432 7.98824 6.89791 7.91645 6.99997 7.80005L9.60002 5.26841V6.99995C9.6021 7.15844 9.66598 7.30985 9.77805 7.42192ZM1.4 14H3.8C4.17066 13.9979 4.52553 13.8498 4.78763 13.5877C5.04973 13.3256 5.1979 12.9707 5.2 12.6V10.2C5.1979 9.82939 5.04973 9.47452 4.78763 9.21242C4.52553 8.95032 4.17066 8.80215 3.8 8.80005H1.4C1.02934 8.80215 0.674468 8.95032 0.412371 9.21242C0.150274 9.47452 0.00210008 9.82939 0 10.2V12.6C0.00210008 12.9707 0.150274 13.3256 0.412371 13.5877C0.674468 13.8498 1.02934 13.9979 1.4 14ZM1.25858 10.0586C1.29609 10.0211 1.34696 10 1.4 10H3.8C3.85304 10 3.90391 10.0211 3.94142 10.0586C3.97893 10.0961 4 10.147 4 10.2V12.6C4 12.6531 3.97893 12.704 3.94142 12.7415C3.90391 12.779 3.85304 12.8 3.8 12.8H1.4C1.34696 12.8 1.29609 12.779 1.25858 12.7415C1.22107 12.704 1.2 12.6531 1.2 12.6V10.2C1.2 10.147 1.22107 10.0961 1.25858 10.0586Z`,fill:`currentColor`},null,-1)]),16)}var tg,ng=t((()=>{Mm(),W(),tg={name:`WindowMaximizeIcon`,extends:jm},tg.render=eg}));function rg(e){return sg(e)||og(e)||ag(e)||ig()}function ig(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ag(e,t){if(e){if(typeof e==`string`)return cg(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?cg(e,t):void 0}}function og(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function sg(e){if(Array.isArray(e))return cg(e)}function cg(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function lg(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),rg(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0ZM6.368 7.952C6.44137 7.98326 6.52025 7.99958 6.6 8H9.8C9.95913 8 10.1117 7.93678 10.2243 7.82426C10.3368 7.71174 10.4 7.55913 10.4 7.4C10.4 7.24087 10.3368 7.08826 10.2243 6.97574C10.1117 6.86321 9.95913 6.8 9.8 6.8H8.048L10.624 4.224C10.73 4.11026 10.7877 3.95982 10.7849 3.80438C10.7822 3.64894 10.7192 3.50063 10.6093 3.3907C10.4994 3.28077 10.3511 3.2178 10.1956 3.21506C10.0402 3.21232 9.88974 3.27002 9.776 3.376L7.2 5.952V4.2C7.2 4.04087 7.13679 3.88826 7.02426 3.77574C6.91174 3.66321 6.75913 3.6 6.6 3.6C6.44087 3.6 6.28826 3.66321 6.17574 3.77574C6.06321 3.88826 6 4.04087 6 4.2V7.4C6.00042 7.47975 6.01674 7.55862 6.048 7.632C6.07656 7.70442 6.11971 7.7702 6.17475 7.82524C6.2298 7.88029 6.29558 7.92344 6.368 7.952ZM1.4 8.80005H3.8C4.17066 8.80215 4.52553 8.95032 4.78763 9.21242C5.04973 9.47452 5.1979 9.82939 5.2 10.2V12.6C5.1979 12.9707 5.04973 13.3256 4.78763 13.5877C4.52553 13.8498 4.17066 13.9979 3.8 14H1.4C1.02934 13.9979 0.674468 13.8498 0.412371 13.5877C0.150274 13.3256 0.00210008 12.9707 0 12.6V10.2C0.00210008 9.82939 0.150274 9.47452 0.412371 9.21242C0.674468 8.95032 1.02934 8.80215 1.4 8.80005ZM3.94142 12.7415C3.97893 12.704 4 12.6531 4 12.6V10.2C4 10.147 3.97893 10.0961 3.94142 10.0586C3.90391 10.0211 3.85304 10 3.8 10H1.4C1.34696 10 1.29609 10.0211 1.25858 10.0586C1.22107 10.0961 1.2 10.147 1.2 10.2V12.6C1.2 12.6531 1.22107 12.704 1.25858 12.7415C1.29609 12.779 1.34696 12.8 1.4 12.8H3.8C3.85304 12.8 3.90391 12.779 3.94142 12.7415Z`,fill:`currentColor`},null,-1)]),16)}var ug,dg=t((()=>{Mm(),W(),ug={name:`WindowMinimizeIcon`,extends:jm},ug.render=lg})),fg,pg=t((()=>{Gp(),fg=K.extend({name:`focustrap-directive`})}));function mg(e){"@babel/helpers - typeof";return mg=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},mg(e)}function hg(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function gg(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?hg(Object(n),!0).forEach(function(t){_g(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):hg(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function _g(e,t,n){return(t=vg(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function vg(e){var t=yg(e,`string`);return mg(t)==`symbol`?t:t+``}function yg(e,t){if(mg(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(mg(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var bg,xg,Sg=t((()=>{qd(),Df(),th(),pg(),bg=Y.extend({style:fg}),xg=bg.extend(`focustrap`,{mounted:function(e,t){(t.value||{}).disabled||(this.createHiddenFocusableElements(e,t),this.bind(e,t),this.autoElementFocus(e,t)),e.setAttribute(`data-pd-focustrap`,!0),this.$el=e},updated:function(e,t){(t.value||{}).disabled&&this.unbind(e)},unmounted:function(e){this.unbind(e)},methods:{getComputedSelector:function(e){return`:not(.p-hidden-focusable):not([data-p-hidden-focusable="true"])${e??``}`},bind:function(e,t){var n=this,r=t.value||{},i=r.onFocusIn,a=r.onFocusOut;e.$_pfocustrap_mutationobserver=new MutationObserver(function(t){t.forEach(function(t){if(t.type===`childList`&&!e.contains(document.activeElement)){var r=function(t){var i=Ud(t)?Ud(t,n.getComputedSelector(e.$_pfocustrap_focusableselector))?t:Md(e,n.getComputedSelector(e.$_pfocustrap_focusableselector)):Md(t);return G(i)?i:t.nextSibling&&r(t.nextSibling)};kd(r(t.nextSibling))}})}),e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_mutationobserver.observe(e,{childList:!0}),e.$_pfocustrap_focusinlistener=function(e){return i&&i(e)},e.$_pfocustrap_focusoutlistener=function(e){return a&&a(e)},e.addEventListener(`focusin`,e.$_pfocustrap_focusinlistener),e.addEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)},unbind:function(e){e.$_pfocustrap_mutationobserver&&e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_focusinlistener&&e.removeEventListener(`focusin`,e.$_pfocustrap_focusinlistener)&&(e.$_pfocustrap_focusinlistener=null),e.$_pfocustrap_focusoutlistener&&e.removeEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)&&(e.$_pfocustrap_focusoutlistener=null)},autoFocus:function(e){this.autoElementFocus(this.$el,{value:gg(gg({},e),{},{autoFocus:!0})})},autoElementFocus:function(e,t){var n=t.value||{},r=n.autoFocusSelector,i=r===void 0?``:r,a=n.firstFocusableSelector,o=a===void 0?``:a,s=n.autoFocus,c=s!==void 0&&s,l=Md(e,`[autofocus]${this.getComputedSelector(i)}`);c&&!l&&(l=Md(e,this.getComputedSelector(o))),kd(l)},onFirstHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;kd(r===n.$_pfocustrap_lasthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?Md(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_lasthiddenfocusableelement)},onLastHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;kd(r===n.$_pfocustrap_firsthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?Pd(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_firsthiddenfocusableelement)},createHiddenFocusableElements:function(e,t){var n=this,r=t.value||{},i=r.tabIndex,a=i===void 0?0:i,o=r.firstFocusableSelector,s=o===void 0?``:o,c=r.lastFocusableSelector,l=c===void 0?``:c,u=function(e){return Td(`span`,{class:`p-hidden-accessible p-hidden-focusable`,tabIndex:a,role:`presentation`,"aria-hidden":!0,"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0,onFocus:e?.bind(n)})},d=u(this.onFirstHiddenElementFocus),f=u(this.onLastHiddenElementFocus);d.$_pfocustrap_lasthiddenfocusableelement=f,d.$_pfocustrap_focusableselector=s,d.setAttribute(`data-pc-section`,`firstfocusableelement`),f.$_pfocustrap_firsthiddenfocusableelement=d,f.$_pfocustrap_focusableselector=l,f.setAttribute(`data-pc-section`,`lastfocusableelement`),e.prepend(d),e.append(f)}}})}));function Cg(e,t,n,r,i,a){return a.inline?F(e.$slots,`default`,{key:0}):i.mounted?(I(),R(Uo,{key:1,to:n.appendTo},[F(e.$slots,`default`)],8,[`to`])):B(``,!0)}var wg,Tg=t((()=>{qd(),W(),wg={name:`Portal`,props:{appendTo:{type:[String,Object],default:`body`},disabled:{type:Boolean,default:!1}},data:function(){return{mounted:!1}},mounted:function(){this.mounted=Hd()},computed:{inline:function(){return this.disabled||this.appendTo===`self`}}},wg.render=Cg}));function Eg(){od({variableName:cp(`scrollbar.width`).name})}function Dg(){cd({variableName:cp(`scrollbar.width`).name})}var Og=t((()=>{pp(),Pf()})),kg,Ag=t((()=>{kg=`
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
`})),jg,Mg=t((()=>{Ag(),Gp(),jg=K.extend({name:`dialog`,style:kg,classes:{mask:function(e){var t=e.props,n=[`left`,`right`,`top`,`topleft`,`topright`,`bottom`,`bottomleft`,`bottomright`].find(function(e){return e===t.position});return[`p-dialog-mask`,{"p-overlay-mask p-overlay-mask-enter-active":t.modal},n?`p-dialog-${n}`:``]},root:function(e){var t=e.props,n=e.instance;return[`p-dialog p-component`,{"p-dialog-maximized":t.maximizable&&n.maximized}]},header:`p-dialog-header`,title:`p-dialog-title`,headerActions:`p-dialog-header-actions`,pcMaximizeButton:`p-dialog-maximize-button`,pcCloseButton:`p-dialog-close-button`,content:`p-dialog-content`,footer:`p-dialog-footer`},inlineStyles:{mask:function(e){var t=e.position,n=e.modal;return{position:`fixed`,height:`100%`,width:`100%`,left:0,top:0,display:`flex`,justifyContent:t===`left`||t===`topleft`||t===`bottomleft`?`flex-start`:t===`right`||t===`topright`||t===`bottomright`?`flex-end`:`center`,alignItems:t===`top`||t===`topleft`||t===`topright`?`flex-start`:t===`bottom`||t===`bottomleft`||t===`bottomright`?`flex-end`:`center`,pointerEvents:n?`auto`:`none`}},root:{display:`flex`,flexDirection:`column`,pointerEvents:`auto`}}})}));function Ng(e){"@babel/helpers - typeof";return Ng=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ng(e)}function Pg(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Fg(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Pg(Object(n),!0).forEach(function(t){Ig(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Pg(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Ig(e,t,n){return(t=Lg(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Lg(e){var t=Rg(e,`string`);return Ng(t)==`symbol`?t:t+``}function Rg(e,t){if(Ng(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ng(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function zg(e,t,n,r,i,a){var o=fi(`Button`),s=fi(`Portal`),c=mi(`focustrap`);return I(),R(s,{appendTo:e.appendTo},{default:P(function(){return[i.containerVisible?(I(),L(`div`,V({key:0,ref:a.maskRef,class:e.cx(`mask`),style:e.sx(`mask`,!0,{position:e.position,modal:e.modal}),onMousedown:t[1]||=function(){return a.onMaskMouseDown&&a.onMaskMouseDown.apply(a,arguments)},onMouseup:t[2]||=function(){return a.onMaskMouseUp&&a.onMaskMouseUp.apply(a,arguments)},"data-p":a.dataP},e.ptm(`mask`)),[U(Ql,V({name:`p-dialog`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onBeforeLeave:a.onBeforeLeave,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave,appear:``},e.ptm(`transition`)),{default:P(function(){return[e.visible?mr((I(),L(`div`,V({key:0,ref:a.containerRef,class:e.cx(`root`),style:e.sx(`root`),role:`dialog`,"aria-labelledby":a.ariaLabelledById,"aria-modal":e.modal,"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.container?F(e.$slots,`container`,{key:0,closeCallback:a.close,maximizeCallback:function(e){return a.maximize(e)},initDragCallback:a.initDrag}):(I(),L(H,{key:1},[e.showHeader?(I(),L(`div`,V({key:0,ref:a.headerContainerRef,class:e.cx(`header`),onMousedown:t[0]||=function(){return a.initDrag&&a.initDrag.apply(a,arguments)}},e.ptm(`header`)),[F(e.$slots,`header`,{class:f(e.cx(`title`))},function(){return[e.header?(I(),L(`span`,V({key:0,id:a.ariaLabelledById,class:e.cx(`title`)},e.ptm(`title`)),j(e.header),17,Ug)):B(``,!0)]}),z(`div`,V({class:e.cx(`headerActions`)},e.ptm(`headerActions`)),[e.maximizable?F(e.$slots,`maximizebutton`,{key:0,maximized:i.maximized,maximizeCallback:function(e){return a.maximize(e)}},function(){return[U(o,V({ref:a.maximizableRef,autofocus:i.focusableMax,class:e.cx(`pcMaximizeButton`),onClick:a.maximize,tabindex:e.maximizable?`0`:`-1`,unstyled:e.unstyled},e.maximizeButtonProps,{pt:e.ptm(`pcMaximizeButton`),"data-pc-group-section":`headericon`}),{icon:P(function(t){return[F(e.$slots,`maximizeicon`,{maximized:i.maximized},function(){return[(I(),R(pi(a.maximizeIconComponent),V({class:[t.class,i.maximized?e.minimizeIcon:e.maximizeIcon]},e.ptm(`pcMaximizeButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`tabindex`,`unstyled`,`pt`])]}):B(``,!0),e.closable?F(e.$slots,`closebutton`,{key:1,closeCallback:a.close},function(){return[U(o,V({ref:a.closeButtonRef,autofocus:i.focusableClose,class:e.cx(`pcCloseButton`),onClick:a.close,"aria-label":a.closeAriaLabel,unstyled:e.unstyled},e.closeButtonProps,{pt:e.ptm(`pcCloseButton`),"data-pc-group-section":`headericon`}),{icon:P(function(t){return[F(e.$slots,`closeicon`,{},function(){return[(I(),R(pi(e.closeIcon?`span`:`TimesIcon`),V({class:[e.closeIcon,t.class]},e.ptm(`pcCloseButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`aria-label`,`unstyled`,`pt`])]}):B(``,!0)],16)],16)):B(``,!0),z(`div`,V({ref:a.contentRef,class:[e.cx(`content`),e.contentClass],style:e.contentStyle,"data-p":a.dataP},Fg(Fg({},e.contentProps),e.ptm(`content`))),[F(e.$slots,`default`)],16,Wg),e.footer||e.$slots.footer?(I(),L(`div`,V({key:1,ref:a.footerContainerRef,class:e.cx(`footer`)},e.ptm(`footer`)),[F(e.$slots,`footer`,{},function(){return[Ka(j(e.footer),1)]})],16)):B(``,!0)],64))],16,Hg)),[[c,{disabled:!e.modal}]]):B(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])],16,Vg)):B(``,!0)]}),_:3},8,[`appendTo`])}var Bg,Vg,Hg,Ug,Wg,Gg=t((()=>{Pf(),qd(),Nf(),qh(),ng(),dg(),Ih(),Sg(),Tg(),vh(),Og(),W(),lm(),Mg(),Bg={name:`Dialog`,extends:{name:`BaseDialog`,extends:cm,props:{header:{type:null,default:null},footer:{type:null,default:null},visible:{type:Boolean,default:!1},modal:{type:Boolean,default:null},contentStyle:{type:null,default:null},contentClass:{type:String,default:null},contentProps:{type:null,default:null},maximizable:{type:Boolean,default:!1},dismissableMask:{type:Boolean,default:!1},closable:{type:Boolean,default:!0},closeOnEscape:{type:Boolean,default:!0},showHeader:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!1},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},position:{type:String,default:`center`},breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0},keepInViewport:{type:Boolean,default:!0},minX:{type:Number,default:0},minY:{type:Number,default:0},appendTo:{type:[String,Object],default:`body`},closeIcon:{type:String,default:void 0},maximizeIcon:{type:String,default:void 0},minimizeIcon:{type:String,default:void 0},closeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},maximizeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},_instance:null},style:jg,provide:function(){return{$pcDialog:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:visible`,`show`,`hide`,`after-hide`,`maximize`,`unmaximize`,`dragstart`,`dragend`],provide:function(){var e=this;return{dialogRef:Ec(function(){return e._instance})}},data:function(){return{containerVisible:this.visible,maximized:!1,focusableMax:null,focusableClose:null,target:null}},documentKeydownListener:null,container:null,mask:null,content:null,headerContainer:null,footerContainer:null,maximizableButton:null,closeButton:null,styleElement:null,dragging:null,documentDragListener:null,documentDragEndListener:null,lastPageX:null,lastPageY:null,maskMouseDownTarget:null,updated:function(){this.visible&&(this.containerVisible=this.visible)},beforeUnmount:function(){this.unbindDocumentState(),this.unbindGlobalListeners(),this.destroyStyle(),this.mask&&this.autoZIndex&&Mf.clear(this.mask),this.container=null,this.mask=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{close:function(){this.$emit(`update:visible`,!1)},onEnter:function(){this.$emit(`show`),this.target=document.activeElement,this.enableDocumentSettings(),this.bindGlobalListeners(),this.autoZIndex&&Mf.set(`modal`,this.mask,this.baseZIndex||this.$primevue.config.zIndex.modal)},onAfterEnter:function(){this.focus()},onBeforeLeave:function(){this.modal&&!this.isUnstyled&&id(this.mask,`p-overlay-mask-leave-active`),this.dragging&&this.documentDragEndListener&&this.documentDragEndListener()},onLeave:function(){this.$emit(`hide`),kd(this.target),this.target=null,this.focusableClose=null,this.focusableMax=null},onAfterLeave:function(){this.autoZIndex&&Mf.clear(this.mask),this.containerVisible=!1,this.unbindDocumentState(),this.unbindGlobalListeners(),this.$emit(`after-hide`)},onMaskMouseDown:function(e){this.maskMouseDownTarget=e.target},onMaskMouseUp:function(){this.dismissableMask&&this.modal&&this.mask===this.maskMouseDownTarget&&this.close()},focus:function(){var e=function(e){return e&&e.querySelector(`[autofocus]`)},t=this.$slots.footer&&e(this.footerContainer);t||(t=this.$slots.header&&e(this.headerContainer),t||(t=this.$slots.default&&e(this.content),t||(this.maximizable?(this.focusableMax=!0,t=this.maximizableButton):(this.focusableClose=!0,t=this.closeButton)))),t&&kd(t,{focusVisible:!0})},maximize:function(e){this.maximized?(this.maximized=!1,this.$emit(`unmaximize`,e)):(this.maximized=!0,this.$emit(`maximize`,e)),this.modal||(this.maximized?Eg():Dg())},enableDocumentSettings:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&Eg()},unbindDocumentState:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&Dg()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&!e.isComposing&&this.close()},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},containerRef:function(e){this.container=e},maskRef:function(e){this.mask=e},contentRef:function(e){this.content=e},headerContainerRef:function(e){this.headerContainer=e},footerContainerRef:function(e){this.footerContainer=e},maximizableRef:function(e){this.maximizableButton=e?e.$el:void 0},closeButtonRef:function(e){this.closeButton=e?e.$el:void 0},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,Kd(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-dialog[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},initDrag:function(e){e.target.closest(`div`).getAttribute(`data-pc-section`)!==`headeractions`&&this.draggable&&(this.dragging=!0,this.lastPageX=e.pageX,this.lastPageY=e.pageY,this.container.style.margin=`0`,document.body.setAttribute(`data-p-unselectable-text`,`true`),!this.isUnstyled&&_d(document.body,{"user-select":`none`}),this.$emit(`dragstart`,e))},bindGlobalListeners:function(){this.draggable&&(this.bindDocumentDragListener(),this.bindDocumentDragEndListener()),this.closeOnEscape&&this.bindDocumentKeyDownListener()},unbindGlobalListeners:function(){this.unbindDocumentDragListener(),this.unbindDocumentDragEndListener(),this.unbindDocumentKeyDownListener()},bindDocumentDragListener:function(){var e=this;this.documentDragListener=function(t){if(e.dragging){var n=vd(e.container),r=Id(e.container),i=t.pageX-e.lastPageX,a=t.pageY-e.lastPageY,o=e.container.getBoundingClientRect(),s=o.left+i,c=o.top+a,l=dd(),u=getComputedStyle(e.container),d=parseFloat(u.marginLeft),f=parseFloat(u.marginTop);e.container.style.position=`fixed`,e.keepInViewport?(s>=e.minX&&s+n<l.width&&(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`),c>=e.minY&&c+r<l.height&&(e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)):(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`,e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)}},window.document.addEventListener(`mousemove`,this.documentDragListener)},unbindDocumentDragListener:function(){this.documentDragListener&&=(window.document.removeEventListener(`mousemove`,this.documentDragListener),null)},bindDocumentDragEndListener:function(){var e=this;this.documentDragEndListener=function(t){e.dragging&&(e.dragging=!1,document.body.removeAttribute(`data-p-unselectable-text`),!e.isUnstyled&&(document.body.style[`user-select`]=``),e.$emit(`dragend`,t))},window.document.addEventListener(`mouseup`,this.documentDragEndListener)},unbindDocumentDragEndListener:function(){this.documentDragEndListener&&=(window.document.removeEventListener(`mouseup`,this.documentDragEndListener),null)}},computed:{maximizeIconComponent:function(){return this.maximized?this.minimizeIcon?`span`:`WindowMinimizeIcon`:this.maximizeIcon?`span`:`WindowMaximizeIcon`},ariaLabelledById:function(){return this.header!=null||this.$attrs[`aria-labelledby`]!==null?this.$id+`_header`:null},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return td({maximized:this.maximized,modal:this.modal})}},directives:{ripple:_h,focustrap:xg},components:{Button:Nh,Portal:wg,WindowMinimizeIcon:ug,WindowMaximizeIcon:tg,TimesIcon:Kh}},Vg=[`data-p`],Hg=[`aria-labelledby`,`aria-modal`,`data-p`],Ug=[`id`],Wg=[`data-p`],Bg.render=zg})),Kg,qg=t((()=>{Kg=`
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
`})),Jg,Yg=t((()=>{qg(),Gp(),Jg=K.extend({name:`confirmdialog`,style:Kg,classes:{root:`p-confirmdialog`,icon:`p-confirmdialog-icon`,message:`p-confirmdialog-message`,pcRejectButton:`p-confirmdialog-reject-button`,pcAcceptButton:`p-confirmdialog-accept-button`}})}));function Xg(e,t,n,r,i,a){var o=fi(`Button`),s=fi(`Dialog`);return I(),R(s,{visible:i.visible,"onUpdate:visible":[t[2]||=function(e){return i.visible=e},a.onHide],role:`alertdialog`,class:f(e.cx(`root`)),modal:a.modal,header:a.header,blockScroll:a.blockScroll,appendTo:a.appendTo,position:a.position,breakpoints:e.breakpoints,closeOnEscape:a.closeOnEscape,draggable:e.draggable,pt:e.pt,unstyled:e.unstyled},vi({default:P(function(){return[e.$slots.container?B(``,!0):(I(),L(H,{key:0},[e.$slots.message?(I(),R(pi(e.$slots.message),{key:1,message:i.confirmation},null,8,[`message`])):(I(),L(H,{key:0},[F(e.$slots,`icon`,{},function(){return[e.$slots.icon?(I(),R(pi(e.$slots.icon),{key:0,class:f(e.cx(`icon`))},null,8,[`class`])):i.confirmation.icon?(I(),L(`span`,V({key:1,class:[i.confirmation.icon,e.cx(`icon`)]},e.ptm(`icon`)),null,16)):B(``,!0)]}),z(`span`,V({class:e.cx(`message`)},e.ptm(`message`)),j(a.message),17)],64))],64))]}),_:2},[e.$slots.container?{name:`container`,fn:P(function(t){return[F(e.$slots,`container`,{message:i.confirmation,closeCallback:t.closeCallback,acceptCallback:a.accept,rejectCallback:a.reject,initDragCallback:t.initDragCallback})]}),key:`0`}:void 0,e.$slots.container?void 0:{name:`footer`,fn:P(function(){return[U(o,V({class:[e.cx(`pcRejectButton`),i.confirmation.rejectClass],autofocus:a.autoFocusReject,unstyled:e.unstyled,text:i.confirmation.rejectProps?.text||!1,onClick:t[0]||=function(e){return a.reject()}},i.confirmation.rejectProps,{label:a.rejectLabel,pt:e.ptm(`pcRejectButton`)}),vi({_:2},[a.rejectIcon||e.$slots.rejecticon?{name:`icon`,fn:P(function(t){return[F(e.$slots,`rejecticon`,{},function(){return[z(`span`,V({class:[a.rejectIcon,t.class]},e.ptm(`pcRejectButton`).icon,{"data-pc-section":`rejectbuttonicon`}),null,16)]})]}),key:`0`}:void 0]),1040,[`class`,`autofocus`,`unstyled`,`text`,`label`,`pt`]),U(o,V({label:a.acceptLabel,class:[e.cx(`pcAcceptButton`),i.confirmation.acceptClass],autofocus:a.autoFocusAccept,unstyled:e.unstyled,onClick:t[1]||=function(e){return a.accept()}},i.confirmation.acceptProps,{pt:e.ptm(`pcAcceptButton`)}),vi({_:2},[a.acceptIcon||e.$slots.accepticon?{name:`icon`,fn:P(function(t){return[F(e.$slots,`accepticon`,{},function(){return[z(`span`,V({class:[a.acceptIcon,t.class]},e.ptm(`pcAcceptButton`).icon,{"data-pc-section":`acceptbuttonicon`}),null,16)]})]}),key:`0`}:void 0]),1040,[`label`,`class`,`autofocus`,`unstyled`,`pt`])]}),key:`1`}]),1032,[`visible`,`class`,`modal`,`header`,`blockScroll`,`appendTo`,`position`,`breakpoints`,`closeOnEscape`,`draggable`,`onUpdate:visible`,`pt`,`unstyled`])}var Zg,Qg=t((()=>{Ih(),Rh(),Gg(),lm(),Yg(),W(),Zg={name:`ConfirmDialog`,extends:{name:`BaseConfirmDialog`,extends:cm,props:{group:String,breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0}},style:Jg,provide:function(){return{$pcConfirmDialog:this,$parentInstance:this}}},confirmListener:null,closeListener:null,data:function(){return{visible:!1,confirmation:null}},mounted:function(){var e=this;this.confirmListener=function(t){t&&t.group===e.group&&(e.confirmation=t,e.confirmation.onShow&&e.confirmation.onShow(),e.visible=!0)},this.closeListener=function(){e.visible=!1,e.confirmation=null},Lh.on(`confirm`,this.confirmListener),Lh.on(`close`,this.closeListener)},beforeUnmount:function(){Lh.off(`confirm`,this.confirmListener),Lh.off(`close`,this.closeListener)},methods:{accept:function(){this.confirmation.accept&&this.confirmation.accept(),this.visible=!1},reject:function(){this.confirmation.reject&&this.confirmation.reject(),this.visible=!1},onHide:function(){this.confirmation.onHide&&this.confirmation.onHide(),this.visible=!1}},computed:{appendTo:function(){return this.confirmation?this.confirmation.appendTo:`body`},target:function(){return this.confirmation?this.confirmation.target:null},modal:function(){return!this.confirmation||this.confirmation.modal==null||this.confirmation.modal},header:function(){return this.confirmation?this.confirmation.header:null},message:function(){return this.confirmation?this.confirmation.message:null},blockScroll:function(){return!this.confirmation||this.confirmation.blockScroll},position:function(){return this.confirmation?this.confirmation.position:null},acceptLabel:function(){if(this.confirmation){var e=this.confirmation;return e.acceptLabel||e.acceptProps?.label||this.$primevue.config.locale.accept}return this.$primevue.config.locale.accept},rejectLabel:function(){if(this.confirmation){var e=this.confirmation;return e.rejectLabel||e.rejectProps?.label||this.$primevue.config.locale.reject}return this.$primevue.config.locale.reject},acceptIcon:function(){var e;return this.confirmation?this.confirmation.acceptIcon:(e=this.confirmation)!=null&&e.acceptProps?this.confirmation.acceptProps.icon:null},rejectIcon:function(){var e;return this.confirmation?this.confirmation.rejectIcon:(e=this.confirmation)!=null&&e.rejectProps?this.confirmation.rejectProps.icon:null},autoFocusAccept:function(){return this.confirmation.defaultFocus===void 0||this.confirmation.defaultFocus===`accept`},autoFocusReject:function(){return this.confirmation.defaultFocus===`reject`},closeOnEscape:function(){return!this.confirmation||this.confirmation.closeOnEscape}},components:{Dialog:Bg,Button:Nh}},Zg.render=Xg})),$g,e_=t((()=>{Gp(),$g=K.extend({name:`tab`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-tab`,{"p-tab-active":t.active,"p-disabled":n.disabled}]}}})}));function t_(e,t,n,r,i,a){var o=mi(`ripple`);return e.asChild?F(e.$slots,`default`,{key:1,dataP:a.dataP,class:f(e.cx(`root`)),active:a.active,a11yAttrs:a.a11yAttrs,onClick:a.onClick}):mr((I(),R(pi(e.as),V({key:0,class:e.cx(`root`),"data-p":a.dataP,onClick:a.onClick},a.attrs),{default:P(function(){return[F(e.$slots,`default`)]}),_:3},16,[`class`,`data-p`,`onClick`])),[[o]])}var n_,r_=t((()=>{Pf(),qd(),Df(),vh(),W(),lm(),e_(),n_={name:`Tab`,extends:{name:`BaseTab`,extends:cm,props:{value:{type:[String,Number],default:void 0},disabled:{type:Boolean,default:!1},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1}},style:$g,provide:function(){return{$pcTab:this,$parentInstance:this}}},inheritAttrs:!1,inject:[`$pcTabs`,`$pcTabList`],methods:{onFocus:function(){this.$pcTabs.selectOnFocus&&this.changeActiveValue()},onClick:function(){this.changeActiveValue()},onKeydown:function(e){switch(e.code){case`ArrowRight`:this.onArrowRightKey(e);break;case`ArrowLeft`:this.onArrowLeftKey(e);break;case`Home`:this.onHomeKey(e);break;case`End`:this.onEndKey(e);break;case`PageDown`:this.onPageDownKey(e);break;case`PageUp`:this.onPageUpKey(e);break;case`Enter`:case`NumpadEnter`:case`Space`:this.onEnterKey(e)}},onArrowRightKey:function(e){var t=this.findNextTab(e.currentTarget);t?this.changeFocusedTab(e,t):this.onHomeKey(e),e.preventDefault()},onArrowLeftKey:function(e){var t=this.findPrevTab(e.currentTarget);t?this.changeFocusedTab(e,t):this.onEndKey(e),e.preventDefault()},onHomeKey:function(e){var t=this.findFirstTab();this.changeFocusedTab(e,t),e.preventDefault()},onEndKey:function(e){var t=this.findLastTab();this.changeFocusedTab(e,t),e.preventDefault()},onPageDownKey:function(e){this.scrollInView(this.findLastTab()),e.preventDefault()},onPageUpKey:function(e){this.scrollInView(this.findFirstTab()),e.preventDefault()},onEnterKey:function(e){this.changeActiveValue()},findNextTab:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1]?e:e.nextElementSibling;return t?Ad(t,`data-p-disabled`)||Ad(t,`data-pc-section`)===`activebar`?this.findNextTab(t):Od(t,`[data-pc-name="tab"]`):null},findPrevTab:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1]?e:e.previousElementSibling;return t?Ad(t,`data-p-disabled`)||Ad(t,`data-pc-section`)===`activebar`?this.findPrevTab(t):Od(t,`[data-pc-name="tab"]`):null},findFirstTab:function(){return this.findNextTab(this.$pcTabList.$refs.tabs.firstElementChild,!0)},findLastTab:function(){return this.findPrevTab(this.$pcTabList.$refs.tabs.lastElementChild,!0)},changeActiveValue:function(){this.$pcTabs.updateValue(this.value)},changeFocusedTab:function(e,t){kd(t),this.scrollInView(t)},scrollInView:function(e){var t;e==null||(t=e.scrollIntoView)==null||t.call(e,{block:`nearest`})}},computed:{active:function(){return nf(this.$pcTabs?.d_value,this.value)},id:function(){return`${this.$pcTabs?.$id}_tab_${this.value}`},ariaControls:function(){return`${this.$pcTabs?.$id}_tabpanel_${this.value}`},attrs:function(){return V(this.asAttrs,this.a11yAttrs,this.ptmi(`root`,this.ptParams))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{id:this.id,tabindex:this.active?this.$pcTabs.tabindex:-1,role:`tab`,"aria-selected":this.active,"aria-controls":this.ariaControls,"data-pc-name":`tab`,"data-p-disabled":this.disabled,"data-p-active":this.active,onFocus:this.onFocus,onKeydown:this.onKeydown}},ptParams:function(){return{context:{active:this.active}}},dataP:function(){return td({active:this.active})}},directives:{ripple:_h}},n_.render=t_}));function i_(e){return c_(e)||s_(e)||o_(e)||a_()}function a_(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function o_(e,t){if(e){if(typeof e==`string`)return l_(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?l_(e,t):void 0}}function s_(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function c_(e){if(Array.isArray(e))return l_(e)}function l_(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function u_(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),i_(t[0]||=[z(`path`,{d:`M9.61296 13C9.50997 13.0005 9.40792 12.9804 9.3128 12.9409C9.21767 12.9014 9.13139 12.8433 9.05902 12.7701L3.83313 7.54416C3.68634 7.39718 3.60388 7.19795 3.60388 6.99022C3.60388 6.78249 3.68634 6.58325 3.83313 6.43628L9.05902 1.21039C9.20762 1.07192 9.40416 0.996539 9.60724 1.00012C9.81032 1.00371 10.0041 1.08597 10.1477 1.22959C10.2913 1.37322 10.3736 1.56698 10.3772 1.77005C10.3808 1.97313 10.3054 2.16968 10.1669 2.31827L5.49496 6.99022L10.1669 11.6622C10.3137 11.8091 10.3962 12.0084 10.3962 12.2161C10.3962 12.4238 10.3137 12.6231 10.1669 12.7701C10.0945 12.8433 10.0083 12.9014 9.91313 12.9409C9.81801 12.9804 9.71596 13.0005 9.61296 13Z`,fill:`currentColor`},null,-1)]),16)}var d_,f_=t((()=>{Mm(),W(),d_={name:`ChevronLeftIcon`,extends:jm},d_.render=u_}));function p_(e){return __(e)||g_(e)||h_(e)||m_()}function m_(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function h_(e,t){if(e){if(typeof e==`string`)return v_(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?v_(e,t):void 0}}function g_(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function __(e){if(Array.isArray(e))return v_(e)}function v_(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function y_(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),p_(t[0]||=[z(`path`,{d:`M4.38708 13C4.28408 13.0005 4.18203 12.9804 4.08691 12.9409C3.99178 12.9014 3.9055 12.8433 3.83313 12.7701C3.68634 12.6231 3.60388 12.4238 3.60388 12.2161C3.60388 12.0084 3.68634 11.8091 3.83313 11.6622L8.50507 6.99022L3.83313 2.31827C3.69467 2.16968 3.61928 1.97313 3.62287 1.77005C3.62645 1.56698 3.70872 1.37322 3.85234 1.22959C3.99596 1.08597 4.18972 1.00371 4.3928 1.00012C4.59588 0.996539 4.79242 1.07192 4.94102 1.21039L10.1669 6.43628C10.3137 6.58325 10.3962 6.78249 10.3962 6.99022C10.3962 7.19795 10.3137 7.39718 10.1669 7.54416L4.94102 12.7701C4.86865 12.8433 4.78237 12.9014 4.68724 12.9409C4.59212 12.9804 4.49007 13.0005 4.38708 13Z`,fill:`currentColor`},null,-1)]),16)}var b_,x_=t((()=>{Mm(),W(),b_={name:`ChevronRightIcon`,extends:jm},b_.render=y_})),S_,C_=t((()=>{Gp(),S_=K.extend({name:`tablist`,classes:{root:`p-tablist`,content:`p-tablist-content p-tablist-viewport`,tabList:`p-tablist-tab-list`,activeBar:`p-tablist-active-bar`,prevButton:`p-tablist-prev-button p-tablist-nav-button`,nextButton:`p-tablist-next-button p-tablist-nav-button`}})}));function w_(e,t,n,r,i,a){var o=mi(`ripple`);return I(),L(`div`,V({ref:`list`,class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[a.showNavigators&&i.isPrevButtonEnabled?mr((I(),L(`button`,V({key:0,ref:`prevButton`,type:`button`,class:e.cx(`prevButton`),"aria-label":a.prevButtonAriaLabel,tabindex:a.$pcTabs.tabindex,onClick:t[0]||=function(){return a.onPrevButtonClick&&a.onPrevButtonClick.apply(a,arguments)}},e.ptm(`prevButton`),{"data-pc-group-section":`navigator`}),[(I(),R(pi(a.templates.previcon||`ChevronLeftIcon`),V({"aria-hidden":`true`},e.ptm(`prevIcon`)),null,16))],16,D_)),[[o]]):B(``,!0),z(`div`,V({ref:`content`,class:e.cx(`content`),onScroll:t[1]||=function(){return a.onScroll&&a.onScroll.apply(a,arguments)},"data-p":a.dataP},e.ptm(`content`)),[z(`div`,V({ref:`tabs`,class:e.cx(`tabList`),role:`tablist`,"aria-orientation":a.$pcTabs.orientation||`horizontal`},e.ptm(`tabList`)),[F(e.$slots,`default`),z(`span`,V({ref:`inkbar`,class:e.cx(`activeBar`),role:`presentation`,"aria-hidden":`true`},e.ptm(`activeBar`)),null,16)],16,k_)],16,O_),a.showNavigators&&i.isNextButtonEnabled?mr((I(),L(`button`,V({key:1,ref:`nextButton`,type:`button`,class:e.cx(`nextButton`),"aria-label":a.nextButtonAriaLabel,tabindex:a.$pcTabs.tabindex,onClick:t[2]||=function(){return a.onNextButtonClick&&a.onNextButtonClick.apply(a,arguments)}},e.ptm(`nextButton`),{"data-pc-group-section":`navigator`}),[(I(),R(pi(a.templates.nexticon||`ChevronRightIcon`),V({"aria-hidden":`true`},e.ptm(`nextIcon`)),null,16))],16,A_)),[[o]]):B(``,!0)],16,E_)}var T_,E_,D_,O_,k_,A_,j_=t((()=>{Pf(),qd(),f_(),x_(),vh(),lm(),C_(),W(),T_={name:`TabList`,extends:{name:`BaseTabList`,extends:cm,props:{},style:S_,provide:function(){return{$pcTabList:this,$parentInstance:this}}},inheritAttrs:!1,inject:[`$pcTabs`],data:function(){return{isPrevButtonEnabled:!1,isNextButtonEnabled:!0}},resizeObserver:void 0,inkBarObserver:void 0,watch:{showNavigators:function(e){e?this.bindResizeObserver():this.unbindResizeObserver()},activeValue:{flush:`post`,handler:function(){this.updateInkBar(),this.bindInkBarObserver()}}},mounted:function(){var e=this;setTimeout(function(){e.updateInkBar(),e.bindInkBarObserver()},150),this.showNavigators&&(this.updateButtonState(),this.bindResizeObserver())},updated:function(){this.showNavigators&&this.updateButtonState()},beforeUnmount:function(){this.unbindResizeObserver(),this.unbindInkBarObserver()},methods:{onScroll:function(e){this.showNavigators&&this.updateButtonState(),e.preventDefault()},onPrevButtonClick:function(){var e=this.$refs.content,t=this.getVisibleButtonWidths(),n=Bd(e)-t,r=Math.abs(e.scrollLeft)-n*.8,i=Math.max(r,0);e.scrollLeft=hd(e)?-1*i:i},onNextButtonClick:function(){var e=this.$refs.content,t=this.getVisibleButtonWidths(),n=Bd(e)-t,r=Math.abs(e.scrollLeft)+n*.8,i=e.scrollWidth-n,a=Math.min(r,i);e.scrollLeft=hd(e)?-1*a:a},bindResizeObserver:function(){var e=this;this.resizeObserver=new ResizeObserver(function(){return e.updateButtonState()}),this.resizeObserver.observe(this.$refs.list)},unbindResizeObserver:function(){var e;(e=this.resizeObserver)==null||e.unobserve(this.$refs.list),this.resizeObserver=void 0},bindInkBarObserver:function(){var e=this;this.unbindInkBarObserver();var t=this.$refs.content,n=Od(t,`[data-pc-name="tab"][data-p-active="true"]`);n&&(this.inkBarObserver=new ResizeObserver(function(){return e.updateInkBar()}),this.inkBarObserver.observe(n))},unbindInkBarObserver:function(){var e;(e=this.inkBarObserver)==null||e.disconnect(),this.inkBarObserver=void 0},updateInkBar:function(){var e=this.$refs,t=e.content,n=e.inkbar,r=e.tabs;if(n){var i=Od(t,`[data-pc-name="tab"][data-p-active="true"]`);this.$pcTabs.isVertical()?(n.style.height=Id(i)+`px`,n.style.top=Fd(i).top-Fd(r).top+`px`):(n.style.width=vd(i)+`px`,n.style.left=Fd(i).left-Fd(r).left+`px`)}},updateButtonState:function(){var e=this.$refs,t=e.list,n=e.content,r=n.scrollTop,i=n.scrollWidth,a=n.scrollHeight,o=n.offsetWidth,s=n.offsetHeight,c=Math.abs(n.scrollLeft),l=[Bd(n),Nd(n)],u=l[0],d=l[1];this.$pcTabs.isVertical()?(this.isPrevButtonEnabled=r!==0,this.isNextButtonEnabled=t.offsetHeight>=s&&parseInt(r)!==a-d):(this.isPrevButtonEnabled=c!==0,this.isNextButtonEnabled=t.offsetWidth>=o&&parseInt(c)!==i-u)},getVisibleButtonWidths:function(){var e=this.$refs,t=e.prevButton,n=e.nextButton,r=0;return this.showNavigators&&(r=(t?.offsetWidth||0)+(n?.offsetWidth||0)),r}},computed:{templates:function(){return this.$pcTabs.$slots},activeValue:function(){return this.$pcTabs.d_value},showNavigators:function(){return this.$pcTabs.showNavigators},prevButtonAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.previous:void 0},nextButtonAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.next:void 0},dataP:function(){return td({scrollable:this.$pcTabs.scrollable})}},components:{ChevronLeftIcon:d_,ChevronRightIcon:b_},directives:{ripple:_h}},E_=[`data-p`],D_=[`aria-label`,`tabindex`],O_=[`data-p`],k_=[`aria-orientation`],A_=[`aria-label`,`tabindex`],T_.render=w_})),M_,N_=t((()=>{Gp(),M_=K.extend({name:`tabpanel`,classes:{root:function(e){return[`p-tabpanel`,{"p-tabpanel-active":e.instance.active}]}}})}));function P_(e,t,n,r,i,a){var o,s;return a.$pcTabs?(I(),L(H,{key:1},[e.asChild?F(e.$slots,`default`,{key:1,class:f(e.cx(`root`)),active:a.active,a11yAttrs:a.a11yAttrs}):(I(),L(H,{key:0},[!((o=a.$pcTabs)!=null&&o.lazy)||a.active?mr((I(),R(pi(e.as),V({key:0,class:e.cx(`root`)},a.attrs),{default:P(function(){return[F(e.$slots,`default`)]}),_:3},16,[`class`])),[[iu,(s=a.$pcTabs)!=null&&s.lazy?!0:a.active]]):B(``,!0)],64))],64)):F(e.$slots,`default`,{key:0})}var F_,I_=t((()=>{Df(),W(),lm(),N_(),F_={name:`TabPanel`,extends:{name:`BaseTabPanel`,extends:cm,props:{value:{type:[String,Number],default:void 0},as:{type:[String,Object],default:`DIV`},asChild:{type:Boolean,default:!1},header:null,headerStyle:null,headerClass:null,headerProps:null,headerActionProps:null,contentStyle:null,contentClass:null,contentProps:null,disabled:Boolean},style:M_,provide:function(){return{$pcTabPanel:this,$parentInstance:this}}},inheritAttrs:!1,inject:[`$pcTabs`],computed:{active:function(){return nf(this.$pcTabs?.d_value,this.value)},id:function(){return`${this.$pcTabs?.$id}_tabpanel_${this.value}`},ariaLabelledby:function(){return`${this.$pcTabs?.$id}_tab_${this.value}`},attrs:function(){return V(this.a11yAttrs,this.ptmi(`root`,this.ptParams))},a11yAttrs:function(){return{id:this.id,tabindex:this.$pcTabs?.tabindex,role:`tabpanel`,"aria-labelledby":this.ariaLabelledby,"data-pc-name":`tabpanel`,"data-p-active":this.active}},ptParams:function(){return{context:{active:this.active}}}}},F_.render=P_})),L_,R_=t((()=>{Gp(),L_=K.extend({name:`tabpanels`,classes:{root:`p-tabpanels`}})}));function z_(e,t,n,r,i,a){return I(),L(`div`,V({class:e.cx(`root`),role:`presentation`},e.ptmi(`root`)),[F(e.$slots,`default`)],16)}var B_,V_=t((()=>{lm(),R_(),W(),B_={name:`TabPanels`,extends:{name:`BaseTabPanels`,extends:cm,props:{},style:L_,provide:function(){return{$pcTabPanels:this,$parentInstance:this}}},inheritAttrs:!1},B_.render=z_})),H_,U_=t((()=>{H_=`
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
`})),W_,G_=t((()=>{U_(),Gp(),W_=K.extend({name:`tabs`,style:H_,classes:{root:function(e){return[`p-tabs p-component`,{"p-tabs-scrollable":e.props.scrollable}]}}})}));function K_(e,t,n,r,i,a){return I(),L(`div`,V({class:e.cx(`root`)},e.ptmi(`root`)),[F(e.$slots,`default`)],16)}var q_,J_=t((()=>{lm(),G_(),W(),q_={name:`Tabs`,extends:{name:`BaseTabs`,extends:cm,props:{value:{type:[String,Number],default:void 0},lazy:{type:Boolean,default:!1},scrollable:{type:Boolean,default:!1},showNavigators:{type:Boolean,default:!0},tabindex:{type:Number,default:0},selectOnFocus:{type:Boolean,default:!1}},style:W_,provide:function(){return{$pcTabs:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:value`],data:function(){return{d_value:this.value}},watch:{value:function(e){this.d_value=e}},methods:{updateValue:function(e){this.d_value!==e&&(this.d_value=e,this.$emit(`update:value`,e))},isVertical:function(){return this.orientation===`vertical`}}},q_.render=K_})),Y_,X_=t((()=>{Yd(),Y_=Jd()})),Z_,Q_=t((()=>{Z_=`
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
`}));function $_(e){"@babel/helpers - typeof";return $_=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},$_(e)}function ev(e,t,n){return(t=tv(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function tv(e){var t=nv(e,`string`);return $_(t)==`symbol`?t:t+``}function nv(e,t){if($_(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if($_(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var rv,iv=t((()=>{Q_(),Gp(),rv=K.extend({name:`toast`,style:Z_,classes:{root:function(e){return[`p-toast p-component p-toast-`+e.props.position]},message:function(e){var t=e.props;return[`p-toast-message`,{"p-toast-message-info":t.message.severity===`info`||t.message.severity===void 0,"p-toast-message-warn":t.message.severity===`warn`,"p-toast-message-error":t.message.severity===`error`,"p-toast-message-success":t.message.severity===`success`,"p-toast-message-secondary":t.message.severity===`secondary`,"p-toast-message-contrast":t.message.severity===`contrast`}]},messageContent:`p-toast-message-content`,messageIcon:function(e){var t=e.props;return[`p-toast-message-icon`,ev(ev(ev(ev({},t.infoIcon,t.message.severity===`info`),t.warnIcon,t.message.severity===`warn`),t.errorIcon,t.message.severity===`error`),t.successIcon,t.message.severity===`success`)]},messageText:`p-toast-message-text`,summary:`p-toast-summary`,detail:`p-toast-detail`,closeButton:`p-toast-close-button`,closeIcon:`p-toast-close-icon`},inlineStyles:{root:function(e){var t=e.position;return{position:`fixed`,top:t===`top-right`||t===`top-left`||t===`top-center`?`20px`:t===`center`?`50%`:null,right:(t===`top-right`||t===`bottom-right`)&&`20px`,bottom:(t===`bottom-left`||t===`bottom-right`||t===`bottom-center`)&&`20px`,left:t===`top-left`||t===`bottom-left`?`20px`:t===`center`||t===`top-center`||t===`bottom-center`?`50%`:null}}}})}));function av(e){return lv(e)||cv(e)||sv(e)||ov()}function ov(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function sv(e,t){if(e){if(typeof e==`string`)return uv(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?uv(e,t):void 0}}function cv(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function lv(e){if(Array.isArray(e))return uv(e)}function uv(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function dv(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),av(t[0]||=[z(`path`,{d:`M4.86199 11.5948C4.78717 11.5923 4.71366 11.5745 4.64596 11.5426C4.57826 11.5107 4.51779 11.4652 4.46827 11.4091L0.753985 7.69483C0.683167 7.64891 0.623706 7.58751 0.580092 7.51525C0.536478 7.44299 0.509851 7.36177 0.502221 7.27771C0.49459 7.19366 0.506156 7.10897 0.536046 7.03004C0.565935 6.95111 0.613367 6.88 0.674759 6.82208C0.736151 6.76416 0.8099 6.72095 0.890436 6.69571C0.970973 6.67046 1.05619 6.66385 1.13966 6.67635C1.22313 6.68886 1.30266 6.72017 1.37226 6.76792C1.44186 6.81567 1.4997 6.8786 1.54141 6.95197L4.86199 10.2503L12.6397 2.49483C12.7444 2.42694 12.8689 2.39617 12.9932 2.40745C13.1174 2.41873 13.2343 2.47141 13.3251 2.55705C13.4159 2.64268 13.4753 2.75632 13.4938 2.87973C13.5123 3.00315 13.4888 3.1292 13.4271 3.23768L5.2557 11.4091C5.20618 11.4652 5.14571 11.5107 5.07801 11.5426C5.01031 11.5745 4.9368 11.5923 4.86199 11.5948Z`,fill:`currentColor`},null,-1)]),16)}var fv,pv=t((()=>{Mm(),W(),fv={name:`CheckIcon`,extends:jm},fv.render=dv}));function mv(e){return vv(e)||_v(e)||gv(e)||hv()}function hv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function gv(e,t){if(e){if(typeof e==`string`)return yv(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?yv(e,t):void 0}}function _v(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function vv(e){if(Array.isArray(e))return yv(e)}function yv(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function bv(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),mv(t[0]||=[z(`path`,{d:`M13.4018 13.1893H0.598161C0.49329 13.189 0.390283 13.1615 0.299143 13.1097C0.208003 13.0578 0.131826 12.9832 0.0780112 12.8932C0.0268539 12.8015 0 12.6982 0 12.5931C0 12.4881 0.0268539 12.3848 0.0780112 12.293L6.47985 1.08982C6.53679 1.00399 6.61408 0.933574 6.70484 0.884867C6.7956 0.836159 6.897 0.810669 7 0.810669C7.103 0.810669 7.2044 0.836159 7.29516 0.884867C7.38592 0.933574 7.46321 1.00399 7.52015 1.08982L13.922 12.293C13.9731 12.3848 14 12.4881 14 12.5931C14 12.6982 13.9731 12.8015 13.922 12.8932C13.8682 12.9832 13.792 13.0578 13.7009 13.1097C13.6097 13.1615 13.5067 13.189 13.4018 13.1893ZM1.63046 11.989H12.3695L7 2.59425L1.63046 11.989Z`,fill:`currentColor`},null,-1),z(`path`,{d:`M6.99996 8.78801C6.84143 8.78594 6.68997 8.72204 6.57787 8.60993C6.46576 8.49782 6.40186 8.34637 6.39979 8.18784V5.38703C6.39979 5.22786 6.46302 5.0752 6.57557 4.96265C6.68813 4.85009 6.84078 4.78686 6.99996 4.78686C7.15914 4.78686 7.31179 4.85009 7.42435 4.96265C7.5369 5.0752 7.60013 5.22786 7.60013 5.38703V8.18784C7.59806 8.34637 7.53416 8.49782 7.42205 8.60993C7.30995 8.72204 7.15849 8.78594 6.99996 8.78801Z`,fill:`currentColor`},null,-1),z(`path`,{d:`M6.99996 11.1887C6.84143 11.1866 6.68997 11.1227 6.57787 11.0106C6.46576 10.8985 6.40186 10.7471 6.39979 10.5885V10.1884C6.39979 10.0292 6.46302 9.87658 6.57557 9.76403C6.68813 9.65147 6.84078 9.58824 6.99996 9.58824C7.15914 9.58824 7.31179 9.65147 7.42435 9.76403C7.5369 9.87658 7.60013 10.0292 7.60013 10.1884V10.5885C7.59806 10.7471 7.53416 10.8985 7.42205 11.0106C7.30995 11.1227 7.15849 11.1866 6.99996 11.1887Z`,fill:`currentColor`},null,-1)]),16)}var xv,Sv=t((()=>{Mm(),W(),xv={name:`ExclamationTriangleIcon`,extends:jm},xv.render=bv}));function Cv(e){return Dv(e)||Ev(e)||Tv(e)||wv()}function wv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Tv(e,t){if(e){if(typeof e==`string`)return Ov(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ov(e,t):void 0}}function Ev(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Dv(e){if(Array.isArray(e))return Ov(e)}function Ov(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function kv(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Cv(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M3.11101 12.8203C4.26215 13.5895 5.61553 14 7 14C8.85652 14 10.637 13.2625 11.9497 11.9497C13.2625 10.637 14 8.85652 14 7C14 5.61553 13.5895 4.26215 12.8203 3.11101C12.0511 1.95987 10.9579 1.06266 9.67879 0.532846C8.3997 0.00303296 6.99224 -0.13559 5.63437 0.134506C4.2765 0.404603 3.02922 1.07129 2.05026 2.05026C1.07129 3.02922 0.404603 4.2765 0.134506 5.63437C-0.13559 6.99224 0.00303296 8.3997 0.532846 9.67879C1.06266 10.9579 1.95987 12.0511 3.11101 12.8203ZM3.75918 2.14976C4.71846 1.50879 5.84628 1.16667 7 1.16667C8.5471 1.16667 10.0308 1.78125 11.1248 2.87521C12.2188 3.96918 12.8333 5.45291 12.8333 7C12.8333 8.15373 12.4912 9.28154 11.8502 10.2408C11.2093 11.2001 10.2982 11.9478 9.23232 12.3893C8.16642 12.8308 6.99353 12.9463 5.86198 12.7212C4.73042 12.4962 3.69102 11.9406 2.87521 11.1248C2.05941 10.309 1.50384 9.26958 1.27876 8.13803C1.05367 7.00647 1.16919 5.83358 1.61071 4.76768C2.05222 3.70178 2.79989 2.79074 3.75918 2.14976ZM7.00002 4.8611C6.84594 4.85908 6.69873 4.79698 6.58977 4.68801C6.48081 4.57905 6.4187 4.43185 6.41669 4.27776V3.88888C6.41669 3.73417 6.47815 3.58579 6.58754 3.4764C6.69694 3.367 6.84531 3.30554 7.00002 3.30554C7.15473 3.30554 7.3031 3.367 7.4125 3.4764C7.52189 3.58579 7.58335 3.73417 7.58335 3.88888V4.27776C7.58134 4.43185 7.51923 4.57905 7.41027 4.68801C7.30131 4.79698 7.1541 4.85908 7.00002 4.8611ZM7.00002 10.6945C6.84594 10.6925 6.69873 10.6304 6.58977 10.5214C6.48081 10.4124 6.4187 10.2652 6.41669 10.1111V6.22225C6.41669 6.06754 6.47815 5.91917 6.58754 5.80977C6.69694 5.70037 6.84531 5.63892 7.00002 5.63892C7.15473 5.63892 7.3031 5.70037 7.4125 5.80977C7.52189 5.91917 7.58335 6.06754 7.58335 6.22225V10.1111C7.58134 10.2652 7.51923 10.4124 7.41027 10.5214C7.30131 10.6304 7.1541 10.6925 7.00002 10.6945Z`,fill:`currentColor`},null,-1)]),16)}var Av,jv=t((()=>{Mm(),W(),Av={name:`InfoCircleIcon`,extends:jm},Av.render=kv}));function Mv(e){return Iv(e)||Fv(e)||Pv(e)||Nv()}function Nv(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Pv(e,t){if(e){if(typeof e==`string`)return Lv(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Lv(e,t):void 0}}function Fv(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Iv(e){if(Array.isArray(e))return Lv(e)}function Lv(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Rv(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Mv(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14C5.61553 14 4.26215 13.5895 3.11101 12.8203C1.95987 12.0511 1.06266 10.9579 0.532846 9.67879C0.00303296 8.3997 -0.13559 6.99224 0.134506 5.63437C0.404603 4.2765 1.07129 3.02922 2.05026 2.05026C3.02922 1.07129 4.2765 0.404603 5.63437 0.134506C6.99224 -0.13559 8.3997 0.00303296 9.67879 0.532846C10.9579 1.06266 12.0511 1.95987 12.8203 3.11101C13.5895 4.26215 14 5.61553 14 7C14 8.85652 13.2625 10.637 11.9497 11.9497C10.637 13.2625 8.85652 14 7 14ZM7 1.16667C5.84628 1.16667 4.71846 1.50879 3.75918 2.14976C2.79989 2.79074 2.05222 3.70178 1.61071 4.76768C1.16919 5.83358 1.05367 7.00647 1.27876 8.13803C1.50384 9.26958 2.05941 10.309 2.87521 11.1248C3.69102 11.9406 4.73042 12.4962 5.86198 12.7212C6.99353 12.9463 8.16642 12.8308 9.23232 12.3893C10.2982 11.9478 11.2093 11.2001 11.8502 10.2408C12.4912 9.28154 12.8333 8.15373 12.8333 7C12.8333 5.45291 12.2188 3.96918 11.1248 2.87521C10.0308 1.78125 8.5471 1.16667 7 1.16667ZM4.66662 9.91668C4.58998 9.91704 4.51404 9.90209 4.44325 9.87271C4.37246 9.84333 4.30826 9.8001 4.2544 9.74557C4.14516 9.6362 4.0838 9.48793 4.0838 9.33335C4.0838 9.17876 4.14516 9.0305 4.2544 8.92113L6.17553 7L4.25443 5.07891C4.15139 4.96832 4.09529 4.82207 4.09796 4.67094C4.10063 4.51982 4.16185 4.37563 4.26872 4.26876C4.3756 4.16188 4.51979 4.10066 4.67091 4.09799C4.82204 4.09532 4.96829 4.15142 5.07887 4.25446L6.99997 6.17556L8.92106 4.25446C9.03164 4.15142 9.1779 4.09532 9.32903 4.09799C9.48015 4.10066 9.62434 4.16188 9.73121 4.26876C9.83809 4.37563 9.89931 4.51982 9.90198 4.67094C9.90464 4.82207 9.84855 4.96832 9.74551 5.07891L7.82441 7L9.74554 8.92113C9.85478 9.0305 9.91614 9.17876 9.91614 9.33335C9.91614 9.48793 9.85478 9.6362 9.74554 9.74557C9.69168 9.8001 9.62748 9.84333 9.55669 9.87271C9.4859 9.90209 9.40996 9.91704 9.33332 9.91668C9.25668 9.91704 9.18073 9.90209 9.10995 9.87271C9.03916 9.84333 8.97495 9.8001 8.9211 9.74557L6.99997 7.82444L5.07884 9.74557C5.02499 9.8001 4.96078 9.84333 4.88999 9.87271C4.81921 9.90209 4.74326 9.91704 4.66662 9.91668Z`,fill:`currentColor`},null,-1)]),16)}var zv,Bv=t((()=>{Mm(),W(),zv={name:`TimesCircleIcon`,extends:jm},zv.render=Rv}));function Vv(e){"@babel/helpers - typeof";return Vv=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Vv(e)}function Hv(e,t,n){return(t=Uv(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Uv(e){var t=Wv(e,`string`);return Vv(t)==`symbol`?t:t+``}function Wv(e,t){if(Vv(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Vv(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Gv(e){"@babel/helpers - typeof";return Gv=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Gv(e)}function Kv(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function qv(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Kv(Object(n),!0).forEach(function(t){Jv(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Kv(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Jv(e,t,n){return(t=Yv(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Yv(e){var t=Xv(e,`string`);return Gv(t)==`symbol`?t:t+``}function Xv(e,t){if(Gv(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Gv(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Zv(e,t,n,r,i,a){var o=mi(`ripple`);return I(),L(`div`,V({class:[e.cx(`message`),n.message.styleClass],role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`message`),{onClick:t[1]||=function(){return a.onMessageClick&&a.onMessageClick.apply(a,arguments)},onMouseenter:t[2]||=function(){return a.handleMouseEnter&&a.handleMouseEnter.apply(a,arguments)},onMouseleave:t[3]||=function(){return a.handleMouseLeave&&a.handleMouseLeave.apply(a,arguments)}}),[n.templates.container?(I(),R(pi(n.templates.container),{key:0,message:n.message,closeCallback:a.onCloseClick},null,8,[`message`,`closeCallback`])):(I(),L(`div`,V({key:1,class:[e.cx(`messageContent`),n.message.contentStyleClass]},e.ptm(`messageContent`)),[n.templates.message?(I(),R(pi(n.templates.message),{key:1,message:n.message},null,8,[`message`])):(I(),L(H,{key:0},[(I(),R(pi(n.templates.messageicon?n.templates.messageicon:n.templates.icon?n.templates.icon:a.iconComponent&&a.iconComponent.name?a.iconComponent:`span`),V({class:e.cx(`messageIcon`)},e.ptm(`messageIcon`)),null,16,[`class`])),z(`div`,V({class:e.cx(`messageText`),"data-p":a.dataP},e.ptm(`messageText`)),[z(`span`,V({class:e.cx(`summary`),"data-p":a.dataP},e.ptm(`summary`)),j(n.message.summary),17,yy),n.message.detail?(I(),L(`div`,V({key:0,class:e.cx(`detail`),"data-p":a.dataP},e.ptm(`detail`)),j(n.message.detail),17,by)):B(``,!0)],16,vy)],64)),n.message.closable===!1?B(``,!0):(I(),L(`div`,p(V({key:2},e.ptm(`buttonContainer`))),[mr((I(),L(`button`,V({class:e.cx(`closeButton`),type:`button`,"aria-label":a.closeAriaLabel,onClick:t[0]||=function(){return a.onCloseClick&&a.onCloseClick.apply(a,arguments)},autofocus:``,"data-p":a.dataP},qv(qv({},n.closeButtonProps),e.ptm(`closeButton`))),[(I(),R(pi(n.templates.closeicon||`TimesIcon`),V({class:[e.cx(`closeIcon`),n.closeIcon]},e.ptm(`closeIcon`)),null,16,[`class`]))],16,xy)),[[o]])],16))],16))],16,_y)}function Qv(e){"@babel/helpers - typeof";return Qv=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Qv(e)}function $v(e,t,n){return(t=ey(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ey(e){var t=ty(e,`string`);return Qv(t)==`symbol`?t:t+``}function ty(e,t){if(Qv(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Qv(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function ny(e){return oy(e)||ay(e)||iy(e)||ry()}function ry(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function iy(e,t){if(e){if(typeof e==`string`)return sy(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?sy(e,t):void 0}}function ay(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function oy(e){if(Array.isArray(e))return sy(e)}function sy(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function cy(e){"@babel/helpers - typeof";return cy=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},cy(e)}function ly(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function uy(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?ly(Object(n),!0).forEach(function(t){dy(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):ly(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function dy(e,t,n){return(t=fy(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function fy(e){var t=py(e,`string`);return cy(t)==`symbol`?t:t+``}function py(e,t){if(cy(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(cy(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function my(e,t,n,r,i,a){var o=fi(`ToastMessage`),s=fi(`Portal`);return I(),R(s,null,{default:P(function(){return[z(`div`,V({ref:`container`,class:e.cx(`root`),style:e.sx(`root`,!0,{position:e.position}),"data-p":a.dataP},e.ptmi(`root`)),[U(ku,V({name:`p-toast-message`,tag:`div`,onEnter:a.onEnter,onLeave:a.onLeave},uy({},e.ptm(`transition`))),{default:P(function(){return[(I(!0),L(H,null,_i(i.messages,function(n){return I(),R(o,{key:n.id,message:n,templates:e.$slots,closeIcon:e.closeIcon,infoIcon:e.infoIcon,warnIcon:e.warnIcon,errorIcon:e.errorIcon,successIcon:e.successIcon,closeButtonProps:e.closeButtonProps,onMouseEnter:e.onMouseEnter,onMouseLeave:e.onMouseLeave,onClick:e.onClick,unstyled:e.unstyled,onClose:t[0]||=function(e){return a.remove(e)},pt:e.pt},null,8,[`message`,`templates`,`closeIcon`,`infoIcon`,`warnIcon`,`errorIcon`,`successIcon`,`closeButtonProps`,`onMouseEnter`,`onMouseLeave`,`onClick`,`unstyled`,`pt`])}),128))]}),_:1},16,[`onEnter`,`onLeave`])],16,wy)]}),_:1})}var hy,gy,_y,vy,yy,by,xy,Sy,Cy,wy,Ty=t((()=>{Pf(),qd(),Df(),Nf(),Tg(),X_(),lm(),iv(),pv(),Sv(),jv(),qh(),Bv(),vh(),W(),hy={name:`BaseToast`,extends:cm,props:{group:{type:String,default:null},position:{type:String,default:`top-right`},autoZIndex:{type:Boolean,default:!0},baseZIndex:{type:Number,default:0},breakpoints:{type:Object,default:null},closeIcon:{type:String,default:void 0},infoIcon:{type:String,default:void 0},warnIcon:{type:String,default:void 0},errorIcon:{type:String,default:void 0},successIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},onMouseEnter:{type:Function,default:void 0},onMouseLeave:{type:Function,default:void 0},onClick:{type:Function,default:void 0}},style:rv,provide:function(){return{$pcToast:this,$parentInstance:this}}},gy={name:`ToastMessage`,hostName:`Toast`,extends:cm,emits:[`close`],closeTimeout:null,createdAt:null,lifeRemaining:null,props:{message:{type:null,default:null},templates:{type:Object,default:null},closeIcon:{type:String,default:null},infoIcon:{type:String,default:null},warnIcon:{type:String,default:null},errorIcon:{type:String,default:null},successIcon:{type:String,default:null},closeButtonProps:{type:null,default:null},onMouseEnter:{type:Function,default:void 0},onMouseLeave:{type:Function,default:void 0},onClick:{type:Function,default:void 0}},mounted:function(){this.message.life&&(this.lifeRemaining=this.message.life,this.startTimeout())},beforeUnmount:function(){this.clearCloseTimeout()},methods:{startTimeout:function(){var e=this;this.createdAt=(/* @__PURE__ */ new Date()).valueOf(),this.closeTimeout=setTimeout(function(){e.close({message:e.message,type:`life-end`})},this.lifeRemaining)},close:function(e){this.$emit(`close`,e)},onCloseClick:function(){this.clearCloseTimeout(),this.close({message:this.message,type:`close`})},clearCloseTimeout:function(){this.closeTimeout&&=(clearTimeout(this.closeTimeout),null)},onMessageClick:function(e){var t;(t=this.onClick)==null||t.call(this,{originalEvent:e,message:this.message})},handleMouseEnter:function(e){if(this.onMouseEnter){if(this.onMouseEnter({originalEvent:e,message:this.message}),e.defaultPrevented)return;this.message.life&&(this.lifeRemaining=this.createdAt+this.lifeRemaining-(/* @__PURE__ */ new Date()).valueOf(),this.createdAt=null,this.clearCloseTimeout())}},handleMouseLeave:function(e){if(this.onMouseLeave){if(this.onMouseLeave({originalEvent:e,message:this.message}),e.defaultPrevented)return;this.message.life&&this.startTimeout()}}},computed:{iconComponent:function(){return{info:!this.infoIcon&&Av,success:!this.successIcon&&fv,warn:!this.warnIcon&&xv,error:!this.errorIcon&&zv}[this.message.severity]},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return td(Hv({},this.message.severity,this.message.severity))}},components:{TimesIcon:Kh,InfoCircleIcon:Av,CheckIcon:fv,ExclamationTriangleIcon:xv,TimesCircleIcon:zv},directives:{ripple:_h}},_y=[`data-p`],vy=[`data-p`],yy=[`data-p`],by=[`data-p`],xy=[`aria-label`,`data-p`],gy.render=Zv,Sy=0,Cy={name:`Toast`,extends:hy,inheritAttrs:!1,emits:[`close`,`life-end`],data:function(){return{messages:[]}},styleElement:null,mounted:function(){Y_.on(`add`,this.onAdd),Y_.on(`remove`,this.onRemove),Y_.on(`remove-group`,this.onRemoveGroup),Y_.on(`remove-all-groups`,this.onRemoveAllGroups),this.breakpoints&&this.createStyle()},beforeUnmount:function(){this.destroyStyle(),this.$refs.container&&this.autoZIndex&&Mf.clear(this.$refs.container),Y_.off(`add`,this.onAdd),Y_.off(`remove`,this.onRemove),Y_.off(`remove-group`,this.onRemoveGroup),Y_.off(`remove-all-groups`,this.onRemoveAllGroups)},methods:{add:function(e){e.id??=Sy++,this.messages=[].concat(ny(this.messages),[e])},remove:function(e){var t=this.messages.findIndex(function(t){return t.id===e.message.id});t!==-1&&(this.messages.splice(t,1),this.$emit(e.type,{message:e.message}))},onAdd:function(e){this.group==e.group&&this.add(e)},onRemove:function(e){this.remove({message:e,type:`close`})},onRemoveGroup:function(e){this.group===e&&(this.messages=[])},onRemoveAllGroups:function(){var e=this;this.messages.forEach(function(t){return e.$emit(`close`,{message:t})}),this.messages=[]},onEnter:function(){this.autoZIndex&&Mf.set(`modal`,this.$refs.container,this.baseZIndex||this.$primevue.config.zIndex.modal)},onLeave:function(){var e=this;this.$refs.container&&this.autoZIndex&&Zd(this.messages)&&setTimeout(function(){Mf.clear(e.$refs.container)},200)},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,Kd(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints){var r=``;for(var i in this.breakpoints[n])r+=i+`:`+this.breakpoints[n][i]+`!important;`;t+=`
                        @media screen and (max-width: ${n}) {
                            .p-toast[${this.$attrSelector}] {
                                ${r}
                            }
                        }
                    `}this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)}},computed:{dataP:function(){return td($v({},this.position,this.position))}},components:{ToastMessage:gy,Portal:wg}},wy=[`data-p`],Cy.render=my}));function Ey(){var e=_r(Dy);if(!e)throw Error(`No PrimeVue Toast provided!`);return e}var Dy,Oy=t((()=>{W(),Dy=Symbol()}));function ky(e,t){typeof console<`u`&&(console.warn(`[intlify] `+e),t&&console.warn(t.stack))}function Ay(e){return e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/\//g,`&#x2F;`).replace(/=/g,`&#x3D;`)}function jy(e){return e.replace(/&(?![a-zA-Z0-9#]{2,6};)/g,`&amp;`).replace(/"/g,`&quot;`).replace(/'/g,`&apos;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`)}function My(e){return e=e.replace(/(\w+)\s*=\s*"([^"]*)"/g,(e,t,n)=>`${t}="${jy(n)}"`),e=e.replace(/(\w+)\s*=\s*'([^']*)'/g,(e,t,n)=>`${t}='${jy(n)}'`),/\s*on\w+\s*=\s*["']?[^"'>]+["']?/gi.test(e)&&(e=e.replace(/(\s+)(on)(\w+\s*=)/gi,`$1&#111;n$3`)),[/(\s+(?:href|src|action|formaction)\s*=\s*["']?)\s*javascript:/gi,/(style\s*=\s*["'][^"']*url\s*\(\s*)javascript:/gi].forEach(t=>{e=e.replace(t,`$1javascript&#58;`)}),e}function Ny(e,t){return Yy.call(e,t)}function Py(e,t=``){return e.reduce((e,n,r)=>r===0?e+n:e+t+n,``)}function Fy(e,t){if(rb(e)||rb(t))throw Error(`Invalid value`);let n=[{src:e,des:t}];for(;n.length;){let{src:e,des:t}=n.pop();Object.keys(e).forEach(r=>{r!==`__proto__`&&(Qy(e[r])&&!Qy(t[r])&&(t[r]=Array.isArray(e[r])?[]:Ky()),rb(t[r])||rb(e[r])?t[r]=e[r]:n.push({src:e[r],des:t[r]}))})}}var Iy,Ly,Ry,zy,By,Vy,Hy,Uy,Wy,Gy,Ky,qy,Jy,Yy,Xy,Zy,X,Z,Qy,$y,eb,tb,Q,nb,rb,ib=t((()=>{Iy=typeof window<`u`,Ly=(e,t=!1)=>t?Symbol.for(e):Symbol(e),Ry=(e,t,n)=>zy({l:e,k:t,s:n}),zy=e=>JSON.stringify(e).replace(/\u2028/g,`\\u2028`).replace(/\u2029/g,`\\u2029`).replace(/\u0027/g,`\\u0027`),By=e=>typeof e==`number`&&isFinite(e),Vy=e=>tb(e)===`[object Date]`,Hy=e=>tb(e)===`[object RegExp]`,Uy=e=>Q(e)&&Object.keys(e).length===0,Wy=Object.assign,Gy=Object.create,Ky=(e=null)=>Gy(e),Jy=()=>qy||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:Ky(),Yy=Object.prototype.hasOwnProperty,Xy=Array.isArray,Zy=e=>typeof e==`function`,X=e=>typeof e==`string`,Z=e=>typeof e==`boolean`,Qy=e=>typeof e==`object`&&!!e,$y=e=>Qy(e)&&Zy(e.then)&&Zy(e.catch),eb=Object.prototype.toString,tb=e=>eb.call(e),Q=e=>tb(e)===`[object Object]`,nb=e=>e==null?``:Xy(e)||Q(e)&&e.toString===eb?JSON.stringify(e,null,2):String(e),rb=e=>!Qy(e)||Xy(e)}));function ab(e,t,n){return{line:e,column:t,offset:n}}function ob(e,t,n){let r={start:e,end:t};return n!=null&&(r.source=n),r}function sb(e,t,n={}){let{domain:r,messages:i,args:a}=n,o=SyntaxError(String(e));return o.code=e,t&&(o.location=t),o.domain=r,o}function cb(e){throw e}function lb(e){let t=e,n=0,r=1,i=1,a=0,o=e=>t[e]===Ab&&t[e+1]===jb,s=e=>t[e]===jb,c=e=>t[e]===Nb,l=e=>t[e]===Mb,u=e=>o(e)||s(e)||c(e)||l(e),d=()=>n,f=()=>r,p=()=>i,m=()=>a,h=e=>o(e)||c(e)||l(e)?jb:t[e],g=()=>h(n),_=()=>h(n+a);function v(){return a=0,u(n)&&(r++,i=0),o(n)&&n++,n++,i++,t[n]}function y(){return o(n+a)&&a++,a++,t[n+a]}function b(){n=0,r=1,i=1,a=0}function x(e=0){a=e}function S(){let e=n+a;for(;e!==n;)v();a=0}return{index:d,line:f,column:p,peekOffset:m,charAt:h,currentChar:g,currentPeek:_,next:v,peek:y,reset:b,resetPeek:x,skipToPeek:S}}function ub(e,t={}){let n=t.location!==!1,r=lb(e),i=()=>r.index(),a=()=>ab(r.line(),r.column(),r.index()),o=a(),s=i(),c={currentType:13,offset:s,startLoc:o,endLoc:o,lastType:13,lastOffset:s,lastStartLoc:o,lastEndLoc:o,braceNest:0,inLinked:!1,text:``},l=()=>c,{onError:u}=t;function d(e,t,r,...i){let a=l();if(t.column+=r,t.offset+=r,u){let r=sb(e,n?ob(a.startLoc,t):null,{domain:Ib,args:i});u(r)}}function f(e,t,r){e.endLoc=a(),e.currentType=t;let i={type:t};return n&&(i.loc=ob(e.startLoc,e.endLoc)),r!=null&&(i.value=r),i}let p=e=>f(e,13);function m(e,t){return e.currentChar()===t?(e.next(),t):(d($.EXPECTED_TOKEN,a(),0,t),``)}function h(e){let t=``;for(;e.currentPeek()===kb||e.currentPeek()===jb;)t+=e.currentPeek(),e.peek();return t}function g(e){let t=h(e);return e.skipToPeek(),t}function _(e){if(e===Pb)return!1;let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t===95}function v(e){if(e===Pb)return!1;let t=e.charCodeAt(0);return t>=48&&t<=57}function y(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function b(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=v(e.currentPeek()===`-`?e.peek():e.currentPeek());return e.resetPeek(),r}function x(e,t){let{currentType:n}=t;if(n!==2)return!1;h(e);let r=e.currentPeek()===Fb;return e.resetPeek(),r}function S(e,t){let{currentType:n}=t;if(n!==7)return!1;h(e);let r=e.currentPeek()===`.`;return e.resetPeek(),r}function C(e,t){let{currentType:n}=t;if(n!==8)return!1;h(e);let r=_(e.currentPeek());return e.resetPeek(),r}function w(e,t){let{currentType:n}=t;if(n!==7&&n!==11)return!1;h(e);let r=e.currentPeek()===`:`;return e.resetPeek(),r}function ee(e,t){let{currentType:n}=t;if(n!==9)return!1;let r=()=>{let t=e.currentPeek();return t===`{`?_(e.peek()):t===`@`||t===`|`||t===`:`||t===`.`||t===kb||!t?!1:t===jb?(e.peek(),r()):T(e,!1)},i=r();return e.resetPeek(),i}function te(e){h(e);let t=e.currentPeek()===`|`;return e.resetPeek(),t}function T(e,t=!0){let n=(t=!1,r=``)=>{let i=e.currentPeek();return i===`{`||i===`@`||!i?t:i===`|`?r!==kb&&r!==jb:i===kb?(e.peek(),n(!0,kb)):i!==jb||(e.peek(),n(!0,jb))},r=n();return t&&e.resetPeek(),r}function E(e,t){let n=e.currentChar();if(n!==Pb)return t(n)?(e.next(),n):null}function ne(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36}function re(e){return E(e,ne)}function D(e){let t=e.charCodeAt(0);return t>=97&&t<=122||t>=65&&t<=90||t>=48&&t<=57||t===95||t===36||t===45}function O(e){return E(e,D)}function ie(e){let t=e.charCodeAt(0);return t>=48&&t<=57}function ae(e){return E(e,ie)}function oe(e){let t=e.charCodeAt(0);return t>=48&&t<=57||t>=65&&t<=70||t>=97&&t<=102}function se(e){return E(e,oe)}function k(e){let t=``,n=``;for(;t=ae(e);)n+=t;return n}function ce(e){let t=``;for(;;){let n=e.currentChar();if(n===`\\`){let r=e.peek();r===`{`||r===`}`||r===`@`||r===`|`||r===`\\`?(t+=n+r,e.next(),e.next()):(e.resetPeek(),t+=n,e.next())}else if(n===`{`||n===`}`||n===`@`||n===`|`||!n)break;else if(n===kb||n===jb){if(T(e))t+=n,e.next();else if(te(e))break;else t+=n,e.next()}else t+=n,e.next()}return t}function le(e){g(e);let t=``,n=``;for(;t=O(e);)n+=t;let r=e.currentChar();if(r&&r!==`}`&&r!==Pb&&r!==kb&&r!==jb&&r!==`　`){let t=he(e);return d($.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n+t),n+t}return e.currentChar()===Pb&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),n}function A(e){g(e);let t=``;return e.currentChar()===`-`?(e.next(),t+=`-${k(e)}`):t+=k(e),e.currentChar()===Pb&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),t}function ue(e){return e!==Fb&&e!==jb}function de(e){g(e),m(e,`'`);let t=``,n=``;for(;t=E(e,ue);)n+=t===`\\`?fe(e):t;let r=e.currentChar();return r===jb||r===Pb?(d($.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,a(),0),r===jb&&(e.next(),m(e,`'`)),n):(m(e,`'`),n)}function fe(e){let t=e.currentChar();switch(t){case`\\`:case`'`:return e.next(),`\\${t}`;case`u`:return pe(e,t,4);case`U`:return pe(e,t,6);default:return d($.UNKNOWN_ESCAPE_SEQUENCE,a(),0,t),``}}function pe(e,t,n){m(e,t);let r=``;for(let i=0;i<n;i++){let n=se(e);if(!n){d($.INVALID_UNICODE_ESCAPE_SEQUENCE,a(),0,`\\${t}${r}${e.currentChar()}`);break}r+=n}return`\\${t}${r}`}function me(e){return e!==`{`&&e!==`}`&&e!==kb&&e!==jb}function he(e){g(e);let t=``,n=``;for(;t=E(e,me);)n+=t;return n}function ge(e){let t=``,n=``;for(;t=re(e);)n+=t;return n}function _e(e){let t=n=>{let r=e.currentChar();return r===`{`||r===`@`||r===`|`||r===`(`||r===`)`||!r||r===kb?n:(n+=r,e.next(),t(n))};return t(``)}function ve(e){g(e);let t=m(e,`|`);return g(e),t}function ye(e,t){let n=null;switch(e.currentChar()){case`{`:return t.braceNest>=1&&d($.NOT_ALLOW_NEST_PLACEHOLDER,a(),0),e.next(),n=f(t,2,`{`),g(e),t.braceNest++,n;case`}`:return t.braceNest>0&&t.currentType===2&&d($.EMPTY_PLACEHOLDER,a(),0),e.next(),n=f(t,3,`}`),t.braceNest--,t.braceNest>0&&g(e),t.inLinked&&t.braceNest===0&&(t.inLinked=!1),n;case`@`:return t.braceNest>0&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),n=be(e,t)||p(t),t.braceNest=0,n;default:{let r=!0,i=!0,o=!0;if(te(e))return t.braceNest>0&&d($.UNTERMINATED_CLOSING_BRACE,a(),0),n=f(t,1,ve(e)),t.braceNest=0,t.inLinked=!1,n;if(t.braceNest>0&&(t.currentType===4||t.currentType===5||t.currentType===6))return d($.UNTERMINATED_CLOSING_BRACE,a(),0),t.braceNest=0,xe(e,t);if(r=y(e,t))return n=f(t,4,le(e)),g(e),n;if(i=b(e,t))return n=f(t,5,A(e)),g(e),n;if(o=x(e,t))return n=f(t,6,de(e)),g(e),n;if(!r&&!i&&!o)return n=f(t,12,he(e)),d($.INVALID_TOKEN_IN_PLACEHOLDER,a(),0,n.value),g(e),n;break}}return n}function be(e,t){let{currentType:n}=t,r=null,i=e.currentChar();switch(n!==7&&n!==8&&n!==11&&n!==9||i!==jb&&i!==kb||d($.INVALID_LINKED_FORMAT,a(),0),i){case`@`:return e.next(),r=f(t,7,`@`),t.inLinked=!0,r;case`.`:return g(e),e.next(),f(t,8,`.`);case`:`:return g(e),e.next(),f(t,9,`:`);default:return te(e)?(r=f(t,1,ve(e)),t.braceNest=0,t.inLinked=!1,r):S(e,t)||w(e,t)?(g(e),be(e,t)):C(e,t)?(g(e),f(t,11,ge(e))):ee(e,t)?(g(e),i===`{`?ye(e,t)||r:f(t,10,_e(e))):(n===7&&d($.INVALID_LINKED_FORMAT,a(),0),t.braceNest=0,t.inLinked=!1,xe(e,t))}}function xe(e,t){let n={type:13};if(t.braceNest>0)return ye(e,t)||p(t);if(t.inLinked)return be(e,t)||p(t);switch(e.currentChar()){case`{`:return ye(e,t)||p(t);case`}`:return d($.UNBALANCED_CLOSING_BRACE,a(),0),e.next(),f(t,3,`}`);case`@`:return be(e,t)||p(t);default:if(te(e))return n=f(t,1,ve(e)),t.braceNest=0,t.inLinked=!1,n;if(T(e))return f(t,0,ce(e))}return n}function Se(){let{currentType:e,offset:t,startLoc:n,endLoc:o}=c;return c.lastType=e,c.lastOffset=t,c.lastStartLoc=n,c.lastEndLoc=o,c.offset=i(),c.startLoc=a(),r.currentChar()===Pb?f(c,13):xe(r,c)}return{nextToken:Se,currentOffset:i,currentPosition:a,context:l}}function db(e,t){return t}function fb(e,t,n){switch(e){case`\\\\`:return`\\`;case`\\'`:return`'`;default:{let e=parseInt(t||n,16);return e<=55295||e>=57344?String.fromCodePoint(e):`�`}}}function pb(e={}){let t=e.location!==!1,{onError:n}=e;function r(e,r,i,a,...o){let s=e.currentPosition();if(s.offset+=a,s.column+=a,n){let e=sb(r,t?ob(i,s):null,{domain:Lb,args:o});n(e)}}function i(e,n,r){let i={type:e};return t&&(i.start=n,i.end=n,i.loc={start:r,end:r}),i}function a(e,n,r,i){t&&(e.end=n,e.loc&&(e.loc.end=r))}function o(e,t){let n=e.context(),r=i(3,n.offset,n.startLoc);return r.value=t.replace(zb,db),a(r,e.currentOffset(),e.currentPosition()),r}function s(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(5,n,r);return o.index=parseInt(t,10),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function c(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(4,n,r);return o.key=t,e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function l(e,t){let{lastOffset:n,lastStartLoc:r}=e.context(),o=i(9,n,r);return o.value=t.replace(Rb,fb),e.nextToken(),a(o,e.currentOffset(),e.currentPosition()),o}function u(e){let t=e.nextToken(),n=e.context(),{lastOffset:o,lastStartLoc:s}=n,c=i(8,o,s);return t.type===11?(t.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,n.lastStartLoc,0,mb(t)),c.value=t.value||``,a(c,e.currentOffset(),e.currentPosition()),{node:c}):(r(e,$.UNEXPECTED_EMPTY_LINKED_MODIFIER,n.lastStartLoc,0),c.value=``,a(c,o,s),{nextConsumeToken:t,node:c})}function d(e,t){let n=e.context(),r=i(7,n.offset,n.startLoc);return r.value=t,a(r,e.currentOffset(),e.currentPosition()),r}function f(e){let t=e.context(),n=i(6,t.offset,t.startLoc),o=e.nextToken();if(o.type===8){let t=u(e);n.modifier=t.node,o=t.nextConsumeToken||e.nextToken()}switch(o.type!==9&&r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(o)),o=e.nextToken(),o.type===2&&(o=e.nextToken()),o.type){case 10:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(o)),n.key=d(e,o.value||``);break;case 4:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(o)),n.key=c(e,o.value||``);break;case 5:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(o)),n.key=s(e,o.value||``);break;case 6:o.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(o)),n.key=l(e,o.value||``);break;default:{r(e,$.UNEXPECTED_EMPTY_LINKED_KEY,t.lastStartLoc,0);let s=e.context(),c=i(7,s.offset,s.startLoc);return c.value=``,a(c,s.offset,s.startLoc),n.key=c,a(n,s.offset,s.startLoc),{nextConsumeToken:o,node:n}}}return a(n,e.currentOffset(),e.currentPosition()),{node:n}}function p(e){let t=e.context(),n=i(2,t.currentType===1?e.currentOffset():t.offset,t.currentType===1?t.endLoc:t.startLoc);n.items=[];let u=null;do{let i=u||e.nextToken();switch(u=null,i.type){case 0:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(i)),n.items.push(o(e,i.value||``));break;case 5:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(i)),n.items.push(s(e,i.value||``));break;case 4:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(i)),n.items.push(c(e,i.value||``));break;case 6:i.value??r(e,$.UNEXPECTED_LEXICAL_ANALYSIS,t.lastStartLoc,0,mb(i)),n.items.push(l(e,i.value||``));break;case 7:{let t=f(e);n.items.push(t.node),u=t.nextConsumeToken||null;break}}}while(t.currentType!==13&&t.currentType!==1);return a(n,t.currentType===1?t.lastOffset:e.currentOffset(),t.currentType===1?t.lastEndLoc:e.currentPosition()),n}function m(e,t,n,o){let s=e.context(),c=o.items.length===0,l=i(1,t,n);l.cases=[],l.cases.push(o);do{let t=p(e);c||=t.items.length===0,l.cases.push(t)}while(s.currentType!==13);return c&&r(e,$.MUST_HAVE_MESSAGES_IN_PLURAL,n,0),a(l,e.currentOffset(),e.currentPosition()),l}function h(e){let t=e.context(),{offset:n,startLoc:r}=t,i=p(e);return t.currentType===13?i:m(e,n,r,i)}function g(n){let o=ub(n,Wy({},e)),s=o.context(),c=i(0,s.offset,s.startLoc);return t&&c.loc&&(c.loc.source=n),c.body=h(o),e.onCacheKey&&(c.cacheKey=e.onCacheKey(n)),s.currentType!==13&&r(o,$.UNEXPECTED_LEXICAL_ANALYSIS,s.lastStartLoc,0,n[s.offset]||``),a(c,o.currentOffset(),o.currentPosition()),c}return{parse:g}}function mb(e){if(e.type===13)return`EOF`;let t=(e.value||``).replace(/\r?\n/gu,`\\n`);return t.length>10?t.slice(0,9)+`…`:t}function hb(e,t={}){let n={ast:e,helpers:/* @__PURE__ */ new Set};return{context:()=>n,helper:e=>(n.helpers.add(e),e)}}function gb(e,t){for(let n=0;n<e.length;n++)_b(e[n],t)}function _b(e,t){switch(e.type){case 1:gb(e.cases,t),t.helper(`plural`);break;case 2:gb(e.items,t);break;case 6:_b(e.key,t),t.helper(`linked`),t.helper(`type`);break;case 5:t.helper(`interpolate`),t.helper(`list`);break;case 4:t.helper(`interpolate`),t.helper(`named`)}}function vb(e,t={}){let n=hb(e);n.helper(`normalize`),e.body&&_b(e.body,n);let r=n.context();e.helpers=Array.from(r.helpers)}function yb(e){let t=e.body;return t.type===2?bb(t):t.cases.forEach(e=>bb(e)),e}function bb(e){if(e.items.length===1){let t=e.items[0];(t.type===3||t.type===9)&&(e.static=t.value,delete t.value)}else{let t=[];for(let n=0;n<e.items.length;n++){let r=e.items[n];if(r.type!==3&&r.type!==9||r.value==null)break;t.push(r.value)}if(t.length===e.items.length){e.static=Py(t);for(let t=0;t<e.items.length;t++){let n=e.items[t];(n.type===3||n.type===9)&&delete n.value}}}}function xb(e){switch(e.t=e.type,e.type){case 0:{let t=e;xb(t.body),t.b=t.body,delete t.body;break}case 1:{let t=e,n=t.cases;for(let e=0;e<n.length;e++)xb(n[e]);t.c=n,delete t.cases;break}case 2:{let t=e,n=t.items;for(let e=0;e<n.length;e++)xb(n[e]);t.i=n,delete t.items,t.static&&(t.s=t.static,delete t.static);break}case 3:case 9:case 8:case 7:{let t=e;t.value&&(t.v=t.value,delete t.value);break}case 6:{let t=e;xb(t.key),t.k=t.key,delete t.key,t.modifier&&(xb(t.modifier),t.m=t.modifier,delete t.modifier);break}case 5:{let t=e;t.i=t.index,delete t.index;break}case 4:{let t=e;t.k=t.key,delete t.key;break}}delete e.type}function Sb(e,t){let{sourceMap:n,filename:r,breakLineCode:i,needIndent:a}=t,o=t.location!==!1,s={filename:r,code:``,column:1,line:1,offset:0,map:void 0,breakLineCode:i,needIndent:a,indentLevel:0};o&&e.loc&&(s.source=e.loc.source);let c=()=>s;function l(e,t){s.code+=e}function u(e,t=!0){let n=t?i:``;l(a?n+`  `.repeat(e):n)}function d(e=!0){let t=++s.indentLevel;e&&u(t)}function f(e=!0){let t=--s.indentLevel;e&&u(t)}function p(){u(s.indentLevel)}return{context:c,push:l,indent:d,deindent:f,newline:p,helper:e=>`_${e}`,needIndent:()=>s.needIndent}}function Cb(e,t){let{helper:n}=e;e.push(`${n(`linked`)}(`),Db(e,t.key),t.modifier?(e.push(`, `),Db(e,t.modifier),e.push(`, _type`)):e.push(`, undefined, _type`),e.push(`)`)}function wb(e,t){let{helper:n,needIndent:r}=e;e.push(`${n(`normalize`)}([`),e.indent(r());let i=t.items.length;for(let n=0;n<i&&(Db(e,t.items[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}function Tb(e,t){let{helper:n,needIndent:r}=e;if(t.cases.length>1){e.push(`${n(`plural`)}([`),e.indent(r());let i=t.cases.length;for(let n=0;n<i&&(Db(e,t.cases[n]),n!==i-1);n++)e.push(`, `);e.deindent(r()),e.push(`])`)}}function Eb(e,t){t.body?Db(e,t.body):e.push(`null`)}function Db(e,t){let{helper:n}=e;switch(t.type){case 0:Eb(e,t);break;case 1:Tb(e,t);break;case 2:wb(e,t);break;case 6:Cb(e,t);break;case 8:e.push(JSON.stringify(t.value),t);break;case 7:e.push(JSON.stringify(t.value),t);break;case 5:e.push(`${n(`interpolate`)}(${n(`list`)}(${t.index}))`,t);break;case 4:e.push(`${n(`interpolate`)}(${n(`named`)}(${JSON.stringify(t.key)}))`,t);break;case 9:e.push(JSON.stringify(t.value),t);break;case 3:e.push(JSON.stringify(t.value),t)}}function Ob(e,t={}){let n=Wy({},t),r=!!n.jit,i=!!n.minify,a=n.optimize==null||n.optimize,o=pb(n).parse(e);return r?(a&&yb(o),i&&xb(o),{ast:o,code:``}):(vb(o,n),Bb(o,n))}var $,kb,Ab,jb,Mb,Nb,Pb,Fb,Ib,Lb,Rb,zb,Bb,Vb=t((()=>{ib(),$={EXPECTED_TOKEN:1,INVALID_TOKEN_IN_PLACEHOLDER:2,UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER:3,UNKNOWN_ESCAPE_SEQUENCE:4,INVALID_UNICODE_ESCAPE_SEQUENCE:5,UNBALANCED_CLOSING_BRACE:6,UNTERMINATED_CLOSING_BRACE:7,EMPTY_PLACEHOLDER:8,NOT_ALLOW_NEST_PLACEHOLDER:9,INVALID_LINKED_FORMAT:10,MUST_HAVE_MESSAGES_IN_PLURAL:11,UNEXPECTED_EMPTY_LINKED_MODIFIER:12,UNEXPECTED_EMPTY_LINKED_KEY:13,UNEXPECTED_LEXICAL_ANALYSIS:14,UNHANDLED_CODEGEN_NODE_TYPE:15,UNHANDLED_MINIFIER_NODE_TYPE:16},$.EXPECTED_TOKEN,$.INVALID_TOKEN_IN_PLACEHOLDER,$.UNTERMINATED_SINGLE_QUOTE_IN_PLACEHOLDER,$.UNKNOWN_ESCAPE_SEQUENCE,$.INVALID_UNICODE_ESCAPE_SEQUENCE,$.UNBALANCED_CLOSING_BRACE,$.UNTERMINATED_CLOSING_BRACE,$.EMPTY_PLACEHOLDER,$.NOT_ALLOW_NEST_PLACEHOLDER,$.INVALID_LINKED_FORMAT,$.MUST_HAVE_MESSAGES_IN_PLURAL,$.UNEXPECTED_EMPTY_LINKED_MODIFIER,$.UNEXPECTED_EMPTY_LINKED_KEY,$.UNEXPECTED_LEXICAL_ANALYSIS,$.UNHANDLED_CODEGEN_NODE_TYPE,$.UNHANDLED_MINIFIER_NODE_TYPE,kb=` `,Ab=`\r`,jb=`
`,Mb=`\u2028`,Nb=`\u2029`,Pb=void 0,Fb=`'`,Ib=`tokenizer`,Lb=`parser`,Rb=/(?:\\\\|\\'|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{6}))/g,zb=/\\([\\@{}|])/g,Bb=(e,t={})=>{let n=X(t.mode)?t.mode:`normal`,r=X(t.filename)?t.filename:`message.intl`,i=!!t.sourceMap,a=t.breakLineCode==null?n===`arrow`?`;`:`
`:t.breakLineCode,o=t.needIndent?t.needIndent:n!==`arrow`,s=e.helpers||[],c=Sb(e,{mode:n,filename:r,sourceMap:i,breakLineCode:a,needIndent:o});c.push(n===`normal`?`function __msg__ (ctx) {`:`(ctx) => {`),c.indent(o),s.length>0&&(c.push(`const { ${Py(s.map(e=>`${e}: _${e}`),`, `)} } = ctx`),c.newline()),c.push(`return `),Db(c,e),c.deindent(o),c.push(`}`),delete e.helpers;let{code:l,map:u}=c.context();return{ast:e,code:l,map:u?u.toJSON():void 0}}}));function Hb(e){return Qy(e)&&qb(e)===0&&(Ny(e,`b`)||Ny(e,`body`))}function Ub(e){return Zb(e,Kx)}function Wb(e){return Zb(e,qx,[])}function Gb(e){return Zb(e,Jx)}function Kb(e){return Zb(e,Yx,[])}function qb(e){return Zb(e,Xx)}function Jb(e,t){let n=Zb(e,Zx);if(n!=null)return n;throw Qb(t)}function Yb(e){return Zb(e,Qx)}function Xb(e){let t=Zb(e,$x);if(t)return t;throw Qb(6)}function Zb(e,t,n){for(let n=0;n<t.length;n++){let r=t[n];if(Ny(e,r)&&e[r]!=null)return e[r]}return n}function Qb(e){return/* @__PURE__ */ Error(`unhandled node type: ${e}`)}function $b(e){return t=>ex(t,e)}function ex(e,t){let n=Ub(t);if(n==null)throw Qb(0);if(qb(n)===1){let t=Wb(n);return e.plural(t.reduce((t,n)=>[...t,tx(e,n)],[]))}return tx(e,n)}function tx(e,t){let n=Gb(t);if(n!=null)return e.type===`text`?n:e.normalize([n]);{let n=Kb(t).reduce((t,n)=>[...t,nx(e,n)],[]);return e.normalize(n)}}function nx(e,t){let n=qb(t);switch(n){case 3:return Jb(t,n);case 9:return Jb(t,n);case 4:{let r=t;if(Ny(r,`k`)&&r.k)return e.interpolate(e.named(r.k));if(Ny(r,`key`)&&r.key)return e.interpolate(e.named(r.key));throw Qb(n)}case 5:{let r=t;if(Ny(r,`i`)&&By(r.i))return e.interpolate(e.list(r.i));if(Ny(r,`index`)&&By(r.index))return e.interpolate(e.list(r.index));throw Qb(n)}case 6:{let n=t,r=Yb(n),i=Xb(n);return e.linked(nx(e,i),r?nx(e,r):void 0,e.type)}case 7:return Jb(t,n);case 8:return Jb(t,n);default:throw Error(`unhandled node on format message part: ${n}`)}}function rx(e,t={}){let n=!1,r=t.onError||cb;return t.onError=e=>{n=!0,r(e)},{...Ob(e,t),detectError:n}}/* #__NO_SIDE_EFFECTS__ */
function ix(e,t){if(X(e)){Z(t.warnHtmlMessage)&&t.warnHtmlMessage;let n=(t.onCacheKey||tS)(e),r=nS[n];if(r)return r;let{ast:i,detectError:a}=rx(e,{...t,location:!1,jit:!0}),o=$b(i);return a?o:nS[n]=o}{let t=e.cacheKey;return t?nS[t]||(nS[t]=$b(e)):$b(e)}}function ax(e){return sb(e,null,void 0)}function ox(e,t){return t.locale==null?sx(e.locale):sx(t.locale)}function sx(e){if(X(e))return e;if(Zy(e)){if(e.resolvedOnce&&iS!=null)return iS;if(e.constructor.name===`Function`){let t=e();if($y(t))throw ax(rS.NOT_SUPPORT_LOCALE_PROMISE_VALUE);return iS=t}throw ax(rS.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION)}throw ax(rS.NOT_SUPPORT_LOCALE_TYPE)}function cx(e,t,n){return[.../* @__PURE__ */ new Set([n,...Xy(t)?t:Qy(t)?Object.keys(t):X(t)?[t]:[n]])]}function lx(e,t,n){let r=X(n)?n:uS,i=e;i.__localeChainCache||=/* @__PURE__ */ new Map;let a=i.__localeChainCache.get(r);if(!a){a=[];let e=[n];for(;Xy(e);)e=ux(a,e,t);let o=Xy(t)||!Q(t)?t:t.default?t.default:null;e=X(o)?[o]:o,Xy(e)&&ux(a,e,!1),i.__localeChainCache.set(r,a)}return a}function ux(e,t,n){let r=!0;for(let i=0;i<t.length&&Z(r);i++){let a=t[i];X(a)&&(r=dx(e,t[i],n))}return r}function dx(e,t,n){let r,i=t.split(`-`);do r=fx(e,i.join(`-`),n),i.splice(-1,1);while(i.length&&r===!0);return r}function fx(e,t,n){let r=!1;if(!e.includes(t)&&(r=!0,t)){r=t[t.length-1]!==`!`;let i=t.replace(/!/g,``);e.push(i),(Xy(n)||Q(n))&&n[i]&&(r=n[i])}return r}function px(e){return oS.test(e)}function mx(e){let t=e.charCodeAt(0);return t===e.charCodeAt(e.length-1)&&(t===34||t===39)?e.slice(1,-1):e}function hx(e){if(e==null)return`o`;switch(e.charCodeAt(0)){case 91:case 93:case 46:case 34:case 39:return e;case 95:case 36:case 45:return`i`;case 9:case 10:case 13:case 160:case 65279:case 8232:case 8233:return`w`}return`i`}function gx(e){let t=e.trim();return e.charAt(0)===`0`&&isNaN(parseInt(e))?!1:px(t)?mx(t):`*`+t}function _x(e){let t=[],n=-1,r=0,i=0,a,o,s,c,l,u,d,f=[];f[0]=()=>{o===void 0?o=s:o+=s},f[1]=()=>{o!==void 0&&(t.push(o),o=void 0)},f[2]=()=>{f[0](),i++},f[3]=()=>{if(i>0)i--,r=4,f[0]();else{if(i=0,o===void 0||(o=gx(o),o===!1))return!1;f[1]()}};function p(){let t=e[n+1];if(r===5&&t===`'`||r===6&&t===`"`)return n++,s=`\\`+t,f[0](),!0}for(;r!==null;)if(n++,a=e[n],!(a===`\\`&&p())){if(c=hx(a),d=aS[r],l=d[c]||d.l||8,l===8||(r=l[0],l[1]!==void 0&&(u=f[l[1]],u&&(s=a,u()===!1))))return;if(r===7)return t}}function vx(e,t){return Qy(e)?e[t]:null}function yx(e,t){if(!Qy(e))return null;let n=sS.get(t);if(n||(n=_x(t),n&&sS.set(t,n)),!n)return null;let r=n.length,i=e,a=0;for(;a<r;){let e=n[a];if(eS.includes(e)&&Hb(i)||!Qy(i)||!Ny(i,e))return null;let t=i[e];if(t===void 0||Zy(i))return null;i=t,a++}return i}function bx(){return{upper:(e,t)=>t===`text`&&X(e)?e.toUpperCase():t===`vnode`&&Qy(e)&&`__v_isVNode`in e?e.children.toUpperCase():e,lower:(e,t)=>t===`text`&&X(e)?e.toLowerCase():t===`vnode`&&Qy(e)&&`__v_isVNode`in e?e.children.toLowerCase():e,capitalize:(e,t)=>t===`text`&&X(e)?dS(e):t===`vnode`&&Qy(e)&&`__v_isVNode`in e?dS(e.children):e}}function xx(e){fS=e}function Sx(e){pS=e}function Cx(e){mS=e}function wx(e={}){let t=Zy(e.onWarn)?e.onWarn:ky,n=X(e.version)?e.version:lS,r=X(e.locale)||Zy(e.locale)?e.locale:uS,i=Zy(r)?uS:r,a=Xy(e.fallbackLocale)||Q(e.fallbackLocale)||X(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:i,o=Q(e.messages)?e.messages:yS(i),s=Q(e.datetimeFormats)?e.datetimeFormats:yS(i),c=Q(e.numberFormats)?e.numberFormats:yS(i),l=Wy(Ky(),e.modifiers,bx()),u=e.pluralRules||Ky(),d=Zy(e.missing)?e.missing:null,f=Z(e.missingWarn)||Hy(e.missingWarn)?e.missingWarn:!0,p=Z(e.fallbackWarn)||Hy(e.fallbackWarn)?e.fallbackWarn:!0,m=!!e.fallbackFormat,h=!!e.unresolving,g=Zy(e.postTranslation)?e.postTranslation:null,_=Q(e.processor)?e.processor:null,v=!Z(e.warnHtmlMessage)||e.warnHtmlMessage,y=!!e.escapeParameter,b=Zy(e.messageCompiler)?e.messageCompiler:fS,x=Zy(e.messageResolver)?e.messageResolver:pS||vx,S=Zy(e.localeFallbacker)?e.localeFallbacker:mS||cx,C=Qy(e.fallbackContext)?e.fallbackContext:void 0,w=e,ee=Qy(w.__datetimeFormatters)?w.__datetimeFormatters:/* @__PURE__ */ new Map,te=Qy(w.__numberFormatters)?w.__numberFormatters:/* @__PURE__ */ new Map,T=Qy(w.__meta)?w.__meta:{};vS++;let E={version:n,cid:vS,locale:r,fallbackLocale:a,messages:o,modifiers:l,pluralRules:u,missing:d,missingWarn:f,fallbackWarn:p,fallbackFormat:m,unresolving:h,postTranslation:g,processor:_,warnHtmlMessage:v,escapeParameter:y,messageCompiler:b,messageResolver:x,localeFallbacker:S,fallbackContext:C,onWarn:t,__meta:T};return E.datetimeFormats=s,E.numberFormats=c,E.__datetimeFormatters=ee,E.__numberFormatters=te,E}function Tx(e,t,n,r,i){let{missing:a,onWarn:o}=e;if(a!==null){let r=a(e,n,t,i);return X(r)?r:t}return t}function Ex(e,t,n){let r=e;r.__localeChainCache=/* @__PURE__ */ new Map,e.localeFallbacker(e,n,t)}function Dx(e,t){return e!==t&&e.split(`-`)[0]===t.split(`-`)[0]}function Ox(e,t){let n=t.indexOf(e);if(n===-1)return!1;for(let r=n+1;r<t.length;r++)if(Dx(e,t[r]))return!0;return!1}function kx(e,...t){let{datetimeFormats:n,unresolving:r,fallbackLocale:i,onWarn:a,localeFallbacker:o}=e,{__datetimeFormatters:s}=e;if(!X(t[0])&&!Vy(t[0])&&!By(t[0]))return``;let[c,l,u,d]=Ax(...t),f=Z(u.missingWarn)?u.missingWarn:e.missingWarn;Z(u.fallbackWarn)?u.fallbackWarn:e.fallbackWarn;let p=!!u.part,m=ox(e,u),h=o(e,i,m);if(!X(c)||c===``)return new Intl.DateTimeFormat(m.replace(/!/g,``),d).format(l);let g={},_,v=null;for(let t=0;t<h.length&&(_=h[t],g=n[_]||{},v=g[c],!Q(v));t++)Tx(e,c,_,f,`datetime format`);if(!Q(v)||!X(_))return r?-1:c;let y=`${_}__${c}`;Uy(d)||(y=`${y}__${JSON.stringify(d)}`);let b=s.get(y);return b||(b=new Intl.DateTimeFormat(_,Wy({},v,d)),s.set(y,b)),p?b.formatToParts(l):b.format(l)}function Ax(...e){let[t,n,r,i]=e,a=Ky(),o=Ky(),s;if(X(t)){let e=t.match(/(\d{4}-\d{2}-\d{2})(T|\s)?(.*)/);if(!e)throw ax(rS.INVALID_ISO_DATE_ARGUMENT);let n=e[3]?e[3].trim().startsWith(`T`)?`${e[1].trim()}${e[3].trim()}`:`${e[1].trim()}T${e[3].trim()}`:e[1].trim();s=new Date(n);try{s.toISOString()}catch{throw ax(rS.INVALID_ISO_DATE_ARGUMENT)}}else if(Vy(t)){if(isNaN(t.getTime()))throw ax(rS.INVALID_DATE_ARGUMENT);s=t}else if(By(t))s=t;else throw ax(rS.INVALID_ARGUMENT);return X(n)?a.key=n:Q(n)&&Object.keys(n).forEach(e=>{xS.includes(e)?o[e]=n[e]:a[e]=n[e]}),X(r)?a.locale=r:Q(r)&&(o=r),Q(i)&&(o=i),[a.key||``,s,a,o]}function jx(e,t,n){let r=e;for(let e in n){let n=`${t}__${e}`;r.__datetimeFormatters.has(n)&&r.__datetimeFormatters.delete(n)}}function Mx(e,...t){let{numberFormats:n,unresolving:r,fallbackLocale:i,onWarn:a,localeFallbacker:o}=e,{__numberFormatters:s}=e;if(!By(t[0]))return``;let[c,l,u,d]=Nx(...t),f=Z(u.missingWarn)?u.missingWarn:e.missingWarn;Z(u.fallbackWarn)?u.fallbackWarn:e.fallbackWarn;let p=!!u.part,m=ox(e,u),h=o(e,i,m);if(!X(c)||c===``)return new Intl.NumberFormat(m.replace(/!/g,``),d).format(l);let g={},_,v=null;for(let t=0;t<h.length&&(_=h[t],g=n[_]||{},v=g[c],!Q(v));t++)Tx(e,c,_,f,`number format`);if(!Q(v)||!X(_))return r?-1:c;let y=`${_}__${c}`;Uy(d)||(y=`${y}__${JSON.stringify(d)}`);let b=s.get(y);return b||(b=new Intl.NumberFormat(_,Wy({},v,d)),s.set(y,b)),p?b.formatToParts(l):b.format(l)}function Nx(...e){let[t,n,r,i]=e,a=Ky(),o=Ky();if(!By(t))throw ax(rS.INVALID_ARGUMENT);let s=t;return X(n)?a.key=n:Q(n)&&Object.keys(n).forEach(e=>{SS.includes(e)?o[e]=n[e]:a[e]=n[e]}),X(r)?a.locale=r:Q(r)&&(o=r),Q(i)&&(o=i),[a.key||``,s,a,o]}function Px(e,t,n){let r=e;for(let e in n){let n=`${t}__${e}`;r.__numberFormatters.has(n)&&r.__numberFormatters.delete(n)}}function Fx(e,t){return e=Math.abs(e),t===2?e===1?0:1:Math.min(e,2)}function Ix(e){let t=By(e.pluralIndex)?e.pluralIndex:-1;return By(e.named?.count)?e.named.count:By(e.named?.n)?e.named.n:t}function Lx(e={}){let t=e.locale,n=Ix(e),r=X(t)&&Zy(e.pluralRules?.[t])?e.pluralRules[t]:Fx,i=r===Fx?void 0:Fx,a=e=>e[r(n,e.length,i)],o=e.list||[],s=e=>o[e],c=e.named||Ky();By(e.pluralIndex)&&(c.count||=e.pluralIndex,c.n||=e.pluralIndex);let l=e=>c[e];function u(t,n){return(Zy(e.messages)?e.messages(t,!!n):Qy(e.messages)?e.messages[t]:!1)||(e.parent?e.parent.message(t):wS)}let d=t=>e.modifiers?e.modifiers[t]:CS,f=Zy(e.processor?.normalize)?e.processor.normalize:ES,p=Zy(e.processor?.interpolate)?e.processor.interpolate:DS,m={list:s,named:l,plural:a,linked:(e,...t)=>{let[n,r]=t,i=`text`,a=``;t.length===1?Qy(n)?(a=n.modifier||a,i=n.type||i):X(n)&&(a=n||a):t.length===2&&(X(n)&&(a=n||a),X(r)&&(i=r||i));let o=u(e,!0)(m),s=o===``||o===void 0?e:o,c=i===`vnode`&&Xy(s)&&a?s[0]:s;return a?d(a)(c,i):c},message:u,type:X(e.processor?.type)?e.processor.type:TS,interpolate:p,normalize:f,values:Wy(Ky(),o,c)};return m}function Rx(e,...t){let{fallbackFormat:n,postTranslation:r,unresolving:i,messageCompiler:a,fallbackLocale:o,messages:s}=e,[c,l]=Ux(...t),u=Z(l.missingWarn)?l.missingWarn:e.missingWarn,d=Z(l.fallbackWarn)?l.fallbackWarn:e.fallbackWarn,f=Z(l.escapeParameter)?l.escapeParameter:e.escapeParameter,p=!!l.resolvedMessage,m=X(l.default)||Z(l.default)?Z(l.default)?a?c:()=>c:l.default:n?a?c:()=>c:null,h=n||m!=null&&(X(m)||Zy(m)),g=ox(e,l);f&&zx(l);let[_,v,y]=p?[c,g,s[g]||Ky()]:Bx(e,c,g,o,d,u),b=_,x=c;if(!p&&!(X(b)||Hb(b)||kS(b))&&h&&(b=m,x=b),!p&&(!(X(b)||Hb(b)||kS(b))||!X(v)))return i?-1:c;let S=!1,C=kS(b)?b:Vx(e,c,v,b,x,()=>{S=!0});if(S)return b;let w=Hx(e,C,Lx(Gx(e,v,y,l))),ee=r?r(w,c):w;return f&&X(ee)&&(ee=My(ee)),ee}function zx(e){Xy(e.list)?e.list=e.list.map(e=>X(e)?Ay(e):e):Qy(e.named)&&Object.keys(e.named).forEach(t=>{X(e.named[t])&&(e.named[t]=Ay(e.named[t]))})}function Bx(e,t,n,r,i,a){let{messages:o,onWarn:s,messageResolver:c,localeFallbacker:l}=e,u=l(e,r,n),d=Ky(),f,p=null;for(let n=0;n<u.length&&(f=u[n],d=o[f]||Ky(),(p=c(d,t))===null&&(p=d[t]),!(X(p)||Hb(p)||kS(p)));n++)if(!Ox(f,u)){let n=Tx(e,t,f,a,`translate`);n!==t&&(p=n)}return[p,f,d]}function Vx(e,t,n,r,i,a){let{messageCompiler:o,warnHtmlMessage:s}=e;if(kS(r)){let e=r;return e.locale=e.locale||n,e.key=e.key||t,e}if(o==null){let e=(()=>r);return e.locale=n,e.key=t,e}let c=o(r,Wx(e,n,i,r,s,a));return c.locale=n,c.key=t,c.source=r,c}function Hx(e,t,n){return t(n)}function Ux(...e){let[t,n,r]=e,i=Ky();if(!X(t)&&!By(t)&&!kS(t)&&!Hb(t))throw ax(rS.INVALID_ARGUMENT);let a=By(t)?String(t):(kS(t),t);return By(n)?i.plural=n:X(n)?i.default=n:Q(n)&&!Uy(n)?i.named=n:Xy(n)&&(i.list=n),By(r)?i.plural=r:X(r)?i.default=r:Q(r)&&Wy(i,r),[a,i]}function Wx(e,t,n,r,i,a){return{locale:t,key:n,warnHtmlMessage:i,onError:e=>{throw a&&a(e),e},onCacheKey:e=>Ry(t,n,e)}}function Gx(e,t,n,r){let{modifiers:i,pluralRules:a,messageResolver:o,fallbackLocale:s,fallbackWarn:c,missingWarn:l,fallbackContext:u}=e,d={locale:t,modifiers:i,pluralRules:a,messages:(r,i)=>{let a=o(n,r);if(a==null&&(u||i)){let[n,,i]=Bx(u||e,r,t,s,c,l);a=n??o(i,r)}if(X(a)||Hb(a)){let n=!1,i=Vx(e,r,t,a,r,()=>{n=!0});return n?OS:i}return kS(a)?a:OS}};return e.processor&&(d.processor=e.processor),r.list&&(d.list=r.list),r.named&&(d.named=r.named),By(r.plural)&&(d.pluralIndex=r.plural),d}var Kx,qx,Jx,Yx,Xx,Zx,Qx,$x,eS,tS,nS,rS,iS,aS,oS,sS,cS,lS,uS,dS,fS,pS,mS,hS,gS,_S,vS,yS,bS,xS,SS,CS,wS,TS,ES,DS,OS,kS,AS=t((()=>{ib(),Vb(),Kx=[`b`,`body`],qx=[`c`,`cases`],Jx=[`s`,`static`],Yx=[`i`,`items`],Xx=[`t`,`type`],Zx=[`v`,`value`],Qx=[`m`,`modifier`],$x=[`k`,`key`],eS=[...Kx,...qx,...Jx,...Yx,...$x,...Qx,...Zx,...Xx],tS=e=>e,nS=Ky(),rS={INVALID_ARGUMENT:17,INVALID_DATE_ARGUMENT:18,INVALID_ISO_DATE_ARGUMENT:19,NOT_SUPPORT_NON_STRING_MESSAGE:20,NOT_SUPPORT_LOCALE_PROMISE_VALUE:21,NOT_SUPPORT_LOCALE_ASYNC_FUNCTION:22,NOT_SUPPORT_LOCALE_TYPE:23},rS.INVALID_ARGUMENT,rS.INVALID_DATE_ARGUMENT,rS.INVALID_ISO_DATE_ARGUMENT,rS.NOT_SUPPORT_NON_STRING_MESSAGE,rS.NOT_SUPPORT_LOCALE_PROMISE_VALUE,rS.NOT_SUPPORT_LOCALE_ASYNC_FUNCTION,rS.NOT_SUPPORT_LOCALE_TYPE,aS=[],aS[0]={w:[0],i:[3,0],"[":[4],o:[7]},aS[1]={w:[1],".":[2],"[":[4],o:[7]},aS[2]={w:[2],i:[3,0],0:[3,0]},aS[3]={i:[3,0],0:[3,0],w:[1,1],".":[2,1],"[":[4,1],o:[7,1]},aS[4]={"'":[5,0],'"':[6,0],"[":[4,2],"]":[1,3],o:8,l:[4,0]},aS[5]={"'":[4,0],o:8,l:[5,0]},aS[6]={'"':[4,0],o:8,l:[6,0]},oS=/^\s?(?:true|false|-?[\d.]+|'[^']*'|"[^"]*")\s?$/,sS=/* @__PURE__ */ new Map,cS={NOT_FOUND_KEY:1,FALLBACK_TO_TRANSLATE:2,CANNOT_FORMAT_NUMBER:3,FALLBACK_TO_NUMBER_FORMAT:4,CANNOT_FORMAT_DATE:5,FALLBACK_TO_DATE_FORMAT:6,EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER:7,INVALID_NUMBER_ARGUMENT:8,INVALID_DATE_ARGUMENT:9},cS.NOT_FOUND_KEY,cS.FALLBACK_TO_TRANSLATE,cS.CANNOT_FORMAT_NUMBER,cS.FALLBACK_TO_NUMBER_FORMAT,cS.CANNOT_FORMAT_DATE,cS.FALLBACK_TO_DATE_FORMAT,cS.EXPERIMENTAL_CUSTOM_MESSAGE_COMPILER,cS.INVALID_NUMBER_ARGUMENT,cS.INVALID_DATE_ARGUMENT,lS=`11.4.2`,uS=`en-US`,dS=e=>`${e.charAt(0).toLocaleUpperCase()}${e.substr(1)}`,hS=null,gS=e=>{hS=e},_S=()=>hS,vS=0,yS=e=>({[e]:Ky()}),bS=typeof Intl<`u`,bS&&Intl.DateTimeFormat,bS&&Intl.NumberFormat,xS=[`localeMatcher`,`weekday`,`era`,`year`,`month`,`day`,`hour`,`minute`,`second`,`timeZoneName`,`formatMatcher`,`hour12`,`timeZone`,`dateStyle`,`timeStyle`,`calendar`,`dayPeriod`,`numberingSystem`,`hourCycle`,`fractionalSecondDigits`],SS=[`localeMatcher`,`style`,`currency`,`currencyDisplay`,`currencySign`,`useGrouping`,`minimumIntegerDigits`,`minimumFractionDigits`,`maximumFractionDigits`,`minimumSignificantDigits`,`maximumSignificantDigits`,`compactDisplay`,`notation`,`signDisplay`,`unit`,`unitDisplay`,`roundingMode`,`roundingPriority`,`roundingIncrement`,`trailingZeroDisplay`],CS=e=>e,wS=e=>``,TS=`text`,ES=e=>e.length===0?``:Py(e),DS=nb,OS=()=>``,kS=e=>Zy(e)}));function jS(){typeof __VUE_I18N_FULL_INSTALL__!=`boolean`&&(Jy().__VUE_I18N_FULL_INSTALL__=!0),typeof __VUE_I18N_LEGACY_API__!=`boolean`&&(Jy().__VUE_I18N_LEGACY_API__=!0)}function MS(e,...t){return sb(e,null,void 0)}function NS(e){if(!Qy(e)||Hb(e))return e;for(let t in e)if(Ny(e,t)){if(!t.includes(`.`))Qy(e[t])&&NS(e[t]);else{let n=t.split(`.`),r=n.length-1,i=e,a=!1;for(let e=0;e<r;e++){if(n[e]===`__proto__`)throw Error(`unsafe key: ${n[e]}`);if(n[e]in i||(i[n[e]]=Ky()),!Qy(i[n[e]])){a=!0;break}i=i[n[e]]}if(a||(Hb(i)?eS.includes(n[r])||delete e[t]:(i[n[r]]=e[t],delete e[t])),!Hb(i)){let e=i[n[r]];Qy(e)&&NS(e)}}}return e}function PS(e,t){let{messages:n,__i18n:r,messageResolver:i,flatJson:a}=t,o=Q(n)?n:Xy(r)?Ky():{[e]:Ky()};if(Xy(r)&&r.forEach(e=>{if(`locale`in e&&`resource`in e){let{locale:t,resource:n}=e;t?(o[t]=o[t]||Ky(),Fy(n,o[t])):Fy(n,o)}else X(e)&&Fy(JSON.parse(e),o)}),i==null&&a)for(let e in o)Ny(o,e)&&NS(o[e]);return o}function FS(e){return e.type}function IS(e,t,n){let r=Qy(t.messages)?t.messages:Ky();`__i18nGlobal`in n&&(r=PS(e.locale.value,{messages:r,__i18n:n.__i18nGlobal}));let i=Object.keys(r);if(i.length&&i.forEach(t=>{e.mergeLocaleMessage(t,r[t])}),Qy(t.datetimeFormats)){let n=Object.keys(t.datetimeFormats);n.length&&n.forEach(n=>{e.mergeDateTimeFormat(n,t.datetimeFormats[n])})}if(Qy(t.numberFormats)){let n=Object.keys(t.numberFormats);n.length&&n.forEach(n=>{e.mergeNumberFormat(n,t.numberFormats[n])})}}function LS(e){return U(ic,null,e,0)}function RS(){let e=`currentInstance`;return e in $u?$u[e]:hc()}function zS(e){return((t,n,r,i)=>e(n,r,RS()||void 0,i))}function BS(e={}){let{__root:t,__injectWithOption:n}=e,r=t===void 0,i=e.flatJson,a=Iy?Pt:Ft,o=!Z(e.inheritLocale)||e.inheritLocale,s=a(t&&o?t.locale.value:X(e.locale)?e.locale:uS),c=a(t&&o?t.fallbackLocale.value:X(e.fallbackLocale)||Xy(e.fallbackLocale)||Q(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:s.value),l=a(PS(s.value,e)),u=a(Q(e.datetimeFormats)?e.datetimeFormats:{[s.value]:{}}),d=a(Q(e.numberFormats)?e.numberFormats:{[s.value]:{}}),f=t?t.missingWarn:Z(e.missingWarn)||Hy(e.missingWarn)?e.missingWarn:!0,p=t?t.fallbackWarn:Z(e.fallbackWarn)||Hy(e.fallbackWarn)?e.fallbackWarn:!0,m=t?t.fallbackRoot:!Z(e.fallbackRoot)||e.fallbackRoot,h=!!e.fallbackFormat,g=Zy(e.missing)?e.missing:null,_=Zy(e.missing)?zS(e.missing):null,v=Zy(e.postTranslation)?e.postTranslation:null,y=t?t.warnHtmlMessage:!Z(e.warnHtmlMessage)||e.warnHtmlMessage,b=!!e.escapeParameter,x=t?t.modifiers:Q(e.modifiers)?e.modifiers:{},S=e.pluralRules||t&&t.pluralRules,C;C=(()=>{r&&gS(null);let t={version:uC,locale:s.value,fallbackLocale:c.value,messages:l.value,modifiers:x,pluralRules:S,missing:_===null?void 0:_,missingWarn:f,fallbackWarn:p,fallbackFormat:h,unresolving:!0,postTranslation:v===null?void 0:v,warnHtmlMessage:y,escapeParameter:b,messageResolver:e.messageResolver,messageCompiler:e.messageCompiler,__meta:{framework:`vue`}};t.datetimeFormats=u.value,t.numberFormats=d.value,t.__datetimeFormatters=Q(C)?C.__datetimeFormatters:void 0,t.__numberFormatters=Q(C)?C.__numberFormatters:void 0;let n=wx(t);return r&&gS(n),n})(),Ex(C,s.value,c.value);function w(){return[s.value,c.value,l.value,u.value,d.value]}let ee=Ec({get:()=>s.value,set:e=>{C.locale=e,s.value=e}}),te=Ec({get:()=>c.value,set:e=>{C.fallbackLocale=e,c.value=e,Ex(C,s.value,e)}}),T=Ec(()=>l.value),E=/* #__PURE__*/ Ec(()=>u.value),ne=/* #__PURE__*/ Ec(()=>d.value);function re(){return Zy(v)?v:null}function D(e){v=e,C.postTranslation=e}function O(){return g}function ie(e){e!==null&&(_=zS(e)),g=e,C.missing=_}let ae=(e,n,i,a,o,s)=>{w();let c;try{r||(C.fallbackContext=t?_S():void 0),c=e(C)}finally{r||(C.fallbackContext=void 0)}if(i!==`translate exists`&&By(c)&&c===-1||i===`translate exists`&&!c){let[e,r]=n();return t&&m?a(t):o(e)}if(s(c))return c;
/* istanbul ignore next */
throw MS(dC.UNEXPECTED_RETURN_TYPE)};function oe(...e){return ae(t=>Reflect.apply(Rx,null,[t,...e]),()=>Ux(...e),`translate`,t=>Reflect.apply(t.t,t,[...e]),e=>e,e=>X(e))}function se(...e){let[t,n,r]=e;if(r&&!Qy(r))throw MS(dC.INVALID_ARGUMENT);return oe(t,n,Wy({resolvedMessage:!0},r||{}))}function k(...e){return ae(t=>Reflect.apply(kx,null,[t,...e]),()=>Ax(...e),`datetime format`,t=>Reflect.apply(t.d,t,[...e]),()=>``,e=>X(e)||Xy(e))}function ce(...e){return ae(t=>Reflect.apply(Mx,null,[t,...e]),()=>Nx(...e),`number format`,t=>Reflect.apply(t.n,t,[...e]),()=>``,e=>X(e)||Xy(e))}function le(e){return e.map(e=>X(e)||By(e)||Z(e)?LS(String(e)):e)}let A={normalize:le,interpolate:e=>e,type:`vnode`};function ue(...e){return ae(t=>{let n,r=t;try{r.processor=A,n=Reflect.apply(Rx,null,[r,...e])}finally{r.processor=null}return n},()=>Ux(...e),`translate`,t=>t[fC](...e),e=>[LS(e)],e=>Xy(e))}function de(...e){return ae(t=>Reflect.apply(Mx,null,[t,...e]),()=>Nx(...e),`number format`,t=>t[mC](...e),yC,e=>X(e)||Xy(e))}function fe(...e){return ae(t=>Reflect.apply(kx,null,[t,...e]),()=>Ax(...e),`datetime format`,t=>t[pC](...e),yC,e=>X(e)||Xy(e))}function pe(e){S=e,C.pluralRules=S}function me(e,t){return ae(()=>{if(!e)return!1;let n=X(t)?t:s.value,r=X(t)?[n]:lx(C,c.value,n);for(let t=0;t<r.length;t++){let n=_e(r[t]),i=C.messageResolver(n,e);if(i===null&&(i=n[e]),Hb(i)||kS(i)||X(i))return!0}return!1},()=>[e],`translate exists`,n=>Reflect.apply(n.te,n,[e,t]),bC,e=>Z(e))}function he(e){let t=null,n=lx(C,c.value,s.value);for(let r=0;r<n.length;r++){let i=l.value[n[r]]||{},a=C.messageResolver(i,e);if(a!=null){t=a;break}}return t}function ge(e){return he(e)??(t&&t.tm(e)||{})}function _e(e){return l.value[e]||{}}function ve(e,t){if(i){let n={[e]:t};for(let e in n)Ny(n,e)&&NS(n[e]);t=n[e]}l.value[e]=t,C.messages=l.value}function ye(e,t){l.value[e]=l.value[e]||{};let n={[e]:t};if(i)for(let e in n)Ny(n,e)&&NS(n[e]);t=n[e],Fy(t,l.value[e]),C.messages=l.value}function be(e){return u.value[e]||{}}function xe(e,t){u.value[e]=t,C.datetimeFormats=u.value,jx(C,e,t)}function Se(e,t){u.value[e]=Wy(u.value[e]||{},t),C.datetimeFormats=u.value,jx(C,e,t)}function Ce(e){return d.value[e]||{}}function we(e,t){d.value[e]=t,C.numberFormats=d.value,Px(C,e,t)}function Te(e,t){d.value[e]=Wy(d.value[e]||{},t),C.numberFormats=d.value,Px(C,e,t)}xC++,t&&Iy&&(Sr(t.locale,e=>{o&&(s.value=e,C.locale=e,Ex(C,s.value,c.value))}),Sr(t.fallbackLocale,e=>{o&&(c.value=e,C.fallbackLocale=e,Ex(C,s.value,c.value))}));let Ee={id:xC,locale:ee,fallbackLocale:te,get inheritLocale(){return o},set inheritLocale(e){o=e,e&&t&&(s.value=t.locale.value,c.value=t.fallbackLocale.value,Ex(C,s.value,c.value))},get availableLocales(){return Object.keys(l.value).sort()},messages:T,get modifiers(){return x},get pluralRules(){return S||{}},get isGlobal(){return r},get missingWarn(){return f},set missingWarn(e){f=e,C.missingWarn=f},get fallbackWarn(){return p},set fallbackWarn(e){p=e,C.fallbackWarn=p},get fallbackRoot(){return m},set fallbackRoot(e){m=e},get fallbackFormat(){return h},set fallbackFormat(e){h=e,C.fallbackFormat=h},get warnHtmlMessage(){return y},set warnHtmlMessage(e){y=e,C.warnHtmlMessage=e},get escapeParameter(){return b},set escapeParameter(e){b=e,C.escapeParameter=e},t:oe,getLocaleMessage:_e,setLocaleMessage:ve,mergeLocaleMessage:ye,getPostTranslationHandler:re,setPostTranslationHandler:D,getMissingHandler:O,setMissingHandler:ie,[hC]:pe};return Ee.datetimeFormats=E,Ee.numberFormats=ne,Ee.rt=se,Ee.te=me,Ee.tm=ge,Ee.d=k,Ee.n=ce,Ee.getDateTimeFormat=be,Ee.setDateTimeFormat=xe,Ee.mergeDateTimeFormat=Se,Ee.getNumberFormat=Ce,Ee.setNumberFormat=we,Ee.mergeNumberFormat=Te,Ee[gC]=n,Ee[fC]=ue,Ee[pC]=fe,Ee[mC]=de,Ee}function VS(e){let t=X(e.locale)?e.locale:uS,n=X(e.fallbackLocale)||Xy(e.fallbackLocale)||Q(e.fallbackLocale)||e.fallbackLocale===!1?e.fallbackLocale:t,r=Zy(e.missing)?e.missing:void 0,i=Z(e.silentTranslationWarn)||Hy(e.silentTranslationWarn)?!e.silentTranslationWarn:!0,a=Z(e.silentFallbackWarn)||Hy(e.silentFallbackWarn)?!e.silentFallbackWarn:!0,o=!Z(e.fallbackRoot)||e.fallbackRoot,s=!!e.formatFallbackMessages,c=Q(e.modifiers)?e.modifiers:{},l=e.pluralizationRules,u=Zy(e.postTranslation)?e.postTranslation:void 0,d=!X(e.warnHtmlInMessage)||e.warnHtmlInMessage!==`off`,f=!!e.escapeParameterHtml,p=!Z(e.sync)||e.sync,m=e.messages;if(Q(e.sharedMessages)){let t=e.sharedMessages;m=Object.keys(t).reduce((e,n)=>{let r=e[n]||(e[n]={});return Wy(r,t[n]),e},m||{})}let{__i18n:h,__root:g,__injectWithOption:_}=e,v=e.datetimeFormats,y=e.numberFormats,b=e.flatJson;return{locale:t,fallbackLocale:n,messages:m,flatJson:b,datetimeFormats:v,numberFormats:y,missing:r,missingWarn:i,fallbackWarn:a,fallbackRoot:o,fallbackFormat:s,modifiers:c,pluralRules:l,postTranslation:u,warnHtmlMessage:d,escapeParameter:f,messageResolver:e.messageResolver,inheritLocale:p,__i18n:h,__root:g,__injectWithOption:_}}function HS(e={}){let t=BS(VS(e)),{__extender:n}=e,r={id:t.id,get locale(){return t.locale.value},set locale(e){t.locale.value=e},get fallbackLocale(){return t.fallbackLocale.value},set fallbackLocale(e){t.fallbackLocale.value=e},get messages(){return t.messages.value},get datetimeFormats(){return t.datetimeFormats.value},get numberFormats(){return t.numberFormats.value},get availableLocales(){return t.availableLocales},get missing(){return t.getMissingHandler()},set missing(e){t.setMissingHandler(e)},get silentTranslationWarn(){return Z(t.missingWarn)?!t.missingWarn:t.missingWarn},set silentTranslationWarn(e){t.missingWarn=Z(e)?!e:e},get silentFallbackWarn(){return Z(t.fallbackWarn)?!t.fallbackWarn:t.fallbackWarn},set silentFallbackWarn(e){t.fallbackWarn=Z(e)?!e:e},get modifiers(){return t.modifiers},get formatFallbackMessages(){return t.fallbackFormat},set formatFallbackMessages(e){t.fallbackFormat=e},get postTranslation(){return t.getPostTranslationHandler()},set postTranslation(e){t.setPostTranslationHandler(e)},get sync(){return t.inheritLocale},set sync(e){t.inheritLocale=e},get warnHtmlInMessage(){return t.warnHtmlMessage?`warn`:`off`},set warnHtmlInMessage(e){t.warnHtmlMessage=e!==`off`},get escapeParameterHtml(){return t.escapeParameter},set escapeParameterHtml(e){t.escapeParameter=e},get pluralizationRules(){return t.pluralRules||{}},__composer:t,t(...e){return Reflect.apply(t.t,t,[...e])},rt(...e){return Reflect.apply(t.rt,t,[...e])},te(e,n){return t.te(e,n)},tm(e){return t.tm(e)},getLocaleMessage(e){return t.getLocaleMessage(e)},setLocaleMessage(e,n){t.setLocaleMessage(e,n)},mergeLocaleMessage(e,n){t.mergeLocaleMessage(e,n)},d(...e){return Reflect.apply(t.d,t,[...e])},getDateTimeFormat(e){return t.getDateTimeFormat(e)},setDateTimeFormat(e,n){t.setDateTimeFormat(e,n)},mergeDateTimeFormat(e,n){t.mergeDateTimeFormat(e,n)},n(...e){return Reflect.apply(t.n,t,[...e])},getNumberFormat(e){return t.getNumberFormat(e)},setNumberFormat(e,n){t.setNumberFormat(e,n)},mergeNumberFormat(e,n){t.mergeNumberFormat(e,n)}};return r.__extender=n,r}function US(e,t,n){return{beforeCreate(){let r=RS();
/* istanbul ignore if */
if(!r)throw MS(dC.UNEXPECTED_ERROR);let i=this.$options;if(i.i18n){let r=i.i18n;if(i.__i18n&&(r.__i18n=i.__i18n),r.__root=t,this===this.$root)this.$i18n=WS(e,r);else{r.__injectWithOption=!0,r.__extender=n.__vueI18nExtend,this.$i18n=HS(r);let e=this.$i18n;e.__extender&&(e.__disposer=e.__extender(this.$i18n))}}else if(i.__i18n){if(this===this.$root)this.$i18n=WS(e,i);else{this.$i18n=HS({__i18n:i.__i18n,__injectWithOption:!0,__extender:n.__vueI18nExtend,__root:t});let e=this.$i18n;e.__extender&&(e.__disposer=e.__extender(this.$i18n))}}else this.$i18n=e;i.__i18nGlobal&&IS(t,i,i),this.$t=(...e)=>this.$i18n.t(...e),this.$rt=(...e)=>this.$i18n.rt(...e),this.$te=(e,t)=>this.$i18n.te(e,t),this.$d=(...e)=>this.$i18n.d(...e),this.$n=(...e)=>this.$i18n.n(...e),this.$tm=e=>this.$i18n.tm(e),n.__setInstance(r,this.$i18n)},mounted(){},unmounted(){let e=RS();
/* istanbul ignore if */
if(!e)throw MS(dC.UNEXPECTED_ERROR);let t=this.$i18n;delete this.$t,delete this.$rt,delete this.$te,delete this.$d,delete this.$n,delete this.$tm,t.__disposer&&(t.__disposer(),delete t.__disposer,delete t.__extender),n.__deleteInstance(e),delete this.$i18n}}}function WS(e,t){e.locale=t.locale||e.locale,e.fallbackLocale=t.fallbackLocale||e.fallbackLocale,e.missing=t.missing||e.missing,e.silentTranslationWarn=t.silentTranslationWarn||e.silentFallbackWarn,e.silentFallbackWarn=t.silentFallbackWarn||e.silentFallbackWarn,e.formatFallbackMessages=t.formatFallbackMessages||e.formatFallbackMessages,e.postTranslation=t.postTranslation||e.postTranslation,e.warnHtmlInMessage=t.warnHtmlInMessage||e.warnHtmlInMessage,e.escapeParameterHtml=t.escapeParameterHtml||e.escapeParameterHtml,e.sync=t.sync||e.sync,e.__composer[hC](t.pluralizationRules||e.pluralizationRules);let n=PS(e.locale,{messages:t.messages,__i18n:t.__i18n});return Object.keys(n).forEach(t=>e.mergeLocaleMessage(t,n[t])),t.datetimeFormats&&Object.keys(t.datetimeFormats).forEach(n=>e.mergeDateTimeFormat(n,t.datetimeFormats[n])),t.numberFormats&&Object.keys(t.numberFormats).forEach(n=>e.mergeNumberFormat(n,t.numberFormats[n])),e}function GS({slots:e},t){return t.length===1&&t[0]==="default"?(e.default?e.default():[]).reduce((e,t)=>[...e,...t.type===H?t.children:[t]],[]):t.reduce((t,n)=>{let r=e[n];return r&&(t[n]=r()),t},Ky())}function KS(){return H}function qS(e){return Xy(e)&&!X(e[0])}function JS(e,t,n,r){let{slots:i,attrs:a}=t;return()=>{let t=()=>{let t={part:!0},a=Ky();e.locale&&(t.locale=e.locale),X(e.format)?t.key=e.format:Qy(e.format)&&(X(e.format.key)&&(t.key=e.format.key),a=Object.keys(e.format).reduce((t,r)=>n.includes(r)?Wy(Ky(),t,{[r]:e.format[r]}):t,Ky()));let o=r(e.value,t,a),s=[t.key];return Xy(o)?s=o.map((e,t)=>{let n=i[e.type],r=n?n({[e.type]:e.value,index:t,parts:o}):[e.value];return qS(r)&&(r[0].key=`${e.type}-${t}`),r}):X(o)&&(s=[o]),s},o=Wy(Ky(),a),s=X(e.tag)||Qy(e.tag)?e.tag:KS();return Qy(s)?uo(s,o,{default:t}):uo(s,o,t())}}function YS(e,t){let n=e;if(e.mode===`composition`)return n.__getInstance(t)||e.global;{let r=n.__getInstance(t);return r==null?e.global.__composer:r.__composer}}function XS(e){let t=t=>{let{instance:n,value:r}=t;
/* istanbul ignore if */
if(!n||!n.$)throw MS(dC.UNEXPECTED_ERROR);let i=YS(e,n.$),a=ZS(r);return[Reflect.apply(i.t,i,[...QS(a)]),i]};return{created:(e,n)=>{let[r,i]=t(n);Iy&&(e.__i18nWatcher=Sr(i.locale,()=>{n.instance&&n.instance.$forceUpdate()})),e.__composer=i,e.textContent=r},unmounted:e=>{Iy&&e.__i18nWatcher&&(e.__i18nWatcher(),e.__i18nWatcher=void 0,delete e.__i18nWatcher),e.__composer&&(e.__composer=void 0,delete e.__composer)},beforeUpdate:(e,{value:t})=>{if(e.__composer){let n=e.__composer,r=ZS(t);e.textContent=Reflect.apply(n.t,n,[...QS(r)])}},getSSRProps:e=>{let[n]=t(e);return{textContent:n}}}}function ZS(e){if(X(e))return{path:e};if(Q(e)){if(!(`path`in e))throw MS(dC.REQUIRED_VALUE,`path`);return e}throw MS(dC.INVALID_VALUE)}function QS(e){let{path:t,locale:n,args:r,choice:i,plural:a}=e,o={},s=r||{};return X(n)&&(o.locale=n),By(i)&&(o.plural=i),By(a)&&(o.plural=a),[t,s,o]}function $S(e,t,...n){let r=Q(n[0])?n[0]:{};(!Z(r.globalInstall)||r.globalInstall)&&([CC.name,`I18nT`].forEach(t=>e.component(t,CC)),[wC.name,`I18nN`].forEach(t=>e.component(t,wC)),[OC.name,`I18nD`].forEach(t=>e.component(t,OC))),e.directive(`t`,XS(t))}function eC(e={}){let t=__VUE_I18N_LEGACY_API__&&Z(e.legacy)?e.legacy:__VUE_I18N_LEGACY_API__,n=!Z(e.globalInjection)||e.globalInjection,r=/* @__PURE__ */ new Map,[i,a]=nC(e,t),o=/* #__PURE__*/ Ly(``);function s(e){return r.get(e)||null}function c(e,t){r.set(e,t)}function l(e){r.delete(e)}let u={get mode(){return __VUE_I18N_LEGACY_API__&&t?`legacy`:`composition`},async install(e,...r){if(e.__VUE_I18N_SYMBOL__=o,e.provide(e.__VUE_I18N_SYMBOL__,u),Q(r[0])){let e=r[0];u.__composerExtend=e.__composerExtend,u.__vueI18nExtend=e.__vueI18nExtend}let i=null;!t&&n&&(i=lC(e,u.global)),__VUE_I18N_FULL_INSTALL__&&$S(e,u,...r),__VUE_I18N_LEGACY_API__&&t&&e.mixin(US(a,a.__composer,u));let s=e.unmount;e.unmount=()=>{i&&i(),u.dispose(),s()}},get global(){return a},dispose(){i.stop()},__instances:r,__getInstance:s,__setInstance:c,__deleteInstance:l};return u}function tC(e={}){let t=RS();if(t==null)throw MS(dC.MUST_BE_CALL_SETUP_TOP);if(!t.isCE&&t.appContext.app!=null&&!t.appContext.app.__VUE_I18N_SYMBOL__)throw MS(dC.NOT_INSTALLED);let n=rC(t),r=aC(n),i=FS(t),a=iC(e,i);if(a===`global`)return IS(r,e,i),r;if(a===`parent`){let i=oC(n,t,e.__useComponent);return i??=r,i}if(a===`isolated`){if(n.mode!==`composition`)throw MS(dC.NOT_AVAILABLE_COMPOSITION_IN_LEGACY);let i=n,a=Wy({},e);a.__root=oC(n,t)||r;let o=BS(a);return i.__composerExtend&&(o[_C]=i.__composerExtend(o)),He()&&Ue(()=>{let e=o[_C];e&&(e(),delete o[_C])}),o}let o=n,s=o.__getInstance(t);if(s==null){let n=Wy({},e);`__i18n`in i&&(n.__i18n=i.__i18n),r&&(n.__root=r),s=BS(n),o.__composerExtend&&(s[_C]=o.__composerExtend(s)),cC(o,t,s),o.__setInstance(t,s)}return s}function nC(e,t){let n=Ve(),r=__VUE_I18N_LEGACY_API__&&t?n.run(()=>HS(e)):n.run(()=>BS(e));if(r==null)throw MS(dC.UNEXPECTED_ERROR);return[n,r]}function rC(e){let t=_r(e.isCE?TC:e.appContext.app.__VUE_I18N_SYMBOL__);
/* istanbul ignore if */
if(!t)throw MS(e.isCE?dC.NOT_INSTALLED_WITH_PROVIDE:dC.UNEXPECTED_ERROR);return t}function iC(e,t){return Uy(e)?`__i18n`in t?`local`:`global`:e.useScope?e.useScope:`local`}function aC(e){return e.mode===`composition`?e.global:e.global.__composer}function oC(e,t,n=!1){let r=null,i=t.root,a=sC(t,n);for(;a!=null;){let t=e;if(e.mode===`composition`)r=t.__getInstance(a);else if(__VUE_I18N_LEGACY_API__){let e=t.__getInstance(a);e!=null&&(r=e.__composer,n&&r&&!r[gC]&&(r=null))}if(r!=null||i===a)break;a=a.parent}return r}function sC(e,t=!1){return e==null?null:t&&e.vnode.ctx||e.parent}function cC(e,t,n){_s(()=>{},t),xs(()=>{let r=n;e.__deleteInstance(t);let i=r[_C];i&&(i(),delete r[_C])},t)}function lC(e,t){let n=Object.create(null);return EC.forEach(e=>{let r=Object.getOwnPropertyDescriptor(t,e);if(!r)throw MS(dC.UNEXPECTED_ERROR);let i=/* @__PURE__ */ Nt(r.value)?{get(){return r.value.value},set(e){r.value.value=e}}:{get(){return r.get&&r.get()}};Object.defineProperty(n,e,i)}),e.config.globalProperties.$i18n=n,DC.forEach(n=>{let r=Object.getOwnPropertyDescriptor(t,n);if(!r||!r.value)throw MS(dC.UNEXPECTED_ERROR);Object.defineProperty(e.config.globalProperties,`$${n}`,r)}),()=>{delete e.config.globalProperties.$i18n,DC.forEach(t=>{delete e.config.globalProperties[`$${t}`]})}}var uC,dC,fC,pC,mC,hC,gC,_C,vC,yC,bC,xC,SC,CC,wC,TC,EC,DC,OC,kC=t((()=>{AS(),ib(),W(),uC=`11.4.2`,dC={UNEXPECTED_RETURN_TYPE:24,INVALID_ARGUMENT:25,MUST_BE_CALL_SETUP_TOP:26,NOT_INSTALLED:27,REQUIRED_VALUE:28,INVALID_VALUE:29,CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN:30,NOT_INSTALLED_WITH_PROVIDE:31,UNEXPECTED_ERROR:32,NOT_COMPATIBLE_LEGACY_VUE_I18N:33,NOT_AVAILABLE_COMPOSITION_IN_LEGACY:34},dC.UNEXPECTED_RETURN_TYPE,dC.INVALID_ARGUMENT,dC.MUST_BE_CALL_SETUP_TOP,dC.NOT_INSTALLED,dC.UNEXPECTED_ERROR,dC.REQUIRED_VALUE,dC.INVALID_VALUE,dC.CANNOT_SETUP_VUE_DEVTOOLS_PLUGIN,dC.NOT_INSTALLED_WITH_PROVIDE,dC.NOT_COMPATIBLE_LEGACY_VUE_I18N,dC.NOT_AVAILABLE_COMPOSITION_IN_LEGACY,fC=/* #__PURE__*/ Ly(`__translateVNode`),pC=/* #__PURE__*/ Ly(`__datetimeParts`),mC=/* #__PURE__*/ Ly(`__numberParts`),hC=Ly(`__setPluralRules`),Ly(`__intlifyMeta`),gC=/* #__PURE__*/ Ly(`__injectWithOption`),_C=/* #__PURE__*/ Ly(`__dispose`),vC={FALLBACK_TO_ROOT:10,NOT_FOUND_PARENT_SCOPE:11,IGNORE_OBJ_FLATTEN:12,DEPRECATE_LEGACY_MODE:13,DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE:14,DUPLICATE_USE_I18N_CALLING:15},vC.FALLBACK_TO_ROOT,vC.NOT_FOUND_PARENT_SCOPE,vC.IGNORE_OBJ_FLATTEN,vC.DEPRECATE_LEGACY_MODE,vC.DEPRECATE_TRANSLATE_CUSTOME_DIRECTIVE,vC.DUPLICATE_USE_I18N_CALLING,yC=()=>[],bC=()=>!1,xC=0,SC={tag:{type:[String,Object]},locale:{type:String},scope:{type:String,validator:e=>e===`parent`||e===`global`,default:`parent`},i18n:{type:Object}},CC=/* @__PURE__ */ zr({name:`i18n-t`,props:Wy({keypath:{type:String,required:!0},plural:{type:[Number,String],validator:e=>By(e)||!isNaN(e)}},SC),setup(e,t){let{slots:n,attrs:r}=t,i=e.i18n||tC({useScope:e.scope,__useComponent:!0});return()=>{let a=()=>{let r=Object.keys(n).filter(e=>e[0]!==`_`),a=Ky();e.locale&&(a.locale=e.locale),e.plural!==void 0&&(a.plural=X(e.plural)?+e.plural:e.plural);let o=GS(t,r);return i[fC](e.keypath,o,a)},o=Wy(Ky(),r),s=X(e.tag)||Qy(e.tag)?e.tag:KS();return Qy(s)?uo(s,o,{default:a}):uo(s,o,a())}}}),wC=/* @__PURE__ */ zr({name:`i18n-n`,props:Wy({value:{type:Number,required:!0},format:{type:[String,Object]}},SC),setup(e,t){let n=e.i18n||tC({useScope:e.scope,__useComponent:!0});return JS(e,t,SS,(...e)=>n[mC](...e))}}),TC=/* #__PURE__*/ Ly(`global-vue-i18n`),EC=[`locale`,`fallbackLocale`,`availableLocales`],DC=[`t`,`rt`,`d`,`n`,`tm`,`te`],OC=/* @__PURE__ */ zr({name:`i18n-d`,props:Wy({value:{type:[Number,Date],required:!0},format:{type:[String,Object]}},SC),setup(e,t){let n=e.i18n||tC({useScope:e.scope,__useComponent:!0});return JS(e,t,xS,(...e)=>n[pC](...e))}}),jS(),xx(ix),Sx(yx),Cx(lx)})),AC,jC,MC=t((()=>{AC=class extends Error{status;constructor(e,t){super(e),this.status=t,this.name=`ApiError`}},jC=class{transport;constructor(e){this.transport=e}get mode(){return this.transport.mode}async request(e,t,n){let r={method:e};n!==void 0&&(r.body=JSON.stringify(n),r.headers={"Content-Type":`application/json`});let i;try{i=await this.transport.fetch(t,r)}catch(e){throw new AC(e instanceof Error?e.message:String(e),0)}let a=null;try{a=await i.json()}catch{a=null}if(!i.ok||!a||a.success===!1){let e=a?.error||`${i.status} ${i.statusText||`error`}`.trim();throw new AC(e,i.status)}return a.data}listFolders(){return this.request(`GET`,`/model-manager/models`)}listModels(e){return this.request(`GET`,`/model-manager/models/${encodeURIComponent(e)}`)}initDownloads(){return this.request(`POST`,`/model-manager/download/init`)}setSetting(e,t){return this.request(`POST`,`/model-manager/download/setting`,{key:e,value:t})}listTasks(){return this.request(`GET`,`/model-manager/download/task`)}createDownload(e){return this.request(`POST`,`/model-manager/download`,e)}setTaskStatus(e,t){return this.request(`PUT`,`/model-manager/download/${encodeURIComponent(e)}`,{status:t})}deleteTask(e){return this.request(`DELETE`,`/model-manager/download/${encodeURIComponent(e)}`)}checkMissing(e){return this.request(`POST`,`/model-manager/models/missing`,{models:e})}}}));function NC(e){let t=/* @__PURE__ */ Pt([]),n=/* @__PURE__ */ Pt(null),r=/* @__PURE__ */ Pt([]),i=/* @__PURE__ */ Pt(null),a=/* @__PURE__ */ Pt(!1),o=/* @__PURE__ */ Pt(null),s=/* @__PURE__ */ Pt(!1);async function c(){try{t.value=await e.listFolders(),n.value=null}catch(e){n.value=e instanceof Error?e.message:String(e)}}let l=0;async function u(t){let n=++l;i.value=t,a.value=!0,o.value=null;try{let i=await e.listModels(t);if(n!==l)return;r.value=i,s.value=!1}catch(e){if(n!==l)return;r.value=[],e instanceof AC&&e.status===404?s.value=!0:o.value=e instanceof Error?e.message:String(e)}finally{n===l&&(a.value=!1)}}return{folders:t,foldersError:n,models:r,modelsFolder:i,modelsLoading:a,modelsError:o,modelsUnavailable:s,loadFolders:c,loadModels:u}}var PC=t((()=>{W(),MC()}));function FC(e=null){let t=null;return{get usesHost(){return e!==null},setFallback(e){t=e},add(n){let r={life:n.severity===`error`?6e3:3e3,...n};e?e(r):t?.(r)}}}var IC=t((()=>{}));function LC(e){let t=/* @__PURE__ */ Pt(null),n=/* @__PURE__ */ Pt(null);async function r(){try{t.value=(await e.initDownloads()).settings,n.value=null}catch(e){n.value=e instanceof Error?e.message:String(e)}}async function i(n,r){t.value=await e.setSetting(n,r)}return{settings:t,error:n,load:r,set:i}}var RC=t((()=>{W()})),zC,BC=t((()=>{zC=[`create_download_task`,`update_download_task`,`complete_download_task`,`error_download_task`,`delete_download_task`]}));function VC(e){let t=/* @__PURE__ */ Pt([]),n=/* @__PURE__ */ Pt(!1),r=/* @__PURE__ */ Pt(null),i=[],a=e=>t.value.findIndex(t=>t.taskId===e);function o(){t.value.sort((e,t)=>t.createdAt-e.createdAt)}function s(e){let n=a(e.taskId);n===-1?(t.value.push(e),o()):(e.updatedAt??0)>=(t.value[n].updatedAt??0)&&(t.value[n]=e)}function c(e){let n=a(e);n!==-1&&t.value.splice(n,1)}function l(e,t){let n=t;if(!n||typeof n.taskId!=`string`)return!1;switch(e){case`delete_download_task`:{let e=a(n.taskId)!==-1;return c(n.taskId),e}case`update_download_task`:return!n.data||a(n.taskId)===-1?!1:(s({...n.data,taskId:n.taskId}),!0);case`create_download_task`:case`complete_download_task`:case`error_download_task`:return n.data?(s({...n.data,taskId:n.taskId}),!0):!1;default:return!1}}async function u(){try{let n=await e.listTasks(),i=new Map(n.map(e=>[e.taskId,e]));for(let e of t.value){let t=i.get(e.taskId);t&&e.updatedAt>t.updatedAt&&i.set(e.taskId,e)}t.value=[...i.values()],o(),r.value=null}catch(e){r.value=e instanceof Error?e.message:String(e)}finally{n.value=!0}}function d(){if(!i.length){for(let t of zC)i.push(e.transport.on(t,e=>l(t,e)));i.push(e.transport.onReconnect(()=>void u()))}}function f(){i.forEach(e=>e()),i=[]}async function p(t){s(await e.setTaskStatus(t,`pause`))}async function m(t){s(await e.setTaskStatus(t,`resume`))}async function h(t){await e.deleteTask(t),c(t)}async function g(...t){let n=await e.createDownload(...t);return s(n),n}return{tasks:t,loaded:n,loadError:r,activeCount:Ec(()=>t.value.filter(e=>HC.has(e.status)).length),applyEvent:l,load:u,attach:d,detach:f,pause:p,resume:m,destroy:h,create:g}}var HC,UC=t((()=>{W(),BC(),HC=/* @__PURE__ */ new Set([`queued`,`running`,`verifying`])}));function WC(e,t=null){let n=new jC(e);return{api:n,tasks:VC(n),models:NC(n),settings:LC(n),notify:FC(t)}}function GC(){let e=_r(KC);if(!e)throw Error(`Model Manager context missing`);return e}var KC,qC=t((()=>{W(),MC(),PC(),IC(),RC(),UC(),KC=Symbol(`model-manager`)})),JC,YC=t((()=>{JC=`
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
`})),XC,ZC=t((()=>{YC(),Gp(),XC=K.extend({name:`message`,style:JC,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}})}));function QC(e){"@babel/helpers - typeof";return QC=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},QC(e)}function $C(e,t,n){return(t=ew(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ew(e){var t=tw(e,`string`);return QC(t)==`symbol`?t:t+``}function tw(e,t){if(QC(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(QC(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function nw(e){"@babel/helpers - typeof";return nw=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},nw(e)}function rw(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function iw(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?rw(Object(n),!0).forEach(function(t){aw(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):rw(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function aw(e,t,n){return(t=ow(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ow(e){var t=sw(e,`string`);return nw(t)==`symbol`?t:t+``}function sw(e,t){if(nw(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(nw(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function cw(e,t,n,r,i,a){var o=fi(`TimesIcon`),s=mi(`ripple`);return I(),R(Ql,V({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:P(function(){return[i.visible?(I(),L(`div`,V({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`root`)),[z(`div`,V({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?F(e.$slots,`container`,{key:0,closeCallback:a.close}):(I(),L(`div`,V({key:1,class:e.cx(`content`),"data-p":a.dataP},e.ptm(`content`)),[F(e.$slots,`icon`,{class:f(e.cx(`icon`))},function(){return[(I(),R(pi(e.icon?`span`:null),V({class:[e.cx(`icon`),e.icon],"data-p":a.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(I(),L(`div`,V({key:0,class:e.cx(`text`),"data-p":a.dataP},e.ptm(`text`)),[F(e.$slots,`default`)],16,pw)):B(``,!0),e.closable?mr((I(),L(`button`,V({key:1,class:e.cx(`closeButton`),"aria-label":a.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return a.close(e)},"data-p":a.dataP},iw(iw({},e.closeButtonProps),e.ptm(`closeButton`))),[F(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(I(),L(`i`,V({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,hw)):(I(),R(o,V({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,mw)),[[s]]):B(``,!0)],16,fw))],16)],16,dw)):B(``,!0)]}),_:3},16)}var lw,uw,dw,fw,pw,mw,hw,gw=t((()=>{Pf(),qh(),vh(),lm(),ZC(),W(),lw={name:`BaseMessage`,extends:cm,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:XC,provide:function(){return{$pcMessage:this,$parentInstance:this}}},uw={name:`Message`,extends:lw,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return td($C($C({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:_h},components:{TimesIcon:Kh}},dw=[`data-p`],fw=[`data-p`],pw=[`data-p`],mw=[`aria-label`,`data-p`],hw=[`data-p`],uw.render=cw})),_w,vw=t((()=>{_w=`
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
`})),yw,bw=t((()=>{vw(),Gp(),yw=K.extend({name:`progressbar`,style:_w,classes:{root:function(e){var t=e.instance;return[`p-progressbar p-component`,{"p-progressbar-determinate":t.determinate,"p-progressbar-indeterminate":t.indeterminate}]},value:`p-progressbar-value`,label:`p-progressbar-label`}})}));function xw(e,t,n,r,i,a){return I(),L(`div`,V({role:`progressbar`,class:e.cx(`root`),"aria-valuemin":`0`,"aria-valuenow":e.value,"aria-valuemax":`100`,"data-p":a.dataP},e.ptmi(`root`)),[a.determinate?(I(),L(`div`,V({key:0,class:e.cx(`value`),style:a.progressStyle,"data-p":a.dataP},e.ptm(`value`)),[e.value!=null&&e.value!==0&&e.showValue?(I(),L(`div`,V({key:0,class:e.cx(`label`),"data-p":a.dataP},e.ptm(`label`)),[F(e.$slots,`default`,{},function(){return[Ka(j(e.value+`%`),1)]})],16,Tw)):B(``,!0)],16,ww)):a.indeterminate?(I(),L(`div`,V({key:1,class:e.cx(`value`),"data-p":a.dataP},e.ptm(`value`)),null,16,Ew)):B(``,!0)],16,Cw)}var Sw,Cw,ww,Tw,Ew,Dw=t((()=>{Pf(),lm(),bw(),W(),Sw={name:`ProgressBar`,extends:{name:`BaseProgressBar`,extends:cm,props:{value:{type:Number,default:null},mode:{type:String,default:`determinate`},showValue:{type:Boolean,default:!0}},style:yw,provide:function(){return{$pcProgressBar:this,$parentInstance:this}}},inheritAttrs:!1,computed:{progressStyle:function(){return{width:this.value+`%`,display:`flex`}},indeterminate:function(){return this.mode===`indeterminate`},determinate:function(){return this.mode===`determinate`},dataP:function(){return td({determinate:this.determinate,indeterminate:this.indeterminate})}}},Cw=[`aria-valuenow`,`data-p`],ww=[`data-p`],Tw=[`data-p`],Ew=[`data-p`],Sw.render=xw})),Ow,kw=t((()=>{Ow=`
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
`})),Aw,jw=t((()=>{kw(),Gp(),Aw=K.extend({name:`tag`,style:Ow,classes:{root:function(e){var t=e.props;return[`p-tag p-component`,{"p-tag-info":t.severity===`info`,"p-tag-success":t.severity===`success`,"p-tag-warn":t.severity===`warn`,"p-tag-danger":t.severity===`danger`,"p-tag-secondary":t.severity===`secondary`,"p-tag-contrast":t.severity===`contrast`,"p-tag-rounded":t.rounded}]},icon:`p-tag-icon`,label:`p-tag-label`}})}));function Mw(e){"@babel/helpers - typeof";return Mw=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Mw(e)}function Nw(e,t,n){return(t=Pw(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Pw(e){var t=Fw(e,`string`);return Mw(t)==`symbol`?t:t+``}function Fw(e,t){if(Mw(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Mw(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Iw(e,t,n,r,i,a){return I(),L(`span`,V({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.icon?(I(),R(pi(e.$slots.icon),V({key:0,class:e.cx(`icon`)},e.ptm(`icon`)),null,16,[`class`])):e.icon?(I(),L(`span`,V({key:1,class:[e.cx(`icon`),e.icon]},e.ptm(`icon`)),null,16)):B(``,!0),e.value!=null||e.$slots.default?F(e.$slots,`default`,{key:2},function(){return[z(`span`,V({class:e.cx(`label`)},e.ptm(`label`)),j(e.value),17)]}):B(``,!0)],16,zw)}var Lw,Rw,zw,Bw=t((()=>{Pf(),lm(),jw(),W(),Lw={name:`BaseTag`,extends:cm,props:{value:null,severity:null,rounded:Boolean,icon:String},style:Aw,provide:function(){return{$pcTag:this,$parentInstance:this}}},Rw={name:`Tag`,extends:Lw,inheritAttrs:!1,computed:{dataP:function(){return td(Nw({rounded:this.rounded},this.severity,this.severity))}}},zw=[`data-p`],Rw.render=Iw}));function Vw(){var e=_r(Hw);if(!e)throw Error(`No PrimeVue Confirmation provided!`);return e}var Hw,Uw=t((()=>{W(),Hw=Symbol()}));function Ww(e){if(e==null||!Number.isFinite(e))return`?`;let t=Math.max(0,e),n=0;for(;t>=1024&&n<Yw.length-1;)t/=1024,n++;return`${n===0?t.toFixed(0):t.toFixed(t>=100?0:1)} ${Yw[n]}`}function Gw(e){return e?`${Ww(e)}/s`:`–`}function Kw(e){if(e==null||!Number.isFinite(e)||e<0)return`–`;let t=Math.round(e),n=Math.floor(t/3600),r=Math.floor(t%3600/60),i=t%60,a=e=>String(e).padStart(2,`0`);return n>0?`${n}:${a(r)}:${a(i)}`:`${r}:${a(i)}`}function qw(e,t){return e?(/* @__PURE__ */ new Date(e*1e3)).toLocaleString(t):`–`}function Jw(e){if(e.filename)return e.filename;try{let t=new URL(e.url).pathname.split(`/`).filter(Boolean).pop();return t?decodeURIComponent(t):e.url}catch{return e.url}}var Yw,Xw=t((()=>{Yw=[`B`,`KB`,`MB`,`GB`,`TB`]})),Zw,Qw,$w,eT,tT,nT,rT,iT,aT,oT,sT,cT,lT,uT,dT,fT,pT=t((()=>{W(),Ih(),gw(),Dw(),Bw(),Uw(),kC(),qC(),Xw(),Zw={class:`mm-downloads`,"data-testid":`downloads`},Qw={class:`mm-toolbar`},$w={class:`mm-muted`},eT={key:1,class:`mm-empty`,"data-testid":`tasks-empty`},tT={class:`mm-task-list`},nT=[`data-task-id`,`data-status`],rT={class:`mm-task-head`},iT=[`title`],aT={class:`mm-task-target mm-muted`},oT={class:`mm-task-facts mm-muted`},sT={"data-testid":`task-bytes`},cT={"data-testid":`task-speed`},lT={"data-testid":`task-eta`},uT={key:0,class:`mm-error`,"data-testid":`task-error`},dT={class:`mm-task-actions`},fT=/*@__PURE__*/ zr({__name:`DownloadsTab`,setup(e){let{t}=tC(),{tasks:n,notify:r}=GC(),i=Vw(),a={queued:`secondary`,running:`info`,paused:`warn`,verifying:`info`,completed:`success`,failed:`danger`,cancelled:`secondary`};function o(e){return[e.folder,e.subfolder].filter(Boolean).join(`/`)}function s(e){return e.status===`completed`?100:e.progress===null?0:Math.round(e.progress*1e3)/10}function c(e){return(e.status===`running`||e.status===`verifying`)&&e.progress===null}let l=e=>e===`queued`||e===`running`;async function u(e,n){try{await e()}catch(e){r.add({severity:`error`,summary:t(n),detail:e instanceof Error?e.message:String(e)})}}function d(e){i.require({group:`mm`,header:t(`modelManager.downloads.deleteTitle`),message:t(`modelManager.downloads.deleteMessage`,{name:Jw(e)}),icon:`pi pi-exclamation-triangle`,rejectProps:{label:t(`modelManager.common.cancel`),severity:`secondary`,outlined:!0},acceptProps:{label:t(`modelManager.common.delete`),severity:`danger`},accept:()=>u(()=>n.destroy(e.taskId),`modelManager.downloads.deleteFailed`)})}return(e,r)=>{let i=mi(`tooltip`);return I(),L(`div`,Zw,[z(`div`,Qw,[z(`span`,$w,j(N(t)(`modelManager.downloads.count`,{n:N(n).tasks.value.length},N(n).tasks.value.length)),1),mr(U(N(Nh),{icon:`pi pi-refresh`,text:``,size:`small`,"aria-label":N(t)(`modelManager.common.refresh`),"data-testid":`tasks-refresh`,onClick:r[0]||=e=>N(n).load()},null,8,[`aria-label`]),[[i,N(t)(`modelManager.common.refresh`),void 0,{left:!0}]])]),N(n).loadError.value?(I(),R(N(uw),{key:0,severity:`error`,size:`small`},{default:P(()=>[Ka(j(N(t)(`modelManager.downloads.loadFailed`,{error:N(n).loadError.value})),1)]),_:1})):B(``,!0),N(n).loaded.value&&N(n).tasks.value.length===0&&!N(n).loadError.value?(I(),L(`div`,eT,[r[1]||=z(`i`,{class:`pi pi-download`},null,-1),z(`p`,null,j(N(t)(`modelManager.downloads.empty`)),1)])):B(``,!0),z(`ul`,tT,[(I(!0),L(H,null,_i(N(n).tasks.value,e=>(I(),L(`li`,{key:e.taskId,class:`mm-task`,"data-testid":`task-row`,"data-task-id":e.taskId,"data-status":e.status},[z(`div`,rT,[z(`span`,{class:`mm-task-name`,title:e.url},j(N(Jw)(e)),9,iT),U(N(Rw),{severity:a[e.status],value:N(t)(`modelManager.status.`+e.status),"data-testid":`task-status`,"data-status":e.status},null,8,[`severity`,`value`,`data-status`])]),z(`div`,aT,[r[2]||=z(`i`,{class:`pi pi-folder`},null,-1),Ka(` `+j(o(e)),1)]),U(N(Sw),{value:s(e),mode:c(e)?`indeterminate`:`determinate`,"show-value":!1,class:`mm-task-bar`,"data-testid":`task-progress`},null,8,[`value`,`mode`]),z(`div`,oT,[z(`span`,sT,[Ka(j(N(Ww)(e.downloadedBytes))+` / `+j(e.totalBytes===null?N(t)(`modelManager.downloads.unknownSize`):N(Ww)(e.totalBytes))+` `,1),e.progress===null?B(``,!0):(I(),L(H,{key:0},[Ka(` (`+j(s(e))+`%)`,1)],64))]),e.status===`running`?(I(),L(H,{key:0},[z(`span`,cT,j(N(Gw)(e.bytesPerSecond)),1),z(`span`,lT,j(N(t)(`modelManager.downloads.eta`,{eta:N(Kw)(e.etaSeconds)})),1)],64)):B(``,!0)]),e.error?(I(),L(`div`,uT,j(e.error),1)):B(``,!0),z(`div`,dT,[l(e.status)?(I(),R(N(Nh),{key:0,icon:`pi pi-pause`,label:N(t)(`modelManager.downloads.pause`),size:`small`,severity:`secondary`,outlined:``,"data-testid":`task-pause`,onClick:t=>u(()=>N(n).pause(e.taskId),`modelManager.downloads.actionFailed`)},null,8,[`label`,`onClick`])):B(``,!0),e.status===`paused`?(I(),R(N(Nh),{key:1,icon:`pi pi-play`,label:N(t)(`modelManager.downloads.resume`),size:`small`,outlined:``,"data-testid":`task-resume`,onClick:t=>u(()=>N(n).resume(e.taskId),`modelManager.downloads.actionFailed`)},null,8,[`label`,`onClick`])):B(``,!0),e.status===`failed`?(I(),R(N(Nh),{key:2,icon:`pi pi-replay`,label:N(t)(`modelManager.downloads.retry`),size:`small`,outlined:``,"data-testid":`task-retry`,onClick:t=>u(()=>N(n).resume(e.taskId),`modelManager.downloads.actionFailed`)},null,8,[`label`,`onClick`])):B(``,!0),U(N(Nh),{icon:`pi pi-trash`,label:e.status===`completed`?N(t)(`modelManager.downloads.remove`):N(t)(`modelManager.common.delete`),size:`small`,severity:`danger`,text:``,"data-testid":`task-delete`,onClick:t=>d(e)},null,8,[`label`,`onClick`])])],8,nT))),128))])])}}})})),mT=t((()=>{})),hT,gT=t((()=>{hT=(e,t)=>{let n=e.__vccOpts||e;for(let[e,r]of t)n[e]=r;return n}})),_T,vT=t((()=>{pT(),pT(),mT(),gT(),_T=/*#__PURE__*/ hT(fT,[[`__scopeId`,`data-v-9a50e0e3`]])})),yT,bT=t((()=>{yT=`
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
`})),xT,ST=t((()=>{bT(),Gp(),xT=K.extend({name:`iconfield`,style:yT,classes:{root:`p-iconfield`}})}));function CT(e,t,n,r,i,a){return I(),L(`div`,V({class:e.cx(`root`)},e.ptmi(`root`)),[F(e.$slots,`default`)],16)}var wT,TT=t((()=>{lm(),ST(),W(),wT={name:`IconField`,extends:{name:`BaseIconField`,extends:cm,style:xT,provide:function(){return{$pcIconField:this,$parentInstance:this}}},inheritAttrs:!1},wT.render=CT})),ET,DT=t((()=>{Gp(),ET=K.extend({name:`inputicon`,classes:{root:`p-inputicon`}})}));function OT(e,t,n,r,i,a){return I(),L(`span`,V({class:a.containerClass},e.ptmi(`root`),{"aria-hidden":`true`}),[F(e.$slots,`default`)],16)}var kT,AT=t((()=>{lm(),DT(),W(),kT={name:`InputIcon`,extends:{name:`BaseInputIcon`,extends:cm,style:ET,props:{class:null},provide:function(){return{$pcInputIcon:this,$parentInstance:this}}},inheritAttrs:!1,computed:{containerClass:function(){return[this.cx(`root`),this.class]}}},kT.render=OT})),jT,MT=t((()=>{Pf(),lm(),jT={name:`BaseEditableHolder`,extends:cm,emits:[`update:modelValue`,`value-change`],props:{modelValue:{type:null,default:void 0},defaultValue:{type:null,default:void 0},name:{type:String,default:void 0},invalid:{type:Boolean,default:void 0},disabled:{type:Boolean,default:!1},formControl:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0},$pcForm:{default:void 0},$pcFormField:{default:void 0}},data:function(){return{d_value:this.defaultValue===void 0?this.modelValue:this.defaultValue}},watch:{modelValue:{deep:!0,handler:function(e){this.d_value=e}},defaultValue:function(e){this.d_value=e},$formName:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,e,this.$formControl))||{}}},$formControl:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,this.$formName,e))||{}}},$formDefaultValue:{immediate:!0,handler:function(e){this.d_value!==e&&(this.d_value=e)}},$formValue:{immediate:!1,handler:function(e){var t;(t=this.$pcForm)!=null&&t.getFieldState(this.$formName)&&e!==this.d_value&&(this.d_value=e)}}},formField:{},methods:{writeValue:function(e,t){var n,r;this.controlled&&(this.d_value=e,this.$emit(`update:modelValue`,e)),this.$emit(`value-change`,e),(n=(r=this.formField).onChange)==null||n.call(r,{originalEvent:t,value:e})},findNonEmpty:function(){return[...arguments].find(G)}},computed:{$filled:function(){return G(this.d_value)},$invalid:function(){var e,t;return!this.$formNovalidate&&this.findNonEmpty(this.invalid,(e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.invalid,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.invalid)},$formName:function(){return this.$formNovalidate?void 0:this.name||this.$formControl?.name},$formControl:function(){return this.formControl||this.$pcFormField?.formControl},$formNovalidate:function(){return this.$formControl?.novalidate},$formDefaultValue:function(){var e;return this.findNonEmpty(this.d_value,this.$pcFormField?.initialValue,(e=this.$pcForm)==null||(e=e.initialValues)==null?void 0:e[this.$formName])},$formValue:function(){var e,t;return this.findNonEmpty((e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.value,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.value)},controlled:function(){return this.$inProps.hasOwnProperty(`modelValue`)||!this.$inProps.hasOwnProperty(`modelValue`)&&!this.$inProps.hasOwnProperty(`defaultValue`)},filled:function(){return this.$filled}}}})),NT,PT=t((()=>{MT(),NT={name:`BaseInput`,extends:jT,props:{size:{type:String,default:null},fluid:{type:Boolean,default:null},variant:{type:String,default:null}},inject:{$parentInstance:{default:void 0},$pcFluid:{default:void 0}},computed:{$variant:function(){return this.variant??(this.$primevue.config.inputStyle||this.$primevue.config.inputVariant)},$fluid:function(){return this.fluid??!!this.$pcFluid},hasFluid:function(){return this.$fluid}}}})),FT,IT=t((()=>{FT=`
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
`})),LT,RT=t((()=>{IT(),Gp(),LT=K.extend({name:`inputtext`,style:FT,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputtext p-component`,{"p-filled":t.$filled,"p-inputtext-sm p-inputfield-sm":n.size===`small`,"p-inputtext-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-inputtext-fluid":t.$fluid}]}}})}));function zT(e){"@babel/helpers - typeof";return zT=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},zT(e)}function BT(e,t,n){return(t=VT(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function VT(e){var t=HT(e,`string`);return zT(t)==`symbol`?t:t+``}function HT(e,t){if(zT(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(zT(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function UT(e,t,n,r,i,a){return I(),L(`input`,V({type:`text`,class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.$invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,KT)}var WT,GT,KT,qT=t((()=>{Pf(),W(),PT(),RT(),WT={name:`BaseInputText`,extends:NT,style:LT,provide:function(){return{$pcInputText:this,$parentInstance:this}}},GT={name:`InputText`,extends:WT,inheritAttrs:!1,methods:{onInput:function(e){this.writeValue(e.target.value,e)}},computed:{attrs:function(){return V(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return td(BT({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},KT=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`],GT.render=UT})),JT,YT=t((()=>{JT=`
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
`})),XT,ZT=t((()=>{YT(),Gp(),XT=K.extend({name:`progressspinner`,style:JT,classes:{root:`p-progressspinner`,spin:`p-progressspinner-spin`,circle:`p-progressspinner-circle`}})}));function QT(e,t,n,r,i,a){return I(),L(`div`,V({class:e.cx(`root`),role:`progressbar`},e.ptmi(`root`)),[(I(),L(`svg`,V({class:e.cx(`spin`),viewBox:`25 25 50 50`,style:a.svgStyle},e.ptm(`spin`)),[z(`circle`,V({class:e.cx(`circle`),cx:`50`,cy:`50`,r:`20`,fill:e.fill,"stroke-width":e.strokeWidth,strokeMiterlimit:`10`},e.ptm(`circle`)),null,16,eE)],16))],16)}var $T,eE,tE=t((()=>{lm(),ZT(),W(),$T={name:`ProgressSpinner`,extends:{name:`BaseProgressSpinner`,extends:cm,props:{strokeWidth:{type:String,default:`2`},fill:{type:String,default:`none`},animationDuration:{type:String,default:`2s`}},style:XT,provide:function(){return{$pcProgressSpinner:this,$parentInstance:this}}},inheritAttrs:!1,computed:{svgStyle:function(){return{"animation-duration":this.animationDuration}}}},eE=[`fill`,`stroke-width`],$T.render=QT}));function nE(e,t){var n=typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(!n){if(Array.isArray(e)||(n=rE(e))||t){n&&(e=n);var r=0,i=function(){};return{s:i,n:function(){return r>=e.length?{done:!0}:{done:!1,value:e[r++]}},e:function(e){throw e},f:i}}throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var a,o=!0,s=!1;return{s:function(){n=n.call(e)},n:function(){var e=n.next();return o=e.done,e},e:function(e){s=!0,a=e},f:function(){try{o||n.return==null||n.return()}finally{if(s)throw a}}}}function rE(e,t){if(e){if(typeof e==`string`)return iE(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?iE(e,t):void 0}}function iE(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}var aE,oE,sE=t((()=>{Df(),aE={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`},oE={filter:function(e,t,n,r,i){var a=[];if(!e)return a;var o=nE(e),s;try{for(o.s();!(s=o.n()).done;){var c=s.value;if(typeof c==`string`){if(this.filters[r](c,n,i)){a.push(c);continue}}else{var l=nE(t),u;try{for(l.s();!(u=l.n()).done;){var d=u.value,f=tf(c,d);if(this.filters[r](f,n,i)){a.push(c);break}}}catch(e){l.e(e)}finally{l.f()}}}}catch(e){o.e(e)}finally{o.f()}return a},filters:{startsWith:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=vf(t.toString()).toLocaleLowerCase(n);return vf(e.toString()).toLocaleLowerCase(n).slice(0,r.length)===r},contains:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=vf(t.toString()).toLocaleLowerCase(n);return vf(e.toString()).toLocaleLowerCase(n).indexOf(r)!==-1},notContains:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=vf(t.toString()).toLocaleLowerCase(n);return vf(e.toString()).toLocaleLowerCase(n).indexOf(r)===-1},endsWith:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=vf(t.toString()).toLocaleLowerCase(n),i=vf(e.toString()).toLocaleLowerCase(n);return i.indexOf(r,i.length-r.length)!==-1},equals:function(e,t,n){return t==null||t===``?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()===t.getTime():vf(e.toString()).toLocaleLowerCase(n)==vf(t.toString()).toLocaleLowerCase(n)},notEquals:function(e,t,n){return t==null||t===``?!1:e==null?!0:e.getTime&&t.getTime?e.getTime()!==t.getTime():vf(e.toString()).toLocaleLowerCase(n)!=vf(t.toString()).toLocaleLowerCase(n)},in:function(e,t){if(t==null||t.length===0)return!0;for(var n=0;n<t.length;n++)if(nf(e,t[n]))return!0;return!1},between:function(e,t){return t==null||t[0]==null||t[1]==null?!0:e==null?!1:e.getTime?t[0].getTime()<=e.getTime()&&e.getTime()<=t[1].getTime():t[0]<=e&&e<=t[1]},lt:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()<t.getTime():e<t},lte:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()<=t.getTime():e<=t},gt:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()>t.getTime():e>t},gte:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()>=t.getTime():e>=t},dateIs:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.toDateString()===t.toDateString())},dateIsNot:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.toDateString()!==t.toDateString())},dateBefore:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.getTime()<t.getTime())},dateAfter:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.getTime()>t.getTime())}},register:function(e,t){this.filters[e]=t}}}));function cE(e){"@babel/helpers - typeof";return cE=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},cE(e)}function lE(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function uE(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,fE(r.key),r)}}function dE(e,t,n){return t&&uE(e.prototype,t),Object.defineProperty(e,"prototype",{writable:!1}),e}function fE(e){var t=pE(e,`string`);return cE(t)==`symbol`?t:t+``}function pE(e,t){if(cE(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(cE(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return String(e)}var mE,hE=t((()=>{Pf(),qd(),mE=/*#__PURE__*/ function(){function e(t){var n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:function(){};lE(this,e),this.element=t,this.listener=n}return dE(e,[{key:`bindScrollListener`,value:function(){this.scrollableParents=Rd(this.element);for(var e=0;e<this.scrollableParents.length;e++)this.scrollableParents[e].addEventListener(`scroll`,this.listener)}},{key:`unbindScrollListener`,value:function(){if(this.scrollableParents)for(var e=0;e<this.scrollableParents.length;e++)this.scrollableParents[e].removeEventListener(`scroll`,this.listener)}},{key:`destroy`,value:function(){this.unbindScrollListener(),this.element=null,this.listener=null,this.scrollableParents=null}}])}()}));function gE(e){return bE(e)||yE(e)||vE(e)||_E()}function _E(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function vE(e,t){if(e){if(typeof e==`string`)return xE(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?xE(e,t):void 0}}function yE(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function bE(e){if(Array.isArray(e))return xE(e)}function xE(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function SE(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),gE(t[0]||=[z(`rect`,{width:`1`,height:`1`,fill:`currentColor`,"fill-opacity":`0`},null,-1)]),16)}var CE,wE=t((()=>{Mm(),W(),CE={name:`BlankIcon`,extends:jm},CE.render=SE}));function TE(e){return kE(e)||OE(e)||DE(e)||EE()}function EE(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function DE(e,t){if(e){if(typeof e==`string`)return AE(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?AE(e,t):void 0}}function OE(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function kE(e){if(Array.isArray(e))return AE(e)}function AE(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function jE(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),TE(t[0]||=[z(`path`,{d:`M7.01744 10.398C6.91269 10.3985 6.8089 10.378 6.71215 10.3379C6.61541 10.2977 6.52766 10.2386 6.45405 10.1641L1.13907 4.84913C1.03306 4.69404 0.985221 4.5065 1.00399 4.31958C1.02276 4.13266 1.10693 3.95838 1.24166 3.82747C1.37639 3.69655 1.55301 3.61742 1.74039 3.60402C1.92777 3.59062 2.11386 3.64382 2.26584 3.75424L7.01744 8.47394L11.769 3.75424C11.9189 3.65709 12.097 3.61306 12.2748 3.62921C12.4527 3.64535 12.6199 3.72073 12.7498 3.84328C12.8797 3.96582 12.9647 4.12842 12.9912 4.30502C13.0177 4.48162 12.9841 4.662 12.8958 4.81724L7.58083 10.1322C7.50996 10.2125 7.42344 10.2775 7.32656 10.3232C7.22968 10.3689 7.12449 10.3944 7.01744 10.398Z`,fill:`currentColor`},null,-1)]),16)}var ME,NE=t((()=>{Mm(),W(),ME={name:`ChevronDownIcon`,extends:jm},ME.render=jE}));function PE(e){return RE(e)||LE(e)||IE(e)||FE()}function FE(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function IE(e,t){if(e){if(typeof e==`string`)return zE(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?zE(e,t):void 0}}function LE(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function RE(e){if(Array.isArray(e))return zE(e)}function zE(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function BE(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),PE(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M2.67602 11.0265C3.6661 11.688 4.83011 12.0411 6.02086 12.0411C6.81149 12.0411 7.59438 11.8854 8.32483 11.5828C8.87005 11.357 9.37808 11.0526 9.83317 10.6803L12.9769 13.8241C13.0323 13.8801 13.0983 13.9245 13.171 13.9548C13.2438 13.985 13.3219 14.0003 13.4007 14C13.4795 14.0003 13.5575 13.985 13.6303 13.9548C13.7031 13.9245 13.7691 13.8801 13.8244 13.8241C13.9367 13.7116 13.9998 13.5592 13.9998 13.4003C13.9998 13.2414 13.9367 13.089 13.8244 12.9765L10.6807 9.8328C11.053 9.37773 11.3573 8.86972 11.5831 8.32452C11.8857 7.59408 12.0414 6.81119 12.0414 6.02056C12.0414 4.8298 11.6883 3.66579 11.0268 2.67572C10.3652 1.68564 9.42494 0.913972 8.32483 0.45829C7.22472 0.00260857 6.01418 -0.116618 4.84631 0.115686C3.67844 0.34799 2.60568 0.921393 1.76369 1.76338C0.921698 2.60537 0.348296 3.67813 0.115991 4.84601C-0.116313 6.01388 0.00291375 7.22441 0.458595 8.32452C0.914277 9.42464 1.68595 10.3649 2.67602 11.0265ZM3.35565 2.0158C4.14456 1.48867 5.07206 1.20731 6.02086 1.20731C7.29317 1.20731 8.51338 1.71274 9.41304 2.6124C10.3127 3.51206 10.8181 4.73226 10.8181 6.00457C10.8181 6.95337 10.5368 7.88088 10.0096 8.66978C9.48251 9.45868 8.73328 10.0736 7.85669 10.4367C6.98011 10.7997 6.01554 10.8947 5.08496 10.7096C4.15439 10.5245 3.2996 10.0676 2.62869 9.39674C1.95778 8.72583 1.50089 7.87104 1.31579 6.94046C1.13068 6.00989 1.22568 5.04532 1.58878 4.16874C1.95187 3.29215 2.56675 2.54292 3.35565 2.0158Z`,fill:`currentColor`},null,-1)]),16)}var VE,HE=t((()=>{Mm(),W(),VE={name:`SearchIcon`,extends:jm},VE.render=BE})),UE,WE=t((()=>{Yd(),UE=Jd()})),GE,KE=t((()=>{GE=`
    .p-virtualscroller-loader {
        background: dt('virtualscroller.loader.mask.background');
        color: dt('virtualscroller.loader.mask.color');
    }

    .p-virtualscroller-loading-icon {
        font-size: dt('virtualscroller.loader.icon.size');
        width: dt('virtualscroller.loader.icon.size');
        height: dt('virtualscroller.loader.icon.size');
    }
`})),qE,JE=t((()=>{KE(),Gp(),qE=K.extend({name:`virtualscroller`,css:`
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
`,style:GE})}));function YE(e){"@babel/helpers - typeof";return YE=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},YE(e)}function XE(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function ZE(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?XE(Object(n),!0).forEach(function(t){QE(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):XE(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function QE(e,t,n){return(t=$E(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function $E(e){var t=eD(e,`string`);return YE(t)==`symbol`?t:t+``}function eD(e,t){if(YE(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(YE(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function tD(e,t,n,r,i,a){var o=fi(`SpinnerIcon`);return e.disabled?(I(),L(H,{key:1},[F(e.$slots,`default`),F(e.$slots,`content`,{items:e.items,rows:e.items,columns:a.loadedColumns})],64)):(I(),L(`div`,V({key:0,ref:a.elementRef,class:a.containerClass,tabindex:e.tabindex,style:e.style,onScroll:t[0]||=function(){return a.onScroll&&a.onScroll.apply(a,arguments)}},e.ptmi(`root`)),[F(e.$slots,`content`,{styleClass:a.contentClass,items:a.loadedItems,getItemOptions:a.getOptions,loading:i.d_loading,getLoaderOptions:a.getLoaderOptions,itemSize:e.itemSize,rows:a.loadedRows,columns:a.loadedColumns,contentRef:a.contentRef,spacerStyle:i.spacerStyle,contentStyle:i.contentStyle,vertical:a.isVertical(),horizontal:a.isHorizontal(),both:a.isBoth()},function(){return[z(`div`,V({ref:a.contentRef,class:a.contentClass,style:i.contentStyle},e.ptm(`content`)),[(I(!0),L(H,null,_i(a.loadedItems,function(t,n){return F(e.$slots,`item`,{key:n,item:t,options:a.getOptions(n)})}),128))],16)]}),e.showSpacer?(I(),L(`div`,V({key:0,class:`p-virtualscroller-spacer`,style:i.spacerStyle},e.ptm(`spacer`)),null,16)):B(``,!0),!e.loaderDisabled&&e.showLoader&&i.d_loading?(I(),L(`div`,V({key:1,class:a.loaderClass},e.ptm(`loader`)),[e.$slots&&e.$slots.loader?(I(!0),L(H,{key:0},_i(i.loaderArr,function(t,n){return F(e.$slots,`loader`,{key:n,options:a.getLoaderOptions(n,a.isBoth()&&{numCols:e.d_numItemsInViewport.cols})})}),128)):B(``,!0),F(e.$slots,`loadingicon`,{},function(){return[U(o,V({spin:``,class:`p-virtualscroller-loading-icon`},e.ptm(`loadingIcon`)),null,16)]})],16)):B(``,!0)],16,iD))}var nD,rD,iD,aD=t((()=>{qd(),Vm(),lm(),JE(),W(),nD={name:`BaseVirtualScroller`,extends:cm,props:{id:{type:String,default:null},style:null,class:null,items:{type:Array,default:null},itemSize:{type:[Number,Array],default:0},scrollHeight:null,scrollWidth:null,orientation:{type:String,default:`vertical`},numToleratedItems:{type:Number,default:null},delay:{type:Number,default:0},resizeDelay:{type:Number,default:10},lazy:{type:Boolean,default:!1},disabled:{type:Boolean,default:!1},loaderDisabled:{type:Boolean,default:!1},columns:{type:Array,default:null},loading:{type:Boolean,default:!1},showSpacer:{type:Boolean,default:!0},showLoader:{type:Boolean,default:!1},tabindex:{type:Number,default:0},inline:{type:Boolean,default:!1},step:{type:Number,default:0},appendOnly:{type:Boolean,default:!1},autoSize:{type:Boolean,default:!1}},style:qE,provide:function(){return{$pcVirtualScroller:this,$parentInstance:this}},beforeMount:function(){var e;qE.loadCSS({nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce})}},rD={name:`VirtualScroller`,extends:nD,inheritAttrs:!1,emits:[`update:numToleratedItems`,`scroll`,`scroll-index-change`,`lazy-load`],data:function(){var e=this.isBoth();return{first:e?{rows:0,cols:0}:0,last:e?{rows:0,cols:0}:0,page:e?{rows:0,cols:0}:0,numItemsInViewport:e?{rows:0,cols:0}:0,lastScrollPos:e?{top:0,left:0}:0,d_numToleratedItems:this.numToleratedItems,d_loading:this.loading,loaderArr:[],spacerStyle:{},contentStyle:{}}},element:null,content:null,lastScrollPos:null,scrollTimeout:null,resizeTimeout:null,defaultWidth:0,defaultHeight:0,defaultContentWidth:0,defaultContentHeight:0,isRangeChanged:!1,lazyLoadState:{},resizeListener:null,resizeObserver:null,initialized:!1,watch:{numToleratedItems:function(e){this.d_numToleratedItems=e},loading:function(e,t){this.lazy&&e!==t&&e!==this.d_loading&&(this.d_loading=e)},items:{handler:function(e,t){t&&t.length===(e||[]).length||(this.init(),this.calculateAutoSize())},deep:!0},itemSize:function(){this.init(),this.calculateAutoSize()},orientation:function(){this.lastScrollPos=this.isBoth()?{top:0,left:0}:0},scrollHeight:function(){this.init(),this.calculateAutoSize()},scrollWidth:function(){this.init(),this.calculateAutoSize()}},mounted:function(){this.viewInit(),this.lastScrollPos=this.isBoth()?{top:0,left:0}:0,this.lazyLoadState=this.lazyLoadState||{}},updated:function(){!this.initialized&&this.viewInit()},unmounted:function(){this.unbindResizeListener(),this.initialized=!1},methods:{viewInit:function(){Wd(this.element)&&(this.setContentEl(this.content),this.init(),this.calculateAutoSize(),this.defaultWidth=Bd(this.element),this.defaultHeight=Nd(this.element),this.defaultContentWidth=Bd(this.content),this.defaultContentHeight=Nd(this.content),this.initialized=!0),this.element&&this.bindResizeListener()},init:function(){this.disabled||(this.setSize(),this.calculateOptions(),this.setSpacerSize())},isVertical:function(){return this.orientation===`vertical`},isHorizontal:function(){return this.orientation===`horizontal`},isBoth:function(){return this.orientation===`both`},scrollTo:function(e){this.element&&this.element.scrollTo(e)},scrollToIndex:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:`auto`,r=this.isBoth(),i=this.isHorizontal();if(r?e.every(function(e){return e>-1}):e>-1){var a=this.first,o=this.element,s=o.scrollTop,c=s===void 0?0:s,l=o.scrollLeft,u=l===void 0?0:l,d=this.calculateNumItems().numToleratedItems,f=this.getContentPosition(),p=this.itemSize,m=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0;return e<=(arguments.length>1?arguments[1]:void 0)?0:e},h=function(e,t,n){return e*t+n},g=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return t.scrollTo({left:e,top:r,behavior:n})},_=r?{rows:0,cols:0}:0,v=!1,y=!1;r?(_={rows:m(e[0],d[0]),cols:m(e[1],d[1])},g(h(_.cols,p[1],f.left),h(_.rows,p[0],f.top)),y=this.lastScrollPos.top!==c||this.lastScrollPos.left!==u,v=_.rows!==a.rows||_.cols!==a.cols):(_=m(e,d),i?g(h(_,p,f.left),c):g(u,h(_,p,f.top)),y=this.lastScrollPos!==(i?u:c),v=_!==a),this.isRangeChanged=v,y&&(this.first=_)}},scrollInView:function(e,t){var n=this,r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:`auto`;if(t){var i=this.isBoth(),a=this.isHorizontal();if(i?e.every(function(e){return e>-1}):e>-1){var o=this.getRenderedRange(),s=o.first,c=o.viewport,l=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return n.scrollTo({left:e,top:t,behavior:r})},u=t===`to-start`,d=t===`to-end`;if(u){if(i)c.first.rows-s.rows>e[0]?l(c.first.cols*this.itemSize[1],(c.first.rows-1)*this.itemSize[0]):c.first.cols-s.cols>e[1]&&l((c.first.cols-1)*this.itemSize[1],c.first.rows*this.itemSize[0]);else if(c.first-s>e){var f=(c.first-1)*this.itemSize;a?l(f,0):l(0,f)}}else if(d){if(i)c.last.rows-s.rows<=e[0]+1?l(c.first.cols*this.itemSize[1],(c.first.rows+1)*this.itemSize[0]):c.last.cols-s.cols<=e[1]+1&&l((c.first.cols+1)*this.itemSize[1],c.first.rows*this.itemSize[0]);else if(c.last-s<=e+1){var p=(c.first+1)*this.itemSize;a?l(p,0):l(0,p)}}}}else this.scrollToIndex(e,r)},getRenderedRange:function(){var e=function(e,t){return Math.floor(e/(t||e))},t=this.first,n=0;if(this.element){var r=this.isBoth(),i=this.isHorizontal(),a=this.element,o=a.scrollTop,s=a.scrollLeft;r?(t={rows:e(o,this.itemSize[0]),cols:e(s,this.itemSize[1])},n={rows:t.rows+this.numItemsInViewport.rows,cols:t.cols+this.numItemsInViewport.cols}):(t=e(i?s:o,this.itemSize),n=t+this.numItemsInViewport)}return{first:this.first,last:this.last,viewport:{first:t,last:n}}},calculateNumItems:function(){var e=this.isBoth(),t=this.isHorizontal(),n=this.itemSize,r=this.getContentPosition(),i=this.element?this.element.offsetWidth-r.left:0,a=this.element?this.element.offsetHeight-r.top:0,o=function(e,t){return Math.ceil(e/(t||e))},s=function(e){return Math.ceil(e/2)},c=e?{rows:o(a,n[0]),cols:o(i,n[1])}:o(t?i:a,n);return{numItemsInViewport:c,numToleratedItems:this.d_numToleratedItems||(e?[s(c.rows),s(c.cols)]:s(c))}},calculateOptions:function(){var e=this,t=this.isBoth(),n=this.first,r=this.calculateNumItems(),i=r.numItemsInViewport,a=r.numToleratedItems,o=function(t,n,r){var i=arguments.length>3&&arguments[3]!==void 0&&arguments[3];return e.getLast(t+n+(t<r?2:3)*r,i)},s=t?{rows:o(n.rows,i.rows,a[0]),cols:o(n.cols,i.cols,a[1],!0)}:o(n,i,a);this.last=s,this.numItemsInViewport=i,this.d_numToleratedItems=a,this.$emit(`update:numToleratedItems`,this.d_numToleratedItems),this.showLoader&&(this.loaderArr=t?Array.from({length:i.rows}).map(function(){return Array.from({length:i.cols})}):Array.from({length:i})),this.lazy&&Promise.resolve().then(function(){e.lazyLoadState={first:e.step?t?{rows:0,cols:n.cols}:0:n,last:Math.min(e.step?e.step:s,e.items?.length||0)},e.$emit(`lazy-load`,e.lazyLoadState)})},calculateAutoSize:function(){var e=this;this.autoSize&&!this.d_loading&&Promise.resolve().then(function(){if(e.content){var t=e.isBoth(),n=e.isHorizontal(),r=e.isVertical();e.content.style.minHeight=e.content.style.minWidth=`auto`,e.content.style.position=`relative`,e.element.style.contain=`none`;var i=[Bd(e.element),Nd(e.element)],a=i[0],o=i[1];(t||n)&&(e.element.style.width=a<e.defaultWidth?a+`px`:e.scrollWidth||e.defaultWidth+`px`),(t||r)&&(e.element.style.height=o<e.defaultHeight?o+`px`:e.scrollHeight||e.defaultHeight+`px`),e.content.style.minHeight=e.content.style.minWidth=``,e.content.style.position=``,e.element.style.contain=``}})},getLast:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,t=arguments.length>1?arguments[1]:void 0;return this.items?Math.min(t?(this.columns||this.items[0])?.length||0:this.items?.length||0,e):0},getContentPosition:function(){if(this.content){var e=getComputedStyle(this.content),t=parseFloat(e.paddingLeft)+Math.max(parseFloat(e.left)||0,0),n=parseFloat(e.paddingRight)+Math.max(parseFloat(e.right)||0,0),r=parseFloat(e.paddingTop)+Math.max(parseFloat(e.top)||0,0),i=parseFloat(e.paddingBottom)+Math.max(parseFloat(e.bottom)||0,0);return{left:t,right:n,top:r,bottom:i,x:t+n,y:r+i}}return{left:0,right:0,top:0,bottom:0,x:0,y:0}},setSize:function(){var e=this;if(this.element){var t=this.isBoth(),n=this.isHorizontal(),r=this.element.parentElement,i=this.scrollWidth||`${this.element.offsetWidth||r.offsetWidth}px`,a=this.scrollHeight||`${this.element.offsetHeight||r.offsetHeight}px`,o=function(t,n){return e.element.style[t]=n};t||n?(o(`height`,a),o(`width`,i)):o(`height`,a)}},setSpacerSize:function(){var e=this,t=this.items;if(t){var n=this.isBoth(),r=this.isHorizontal(),i=this.getContentPosition(),a=function(t,n,r){var i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:0;return e.spacerStyle=ZE(ZE({},e.spacerStyle),QE({},`${t}`,(n||[]).length*r+i+`px`))};n?(a(`height`,t,this.itemSize[0],i.y),a(`width`,this.columns||t[1],this.itemSize[1],i.x)):r?a(`width`,this.columns||t,this.itemSize,i.x):a(`height`,t,this.itemSize,i.y)}},setContentPosition:function(e){var t=this;if(this.content&&!this.appendOnly){var n=this.isBoth(),r=this.isHorizontal(),i=e?e.first:this.first,a=function(e,t){return e*t},o=function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:0,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0;return t.contentStyle=ZE(ZE({},t.contentStyle),{transform:`translate3d(${e}px, ${n}px, 0)`})};if(n)o(a(i.cols,this.itemSize[1]),a(i.rows,this.itemSize[0]));else{var s=a(i,this.itemSize);r?o(s,0):o(0,s)}}},onScrollPositionChange:function(e){var t=this,n=e.target,r=this.isBoth(),i=this.isHorizontal(),a=this.getContentPosition(),o=function(e,t){return e?e>t?e-t:e:0},s=function(e,t){return Math.floor(e/(t||e))},c=function(e,t,n,r,i,a){return e<=i?i:a?n-r-i:t+i-1},l=function(e,n,r,i,a,o,s,c){if(e<=o)return 0;var l=Math.max(0,s?e<n?r:e-o:e>n?r:e-2*o),u=t.getLast(l,c);return l>u?u-a:l},u=function(e,n,r,i,a,o){var s=n+i+2*a;return e>=a&&(s+=a+1),t.getLast(s,o)},d=o(n.scrollTop,a.top),f=o(n.scrollLeft,a.left),p=r?{rows:0,cols:0}:0,m=this.last,h=!1,g=this.lastScrollPos;if(r){var _=this.lastScrollPos.top<=d,v=this.lastScrollPos.left<=f;if(!this.appendOnly||this.appendOnly&&(_||v)){var y={rows:s(d,this.itemSize[0]),cols:s(f,this.itemSize[1])},b={rows:c(y.rows,this.first.rows,this.last.rows,this.numItemsInViewport.rows,this.d_numToleratedItems[0],_),cols:c(y.cols,this.first.cols,this.last.cols,this.numItemsInViewport.cols,this.d_numToleratedItems[1],v)};p={rows:l(y.rows,b.rows,this.first.rows,this.last.rows,this.numItemsInViewport.rows,this.d_numToleratedItems[0],_),cols:l(y.cols,b.cols,this.first.cols,this.last.cols,this.numItemsInViewport.cols,this.d_numToleratedItems[1],v,!0)},m={rows:u(y.rows,p.rows,this.last.rows,this.numItemsInViewport.rows,this.d_numToleratedItems[0]),cols:u(y.cols,p.cols,this.last.cols,this.numItemsInViewport.cols,this.d_numToleratedItems[1],!0)},h=p.rows!==this.first.rows||m.rows!==this.last.rows||p.cols!==this.first.cols||m.cols!==this.last.cols||this.isRangeChanged,g={top:d,left:f}}}else{var x=i?f:d,S=this.lastScrollPos<=x;if(!this.appendOnly||this.appendOnly&&S){var C=s(x,this.itemSize);p=l(C,c(C,this.first,this.last,this.numItemsInViewport,this.d_numToleratedItems,S),this.first,this.last,this.numItemsInViewport,this.d_numToleratedItems,S),m=u(C,p,this.last,this.numItemsInViewport,this.d_numToleratedItems),h=p!==this.first||m!==this.last||this.isRangeChanged,g=x}}return{first:p,last:m,isRangeChanged:h,scrollPos:g}},onScrollChange:function(e){var t=this.onScrollPositionChange(e),n=t.first,r=t.last,i=t.isRangeChanged,a=t.scrollPos;if(i){var o={first:n,last:r};if(this.setContentPosition(o),this.first=n,this.last=r,this.lastScrollPos=a,this.$emit(`scroll-index-change`,o),this.lazy&&this.isPageChanged(n)){var s={first:this.step?Math.min(this.getPageByFirst(n)*this.step,(this.items?.length||0)-this.step):n,last:Math.min(this.step?(this.getPageByFirst(n)+1)*this.step:r,this.items?.length||0)};(this.lazyLoadState.first!==s.first||this.lazyLoadState.last!==s.last)&&this.$emit(`lazy-load`,s),this.lazyLoadState=s}}},onScroll:function(e){var t=this;this.$emit(`scroll`,e),this.delay?(this.scrollTimeout&&clearTimeout(this.scrollTimeout),this.isPageChanged()&&(!this.d_loading&&this.showLoader&&(this.onScrollPositionChange(e).isRangeChanged||this.step&&this.isPageChanged())&&(this.d_loading=!0),this.scrollTimeout=setTimeout(function(){t.onScrollChange(e),t.d_loading&&t.showLoader&&(!t.lazy||t.loading===void 0)&&(t.d_loading=!1,t.page=t.getPageByFirst())},this.delay))):this.onScrollChange(e)},onResize:function(){var e=this;this.resizeTimeout&&clearTimeout(this.resizeTimeout),this.resizeTimeout=setTimeout(function(){if(Wd(e.element)){var t=e.isBoth(),n=e.isVertical(),r=e.isHorizontal(),i=[Bd(e.element),Nd(e.element)],a=i[0],o=i[1],s=a!==e.defaultWidth,c=o!==e.defaultHeight;(t?s||c:r?s:n&&c)&&(e.d_numToleratedItems=e.numToleratedItems,e.defaultWidth=a,e.defaultHeight=o,e.defaultContentWidth=Bd(e.content),e.defaultContentHeight=Nd(e.content),e.init())}},this.resizeDelay)},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=this.onResize.bind(this),window.addEventListener(`resize`,this.resizeListener),window.addEventListener(`orientationchange`,this.resizeListener),this.resizeObserver=new ResizeObserver(function(){e.onResize()}),this.resizeObserver.observe(this.element))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),window.removeEventListener(`orientationchange`,this.resizeListener),null),this.resizeObserver&&=(this.resizeObserver.disconnect(),null)},getOptions:function(e){var t=(this.items||[]).length,n=this.isBoth()?this.first.rows+e:this.first+e;return{index:n,count:t,first:n===0,last:n===t-1,even:n%2==0,odd:n%2!=0}},getLoaderOptions:function(e,t){var n=this.loaderArr.length;return ZE({index:e,count:n,first:e===0,last:e===n-1,even:e%2==0,odd:e%2!=0},t)},getPageByFirst:function(e){return Math.floor(((e??this.first)+this.d_numToleratedItems*4)/(this.step||1))},isPageChanged:function(e){return this.step&&!this.lazy?this.page!==this.getPageByFirst(e??this.first):!0},setContentEl:function(e){this.content=e||this.content||Od(this.element,`[data-pc-section="content"]`)},elementRef:function(e){this.element=e},contentRef:function(e){this.content=e}},computed:{containerClass:function(){return[`p-virtualscroller`,this.class,{"p-virtualscroller-inline":this.inline,"p-virtualscroller-both p-both-scroll":this.isBoth(),"p-virtualscroller-horizontal p-horizontal-scroll":this.isHorizontal()}]},contentClass:function(){return[`p-virtualscroller-content`,{"p-virtualscroller-loading":this.d_loading}]},loaderClass:function(){return[`p-virtualscroller-loader`,{"p-virtualscroller-loader-mask":!this.$slots.loader}]},loadedItems:function(){var e=this;return this.items&&!this.d_loading?this.isBoth()?this.items.slice(this.appendOnly?0:this.first.rows,this.last.rows).map(function(t){return e.columns?t:t.slice(e.appendOnly?0:e.first.cols,e.last.cols)}):this.isHorizontal()&&this.columns?this.items:this.items.slice(this.appendOnly?0:this.first,this.last):[]},loadedRows:function(){return this.d_loading?this.loaderDisabled?this.loaderArr:[]:this.loadedItems},loadedColumns:function(){if(this.columns){var e=this.isBoth(),t=this.isHorizontal();if(e||t)return this.d_loading&&this.loaderDisabled?e?this.loaderArr[0]:this.loaderArr:this.columns.slice(e?this.first.cols:this.first,e?this.last.cols:this.last)}return this.columns}},components:{SpinnerIcon:Bm}},iD=[`tabindex`],rD.render=tD})),oD,sD=t((()=>{oD=`
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
`})),cD,lD=t((()=>{sD(),Gp(),cD=K.extend({name:`select`,style:oD,classes:{root:function(e){var t=e.instance,n=e.props,r=e.state;return[`p-select p-component p-inputwrapper`,{"p-disabled":n.disabled,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-focus":r.focused,"p-inputwrapper-filled":t.$filled,"p-inputwrapper-focus":r.focused||r.overlayVisible,"p-select-open":r.overlayVisible,"p-select-fluid":t.$fluid,"p-select-sm p-inputfield-sm":n.size===`small`,"p-select-lg p-inputfield-lg":n.size===`large`}]},label:function(e){var t=e.instance,n=e.props;return[`p-select-label`,{"p-placeholder":!n.editable&&t.label===n.placeholder,"p-select-label-empty":!n.editable&&!t.$slots.value&&(t.label===`p-emptylabel`||t.label?.length===0)}]},clearIcon:`p-select-clear-icon`,dropdown:`p-select-dropdown`,loadingicon:`p-select-loading-icon`,dropdownIcon:`p-select-dropdown-icon`,overlay:`p-select-overlay p-component`,header:`p-select-header`,pcFilter:`p-select-filter`,listContainer:`p-select-list-container`,list:`p-select-list`,optionGroup:`p-select-option-group`,optionGroupLabel:`p-select-option-group-label`,option:function(e){var t=e.instance,n=e.props,r=e.state,i=e.option,a=e.focusedOption;return[`p-select-option`,{"p-select-option-selected":t.isSelected(i)&&n.highlightOnSelect,"p-focus":r.focusedOptionIndex===a,"p-disabled":t.isOptionDisabled(i)}]},optionLabel:`p-select-option-label`,optionCheckIcon:`p-select-option-check-icon`,optionBlankIcon:`p-select-option-blank-icon`,emptyMessage:`p-select-empty-message`}})}));function uD(e){"@babel/helpers - typeof";return uD=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},uD(e)}function dD(e){return hD(e)||mD(e)||pD(e)||fD()}function fD(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function pD(e,t){if(e){if(typeof e==`string`)return gD(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?gD(e,t):void 0}}function mD(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function hD(e){if(Array.isArray(e))return gD(e)}function gD(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function _D(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function vD(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?_D(Object(n),!0).forEach(function(t){yD(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):_D(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function yD(e,t,n){return(t=bD(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function bD(e){var t=xD(e,`string`);return uD(t)==`symbol`?t:t+``}function xD(e,t){if(uD(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(uD(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function SD(e,t,n,r,i,a){var o=fi(`SpinnerIcon`),s=fi(`InputText`),c=fi(`SearchIcon`),l=fi(`InputIcon`),u=fi(`IconField`),d=fi(`CheckIcon`),m=fi(`BlankIcon`),h=fi(`VirtualScroller`),g=fi(`Portal`),_=mi(`ripple`);return I(),L(`div`,V({ref:`container`,id:e.$id,class:e.cx(`root`),onClick:t[12]||=function(){return a.onContainerClick&&a.onContainerClick.apply(a,arguments)},"data-p":a.containerDataP},e.ptmi(`root`)),[e.editable?(I(),L(`input`,V({key:0,ref:`focusInput`,name:e.name,id:e.labelId||e.inputId,type:`text`,class:[e.cx(`label`),e.inputClass,e.labelClass],style:[e.inputStyle,e.labelStyle],value:a.editableInputValue,placeholder:e.placeholder,tabindex:e.disabled?-1:e.tabindex,disabled:e.disabled,autocomplete:`off`,role:`combobox`,"aria-label":e.ariaLabel,"aria-labelledby":e.ariaLabelledby,"aria-haspopup":`listbox`,"aria-expanded":i.overlayVisible,"aria-controls":i.overlayVisible?e.$id+`_list`:void 0,"aria-activedescendant":i.focused?a.focusedOptionId:void 0,"aria-invalid":e.invalid||void 0,onFocus:t[0]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onKeydown:t[2]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)},onInput:t[3]||=function(){return a.onEditableInput&&a.onEditableInput.apply(a,arguments)},"data-p":a.labelDataP},e.ptm(`label`)),null,16,ED)):(I(),L(`span`,V({key:1,ref:`focusInput`,name:e.name,id:e.labelId||e.inputId,class:[e.cx(`label`),e.inputClass,e.labelClass],style:[e.inputStyle,e.labelStyle],tabindex:e.disabled?-1:e.tabindex,role:`combobox`,"aria-label":e.ariaLabel||(a.label===`p-emptylabel`?void 0:a.label),"aria-labelledby":e.ariaLabelledby,"aria-haspopup":`listbox`,"aria-expanded":i.overlayVisible,"aria-controls":e.$id+`_list`,"aria-activedescendant":i.focused?a.focusedOptionId:void 0,"aria-invalid":e.invalid||void 0,"aria-disabled":e.disabled,onFocus:t[4]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[5]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onKeydown:t[6]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)},"data-p":a.labelDataP},e.ptm(`label`)),[F(e.$slots,`value`,{value:e.d_value,placeholder:e.placeholder},function(){return[Ka(j(a.label===`p-emptylabel`?`\xA0`:a.label??`empty`),1)]})],16,DD)),a.isClearIconVisible?F(e.$slots,`clearicon`,{key:2,class:f(e.cx(`clearIcon`)),clearCallback:a.onClearClick},function(){return[(I(),R(pi(e.clearIcon?`i`:`TimesIcon`),V({ref:`clearIcon`,class:[e.cx(`clearIcon`),e.clearIcon],onClick:a.onClearClick},e.ptm(`clearIcon`),{"data-pc-section":`clearicon`}),null,16,[`class`,`onClick`]))]}):B(``,!0),z(`div`,V({class:e.cx(`dropdown`)},e.ptm(`dropdown`)),[e.loading?F(e.$slots,`loadingicon`,{key:0,class:f(e.cx(`loadingIcon`))},function(){return[e.loadingIcon?(I(),L(`span`,V({key:0,class:[e.cx(`loadingIcon`),`pi-spin`,e.loadingIcon],"aria-hidden":`true`},e.ptm(`loadingIcon`)),null,16)):(I(),R(o,V({key:1,class:e.cx(`loadingIcon`),spin:``,"aria-hidden":`true`},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):F(e.$slots,`dropdownicon`,{key:1,class:f(e.cx(`dropdownIcon`))},function(){return[(I(),R(pi(e.dropdownIcon?`span`:`ChevronDownIcon`),V({class:[e.cx(`dropdownIcon`),e.dropdownIcon],"aria-hidden":`true`,"data-p":a.dropdownIconDataP},e.ptm(`dropdownIcon`)),null,16,[`class`,`data-p`]))]})],16),U(g,{appendTo:e.appendTo},{default:P(function(){return[U(Ql,V({name:`p-anchored-overlay`,onEnter:a.onOverlayEnter,onAfterEnter:a.onOverlayAfterEnter,onLeave:a.onOverlayLeave,onAfterLeave:a.onOverlayAfterLeave},e.ptm(`transition`)),{default:P(function(){return[i.overlayVisible?(I(),L(`div`,V({key:0,ref:a.overlayRef,class:[e.cx(`overlay`),e.panelClass,e.overlayClass],style:[e.panelStyle,e.overlayStyle],onClick:t[10]||=function(){return a.onOverlayClick&&a.onOverlayClick.apply(a,arguments)},onKeydown:t[11]||=function(){return a.onOverlayKeyDown&&a.onOverlayKeyDown.apply(a,arguments)},"data-p":a.overlayDataP},e.ptm(`overlay`)),[z(`span`,V({ref:`firstHiddenFocusableElementOnOverlay`,role:`presentation`,"aria-hidden":`true`,class:`p-hidden-accessible p-hidden-focusable`,tabindex:0,onFocus:t[7]||=function(){return a.onFirstHiddenFocus&&a.onFirstHiddenFocus.apply(a,arguments)}},e.ptm(`hiddenFirstFocusableEl`),{"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0}),null,16),F(e.$slots,`header`,{value:e.d_value,options:a.visibleOptions}),e.filter?(I(),L(`div`,V({key:0,class:e.cx(`header`)},e.ptm(`header`)),[U(u,{unstyled:e.unstyled,pt:e.ptm(`pcFilterContainer`)},{default:P(function(){return[U(s,{ref:`filterInput`,type:`text`,value:i.filterValue,onVnodeMounted:a.onFilterUpdated,onVnodeUpdated:a.onFilterUpdated,class:f(e.cx(`pcFilter`)),placeholder:e.filterPlaceholder,variant:e.variant,unstyled:e.unstyled,role:`searchbox`,autocomplete:`off`,"aria-owns":e.$id+`_list`,"aria-activedescendant":a.focusedOptionId,onKeydown:a.onFilterKeyDown,onBlur:a.onFilterBlur,onInput:a.onFilterChange,pt:e.ptm(`pcFilter`),formControl:{novalidate:!0}},null,8,[`value`,`onVnodeMounted`,`onVnodeUpdated`,`class`,`placeholder`,`variant`,`unstyled`,`aria-owns`,`aria-activedescendant`,`onKeydown`,`onBlur`,`onInput`,`pt`]),U(l,{unstyled:e.unstyled,pt:e.ptm(`pcFilterIconContainer`)},{default:P(function(){return[F(e.$slots,`filtericon`,{},function(){return[e.filterIcon?(I(),L(`span`,V({key:0,class:e.filterIcon},e.ptm(`filterIcon`)),null,16)):(I(),R(c,p(V({key:1},e.ptm(`filterIcon`))),null,16))]})]}),_:3},8,[`unstyled`,`pt`])]}),_:3},8,[`unstyled`,`pt`]),z(`span`,V({role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenFilterResult`),{"data-p-hidden-accessible":!0}),j(a.filterResultMessageText),17)],16)):B(``,!0),z(`div`,V({class:e.cx(`listContainer`),style:{"max-height":a.virtualScrollerDisabled?e.scrollHeight:``}},e.ptm(`listContainer`)),[U(h,V({ref:a.virtualScrollerRef},e.virtualScrollerOptions,{items:a.visibleOptions,style:{height:e.scrollHeight},tabindex:-1,disabled:a.virtualScrollerDisabled,pt:e.ptm(`virtualScroller`)}),vi({content:P(function(n){var r=n.styleClass,o=n.contentRef,s=n.items,c=n.getItemOptions,l=n.contentStyle,u=n.itemSize;return[z(`ul`,V({ref:function(e){return a.listRef(e,o)},id:e.$id+`_list`,class:[e.cx(`list`),r],style:l,role:`listbox`},e.ptm(`list`)),[(I(!0),L(H,null,_i(s,function(n,r){return I(),L(H,{key:a.getOptionRenderKey(n,a.getOptionIndex(r,c))},[a.isOptionGroup(n)?(I(),L(`li`,V({key:0,id:e.$id+`_`+a.getOptionIndex(r,c),style:{height:u?u+`px`:void 0},class:e.cx(`optionGroup`),role:`option`},{ref_for:!0},e.ptm(`optionGroup`)),[F(e.$slots,`optiongroup`,{option:n.optionGroup,index:a.getOptionIndex(r,c)},function(){return[z(`span`,V({class:e.cx(`optionGroupLabel`)},{ref_for:!0},e.ptm(`optionGroupLabel`)),j(a.getOptionGroupLabel(n.optionGroup)),17)]})],16,AD)):mr((I(),L(`li`,V({key:1,id:e.$id+`_`+a.getOptionIndex(r,c),class:e.cx(`option`,{option:n,focusedOption:a.getOptionIndex(r,c)}),style:{height:u?u+`px`:void 0},role:`option`,"aria-label":a.getOptionLabel(n),"aria-selected":a.isSelected(n),"aria-disabled":a.isOptionDisabled(n),"aria-setsize":a.ariaSetSize,"aria-posinset":a.getAriaPosInset(a.getOptionIndex(r,c)),onMousedown:function(e){return a.onOptionSelect(e,n)},onMousemove:function(e){return a.onOptionMouseMove(e,a.getOptionIndex(r,c))},onClick:t[8]||=Bu(function(){},[`stop`]),"data-p-selected":!e.checkmark&&a.isSelected(n),"data-p-focused":i.focusedOptionIndex===a.getOptionIndex(r,c),"data-p-disabled":a.isOptionDisabled(n)},{ref_for:!0},a.getPTItemOptions(n,c,r,`option`)),[e.checkmark?(I(),L(H,{key:0},[a.isSelected(n)?(I(),R(d,V({key:0,class:e.cx(`optionCheckIcon`)},{ref_for:!0},e.ptm(`optionCheckIcon`)),null,16,[`class`])):(I(),R(m,V({key:1,class:e.cx(`optionBlankIcon`)},{ref_for:!0},e.ptm(`optionBlankIcon`)),null,16,[`class`]))],64)):B(``,!0),F(e.$slots,`option`,{option:n,selected:a.isSelected(n),index:a.getOptionIndex(r,c)},function(){return[z(`span`,V({class:e.cx(`optionLabel`)},{ref_for:!0},e.ptm(`optionLabel`)),j(a.getOptionLabel(n)),17)]})],16,jD)),[[_]])],64)}),128)),i.filterValue&&(!s||s&&s.length===0)?(I(),L(`li`,V({key:0,class:e.cx(`emptyMessage`),role:`option`},e.ptm(`emptyMessage`),{"data-p-hidden-accessible":!0}),[F(e.$slots,`emptyfilter`,{},function(){return[Ka(j(a.emptyFilterMessageText),1)]})],16)):!e.options||e.options&&e.options.length===0?(I(),L(`li`,V({key:1,class:e.cx(`emptyMessage`),role:`option`},e.ptm(`emptyMessage`),{"data-p-hidden-accessible":!0}),[F(e.$slots,`empty`,{},function(){return[Ka(j(a.emptyMessageText),1)]})],16)):B(``,!0)],16,kD)]}),_:2},[e.$slots.loader?{name:`loader`,fn:P(function(t){var n=t.options;return[F(e.$slots,`loader`,{options:n})]}),key:`0`}:void 0]),1040,[`items`,`style`,`disabled`,`pt`])],16),F(e.$slots,`footer`,{value:e.d_value,options:a.visibleOptions}),!e.options||e.options&&e.options.length===0?(I(),L(`span`,V({key:1,role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenEmptyMessage`),{"data-p-hidden-accessible":!0}),j(a.emptyMessageText),17)):B(``,!0),z(`span`,V({role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenSelectedMessage`),{"data-p-hidden-accessible":!0}),j(a.selectedMessageText),17),z(`span`,V({ref:`lastHiddenFocusableElementOnOverlay`,role:`presentation`,"aria-hidden":`true`,class:`p-hidden-accessible p-hidden-focusable`,tabindex:0,onFocus:t[9]||=function(){return a.onLastHiddenFocus&&a.onLastHiddenFocus.apply(a,arguments)}},e.ptm(`hiddenLastFocusableEl`),{"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0}),null,16)],16,OD)):B(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onLeave`,`onAfterLeave`])]}),_:3},8,[`appendTo`])],16,TD)}var CD,wD,TD,ED,DD,OD,kD,AD,jD,MD=t((()=>{Pf(),qd(),Df(),Nf(),sE(),hE(),wE(),pv(),NE(),HE(),Vm(),qh(),TT(),AT(),qT(),WE(),Tg(),vh(),aD(),PT(),lD(),W(),CD={name:`BaseSelect`,extends:NT,props:{options:Array,optionLabel:[String,Function],optionValue:[String,Function],optionDisabled:[String,Function],optionGroupLabel:[String,Function],optionGroupChildren:[String,Function],scrollHeight:{type:String,default:`14rem`},filter:Boolean,filterPlaceholder:String,filterLocale:String,filterMatchMode:{type:String,default:`contains`},filterFields:{type:Array,default:null},editable:Boolean,placeholder:{type:String,default:null},dataKey:null,showClear:{type:Boolean,default:!1},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},labelId:{type:String,default:null},labelClass:{type:[String,Object],default:null},labelStyle:{type:Object,default:null},panelClass:{type:[String,Object],default:null},overlayStyle:{type:Object,default:null},overlayClass:{type:[String,Object],default:null},panelStyle:{type:Object,default:null},appendTo:{type:[String,Object],default:`body`},loading:{type:Boolean,default:!1},clearIcon:{type:String,default:void 0},dropdownIcon:{type:String,default:void 0},filterIcon:{type:String,default:void 0},loadingIcon:{type:String,default:void 0},resetFilterOnHide:{type:Boolean,default:!1},resetFilterOnClear:{type:Boolean,default:!1},virtualScrollerOptions:{type:Object,default:null},autoOptionFocus:{type:Boolean,default:!1},autoFilterFocus:{type:Boolean,default:!1},selectOnFocus:{type:Boolean,default:!1},focusOnHover:{type:Boolean,default:!0},highlightOnSelect:{type:Boolean,default:!0},checkmark:{type:Boolean,default:!1},filterMessage:{type:String,default:null},selectionMessage:{type:String,default:null},emptySelectionMessage:{type:String,default:null},emptyFilterMessage:{type:String,default:null},emptyMessage:{type:String,default:null},tabindex:{type:Number,default:0},ariaLabel:{type:String,default:null},ariaLabelledby:{type:String,default:null}},style:cD,provide:function(){return{$pcSelect:this,$parentInstance:this}}},wD={name:`Select`,extends:CD,inheritAttrs:!1,emits:[`change`,`focus`,`blur`,`before-show`,`before-hide`,`show`,`hide`,`filter`],outsideClickListener:null,scrollHandler:null,resizeListener:null,labelClickListener:null,matchMediaOrientationListener:null,overlay:null,list:null,virtualScroller:null,searchTimeout:null,searchValue:null,isModelValueChanged:!1,data:function(){return{clicked:!1,focused:!1,focusedOptionIndex:-1,filterValue:null,overlayVisible:!1,queryOrientation:null}},watch:{modelValue:function(){this.isModelValueChanged=!0},options:function(){this.autoUpdateModel()}},mounted:function(){this.autoUpdateModel(),this.bindLabelClickListener(),this.bindMatchMediaOrientationListener()},updated:function(){this.overlayVisible&&this.isModelValueChanged&&this.scrollInView(this.findSelectedOptionIndex()),this.isModelValueChanged=!1},beforeUnmount:function(){this.unbindOutsideClickListener(),this.unbindResizeListener(),this.unbindLabelClickListener(),this.unbindMatchMediaOrientationListener(),this.scrollHandler&&=(this.scrollHandler.destroy(),null),this.overlay&&=(Mf.clear(this.overlay),null)},methods:{getOptionIndex:function(e,t){return this.virtualScrollerDisabled?e:t&&t(e).index},getOptionLabel:function(e){return this.optionLabel?tf(e,this.optionLabel):e},getOptionValue:function(e){return this.optionValue?tf(e,this.optionValue):e},getOptionRenderKey:function(e,t){return(this.dataKey?tf(e,this.dataKey):this.getOptionLabel(e))+`_`+t},getPTItemOptions:function(e,t,n,r){return this.ptm(r,{context:{option:e,index:n,selected:this.isSelected(e),focused:this.focusedOptionIndex===this.getOptionIndex(n,t),disabled:this.isOptionDisabled(e)}})},isOptionDisabled:function(e){return this.optionDisabled?tf(e,this.optionDisabled):!1},isOptionGroup:function(e){return this.optionGroupLabel&&e.optionGroup&&e.group},getOptionGroupLabel:function(e){return tf(e,this.optionGroupLabel)},getOptionGroupChildren:function(e){return tf(e,this.optionGroupChildren)},getAriaPosInset:function(e){var t=this;return(this.optionGroupLabel?e-this.visibleOptions.slice(0,e).filter(function(e){return t.isOptionGroup(e)}).length:e)+1},show:function(e){this.$emit(`before-show`),this.overlayVisible=!0,this.focusedOptionIndex=this.focusedOptionIndex===-1?this.autoOptionFocus?this.findFirstFocusedOptionIndex():this.editable?-1:this.findSelectedOptionIndex():this.focusedOptionIndex,e&&kd(this.$refs.focusInput)},hide:function(e){var t=this,n=function(){t.$emit(`before-hide`),t.overlayVisible=!1,t.clicked=!1,t.focusedOptionIndex=-1,t.searchValue=``,t.resetFilterOnHide&&(t.filterValue=null),e&&kd(t.$refs.focusInput)};setTimeout(function(){n()},0)},onFocus:function(e){this.disabled||(this.focused=!0,this.overlayVisible&&(this.focusedOptionIndex=this.focusedOptionIndex===-1?this.autoOptionFocus?this.findFirstFocusedOptionIndex():this.editable?-1:this.findSelectedOptionIndex():this.focusedOptionIndex,this.scrollInView(this.focusedOptionIndex)),this.$emit(`focus`,e))},onBlur:function(e){var t=this;setTimeout(function(){var n,r;t.focused=!1,t.focusedOptionIndex=-1,t.searchValue=``,t.$emit(`blur`,e),(n=(r=t.formField).onBlur)==null||n.call(r,e)},100)},onKeyDown:function(e){var t=this;if(this.disabled)e.preventDefault();else{if(Vd())switch(e.code){case`Backspace`:this.onBackspaceKey(e,this.editable);break;case`Enter`:case`NumpadDecimal`:this.onEnterKey(e);break;default:e.preventDefault();return}var n=e.metaKey||e.ctrlKey;switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e,this.editable);break;case`ArrowLeft`:case`ArrowRight`:this.onArrowLeftKey(e,this.editable);break;case`Home`:this.onHomeKey(e,this.editable);break;case`End`:this.onEndKey(e,this.editable);break;case`PageDown`:this.onPageDownKey(e);break;case`PageUp`:this.onPageUpKey(e);break;case`Space`:this.onSpaceKey(e,this.editable);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e);break;case`Backspace`:this.onBackspaceKey(e,this.editable);break;case`ShiftLeft`:case`ShiftRight`:break;default:!n&&mf(e.key)&&(!this.overlayVisible&&this.show(),!this.editable&&this.searchOptions(e,e.key),this.filter&&this.$nextTick(function(){t.$refs.filterInput&&kd(t.$refs.filterInput.$el)}))}this.clicked=!1}},onEditableInput:function(e){var t=e.target.value;this.searchValue=``,!this.searchOptions(e,t)&&(this.focusedOptionIndex=-1),this.updateModel(e,t),!this.overlayVisible&&G(t)&&this.show()},onContainerClick:function(e){this.disabled||this.loading||e.target.tagName===`INPUT`||e.target.getAttribute(`data-pc-section`)===`clearicon`||e.target.closest(`[data-pc-section="clearicon"]`)||(this.overlay&&this.overlay.contains(e.target)||(this.overlayVisible?this.hide(!0):this.show(!0)),this.clicked=!0)},onClearClick:function(e){this.updateModel(e,null),this.resetFilterOnClear&&(this.filterValue=null)},onFirstHiddenFocus:function(e){kd(e.relatedTarget===this.$refs.focusInput?Md(this.overlay,`:not([data-p-hidden-focusable="true"])`):this.$refs.focusInput)},onLastHiddenFocus:function(e){kd(e.relatedTarget===this.$refs.focusInput?Pd(this.overlay,`:not([data-p-hidden-focusable="true"])`):this.$refs.focusInput)},onOptionSelect:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:!0;if(this.overlayVisible){var r=this.getOptionValue(t);this.updateModel(e,r),n&&this.hide(!0)}},onOptionMouseMove:function(e,t){this.focusOnHover&&this.changeFocusedOptionIndex(e,t)},onFilterChange:function(e){var t=e.target.value;this.filterValue=t,this.focusedOptionIndex=-1,this.$emit(`filter`,{originalEvent:e,value:t}),!this.virtualScrollerDisabled&&this.virtualScroller.scrollToIndex(0)},onFilterKeyDown:function(e){if(!e.isComposing)switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e,!0);break;case`ArrowLeft`:case`ArrowRight`:this.onArrowLeftKey(e,!0);break;case`Home`:this.onHomeKey(e,!0);break;case`End`:this.onEndKey(e,!0);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e)}},onFilterBlur:function(){this.focusedOptionIndex=-1},onFilterUpdated:function(){this.overlayVisible&&this.alignOverlay()},onOverlayClick:function(e){UE.emit(`overlay-click`,{originalEvent:e,target:this.$el})},onOverlayKeyDown:function(e){e.code===`Escape`&&this.onEscapeKey(e)},onArrowDownKey:function(e){if(!this.overlayVisible)this.show(),this.editable&&this.changeFocusedOptionIndex(e,this.findSelectedOptionIndex());else{var t=this.focusedOptionIndex===-1?this.clicked?this.findFirstOptionIndex():this.findFirstFocusedOptionIndex():this.findNextOptionIndex(this.focusedOptionIndex);this.changeFocusedOptionIndex(e,t)}e.preventDefault()},onArrowUpKey:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];if(e.altKey&&!t)this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.overlayVisible&&this.hide(),e.preventDefault();else{var n=this.focusedOptionIndex===-1?this.clicked?this.findLastOptionIndex():this.findLastFocusedOptionIndex():this.findPrevOptionIndex(this.focusedOptionIndex);this.changeFocusedOptionIndex(e,n),!this.overlayVisible&&this.show(),e.preventDefault()}},onArrowLeftKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]&&(this.focusedOptionIndex=-1)},onHomeKey:function(e){if(arguments.length>1&&arguments[1]!==void 0&&arguments[1]){var t=e.currentTarget;e.shiftKey?t.setSelectionRange(0,e.target.selectionStart):(t.setSelectionRange(0,0),this.focusedOptionIndex=-1)}else this.changeFocusedOptionIndex(e,this.findFirstOptionIndex()),!this.overlayVisible&&this.show();e.preventDefault()},onEndKey:function(e){if(arguments.length>1&&arguments[1]!==void 0&&arguments[1]){var t=e.currentTarget;if(e.shiftKey)t.setSelectionRange(e.target.selectionStart,t.value.length);else{var n=t.value.length;t.setSelectionRange(n,n),this.focusedOptionIndex=-1}}else this.changeFocusedOptionIndex(e,this.findLastOptionIndex()),!this.overlayVisible&&this.show();e.preventDefault()},onPageUpKey:function(e){this.scrollInView(0),e.preventDefault()},onPageDownKey:function(e){this.scrollInView(this.visibleOptions.length-1),e.preventDefault()},onEnterKey:function(e){this.overlayVisible?(this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.hide(!0)):(this.focusedOptionIndex=-1,this.onArrowDownKey(e)),e.preventDefault()},onSpaceKey:function(e){!(arguments.length>1&&arguments[1]!==void 0&&arguments[1])&&this.onEnterKey(e)},onEscapeKey:function(e){this.overlayVisible&&this.hide(!0),e.preventDefault(),e.stopPropagation()},onTabKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]||(this.overlayVisible&&this.hasFocusableElements()?(kd(this.$refs.firstHiddenFocusableElementOnOverlay),e.preventDefault()):(this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.overlayVisible&&this.hide(this.filter)))},onBackspaceKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]&&!this.overlayVisible&&this.show()},onOverlayEnter:function(e){var t=this;Mf.set(`overlay`,e,this.$primevue.config.zIndex.overlay),_d(e,{position:`absolute`,top:`0`}),this.alignOverlay(),this.scrollInView(),this.$attrSelector&&e.setAttribute(this.$attrSelector,``),setTimeout(function(){t.autoFilterFocus&&t.filter&&kd(t.$refs.filterInput.$el),t.autoUpdateModel()},1)},onOverlayAfterEnter:function(){this.bindOutsideClickListener(),this.bindScrollListener(),this.bindResizeListener(),this.$emit(`show`)},onOverlayLeave:function(e){var t=this;e.style.pointerEvents=`none`,this.unbindOutsideClickListener(),this.unbindScrollListener(),this.unbindResizeListener(),this.autoFilterFocus&&this.filter&&!this.editable&&this.$nextTick(function(){t.$refs.filterInput&&kd(t.$refs.filterInput.$el)}),this.$emit(`hide`),this.overlay=null},onOverlayAfterLeave:function(e){Mf.clear(e)},alignOverlay:function(){this.appendTo===`self`?yd(this.overlay,this.$el):this.overlay&&(this.overlay.style.minWidth=vd(this.$el)+`px`,gd(this.overlay,this.$el))},bindOutsideClickListener:function(){var e=this;this.outsideClickListener||(this.outsideClickListener=function(t){var n=t.composedPath();e.overlayVisible&&e.overlay&&!n.includes(e.$el)&&!n.includes(e.overlay)&&e.hide()},document.addEventListener(`click`,this.outsideClickListener,!0))},unbindOutsideClickListener:function(){this.outsideClickListener&&=(document.removeEventListener(`click`,this.outsideClickListener,!0),null)},bindScrollListener:function(){var e=this;this.scrollHandler||=new mE(this.$refs.container,function(){e.overlayVisible&&e.hide()}),this.scrollHandler.bindScrollListener()},unbindScrollListener:function(){this.scrollHandler&&this.scrollHandler.unbindScrollListener()},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.overlayVisible&&!Gd()&&e.hide()},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},bindLabelClickListener:function(){var e=this;if(!this.editable&&!this.labelClickListener){var t=document.querySelector(`label[for="${this.labelId}"]`);t&&Wd(t)&&(this.labelClickListener=function(){kd(e.$refs.focusInput)},t.addEventListener(`click`,this.labelClickListener))}},unbindLabelClickListener:function(){if(this.labelClickListener){var e=document.querySelector(`label[for="${this.labelId}"]`);e&&Wd(e)&&e.removeEventListener(`click`,this.labelClickListener)}},bindMatchMediaOrientationListener:function(){var e=this;if(!this.matchMediaOrientationListener){var t=matchMedia(`(orientation: portrait)`);this.queryOrientation=t,this.matchMediaOrientationListener=function(){e.alignOverlay()},this.queryOrientation.addEventListener(`change`,this.matchMediaOrientationListener)}},unbindMatchMediaOrientationListener:function(){this.matchMediaOrientationListener&&=(this.queryOrientation.removeEventListener(`change`,this.matchMediaOrientationListener),this.queryOrientation=null,null)},hasFocusableElements:function(){return jd(this.overlay,`:not([data-p-hidden-focusable="true"])`).length>0},isOptionExactMatched:function(e){return this.isValidOption(e)&&typeof this.getOptionLabel(e)==`string`&&this.getOptionLabel(e)?.toLocaleLowerCase(this.filterLocale)==this.searchValue.toLocaleLowerCase(this.filterLocale)},isOptionStartsWith:function(e){return this.isValidOption(e)&&typeof this.getOptionLabel(e)==`string`&&this.getOptionLabel(e)?.toLocaleLowerCase(this.filterLocale).startsWith(this.searchValue.toLocaleLowerCase(this.filterLocale))},isValidOption:function(e){return G(e)&&!(this.isOptionDisabled(e)||this.isOptionGroup(e))},isValidSelectedOption:function(e){return this.isValidOption(e)&&this.isSelected(e)},isSelected:function(e){return nf(this.d_value,this.getOptionValue(e),this.equalityKey)},findFirstOptionIndex:function(){var e=this;return this.visibleOptions.findIndex(function(t){return e.isValidOption(t)})},findLastOptionIndex:function(){var e=this;return sf(this.visibleOptions,function(t){return e.isValidOption(t)})},findNextOptionIndex:function(e){var t=this,n=e<this.visibleOptions.length-1?this.visibleOptions.slice(e+1).findIndex(function(e){return t.isValidOption(e)}):-1;return n>-1?n+e+1:e},findPrevOptionIndex:function(e){var t=this,n=e>0?sf(this.visibleOptions.slice(0,e),function(e){return t.isValidOption(e)}):-1;return n>-1?n:e},findSelectedOptionIndex:function(){var e=this;return this.visibleOptions.findIndex(function(t){return e.isValidSelectedOption(t)})},findFirstFocusedOptionIndex:function(){var e=this.findSelectedOptionIndex();return e<0?this.findFirstOptionIndex():e},findLastFocusedOptionIndex:function(){var e=this.findSelectedOptionIndex();return e<0?this.findLastOptionIndex():e},searchOptions:function(e,t){var n=this;this.searchValue=(this.searchValue||``)+t;var r=-1,i=!1;return G(this.searchValue)&&(r=this.visibleOptions.findIndex(function(e){return n.isOptionExactMatched(e)}),r===-1&&(r=this.visibleOptions.findIndex(function(e){return n.isOptionStartsWith(e)})),r!==-1&&(i=!0),r===-1&&this.focusedOptionIndex===-1&&(r=this.findFirstFocusedOptionIndex()),r!==-1&&this.changeFocusedOptionIndex(e,r)),this.searchTimeout&&clearTimeout(this.searchTimeout),this.searchTimeout=setTimeout(function(){n.searchValue=``,n.searchTimeout=null},500),i},changeFocusedOptionIndex:function(e,t){this.focusedOptionIndex!==t&&(this.focusedOptionIndex=t,this.scrollInView(),this.selectOnFocus&&this.onOptionSelect(e,this.visibleOptions[t],!1))},scrollInView:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:-1;this.$nextTick(function(){var n=t===-1?e.focusedOptionId:`${e.$id}_${t}`,r=Od(e.list,`li[id="${n}"]`);r?r.scrollIntoView&&r.scrollIntoView({block:`nearest`,inline:`nearest`}):e.virtualScrollerDisabled||e.virtualScroller&&e.virtualScroller.scrollToIndex(t===-1?e.focusedOptionIndex:t)})},autoUpdateModel:function(){this.autoOptionFocus&&(this.focusedOptionIndex=this.findFirstFocusedOptionIndex()),this.selectOnFocus&&this.autoOptionFocus&&!this.$filled&&this.onOptionSelect(null,this.visibleOptions[this.focusedOptionIndex],!1)},updateModel:function(e,t){this.writeValue(t,e),this.$emit(`change`,{originalEvent:e,value:t})},flatOptions:function(e){var t=this;return(e||[]).reduce(function(e,n,r){e.push({optionGroup:n,group:!0,index:r});var i=t.getOptionGroupChildren(n);return i&&i.forEach(function(t){return e.push(t)}),e},[])},overlayRef:function(e){this.overlay=e},listRef:function(e,t){this.list=e,t&&t(e)},virtualScrollerRef:function(e){this.virtualScroller=e}},computed:{visibleOptions:function(){var e=this,t=this.optionGroupLabel?this.flatOptions(this.options):this.options||[];if(this.filterValue){var n=oE.filter(t,this.searchFields,this.filterValue,this.filterMatchMode,this.filterLocale);if(this.optionGroupLabel){var r=this.options||[],i=[];return r.forEach(function(t){var r=e.getOptionGroupChildren(t).filter(function(e){return n.includes(e)});r.length>0&&i.push(vD(vD({},t),{},yD({},typeof e.optionGroupChildren==`string`?e.optionGroupChildren:`items`,dD(r))))}),this.flatOptions(i)}return n}return t},hasSelectedOption:function(){return this.$filled},label:function(){var e=this.findSelectedOptionIndex();return e===-1?this.placeholder||`p-emptylabel`:this.getOptionLabel(this.visibleOptions[e])},editableInputValue:function(){var e=this.findSelectedOptionIndex();return e===-1?this.d_value||``:this.getOptionLabel(this.visibleOptions[e])},equalityKey:function(){return this.optionValue?null:this.dataKey},searchFields:function(){return this.filterFields||[this.optionLabel]},filterResultMessageText:function(){return G(this.visibleOptions)?this.filterMessageText.replaceAll(`{0}`,this.visibleOptions.length):this.emptyFilterMessageText},filterMessageText:function(){return this.filterMessage||this.$primevue.config.locale.searchMessage||``},emptyFilterMessageText:function(){return this.emptyFilterMessage||this.$primevue.config.locale.emptySearchMessage||this.$primevue.config.locale.emptyFilterMessage||``},emptyMessageText:function(){return this.emptyMessage||this.$primevue.config.locale.emptyMessage||``},selectionMessageText:function(){return this.selectionMessage||this.$primevue.config.locale.selectionMessage||``},emptySelectionMessageText:function(){return this.emptySelectionMessage||this.$primevue.config.locale.emptySelectionMessage||``},selectedMessageText:function(){return this.$filled?this.selectionMessageText.replaceAll(`{0}`,`1`):this.emptySelectionMessageText},focusedOptionId:function(){return this.focusedOptionIndex===-1?null:`${this.$id}_${this.focusedOptionIndex}`},ariaSetSize:function(){var e=this;return this.visibleOptions.filter(function(t){return!e.isOptionGroup(t)}).length},isClearIconVisible:function(){return this.showClear&&this.d_value!=null&&!this.disabled&&!this.loading},virtualScrollerDisabled:function(){return!this.virtualScrollerOptions},containerDataP:function(){return td(yD({invalid:this.$invalid,disabled:this.disabled,focus:this.focused,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))},labelDataP:function(){return td(yD(yD({placeholder:!this.editable&&this.label===this.placeholder,clearable:this.showClear,disabled:this.disabled,editable:this.editable},this.size,this.size),`empty`,!this.editable&&!this.$slots.value&&(this.label===`p-emptylabel`||this.label.length===0)))},dropdownIconDataP:function(){return td(yD({},this.size,this.size))},overlayDataP:function(){return td(yD({},`portal-`+this.appendTo,`portal-`+this.appendTo))}},directives:{ripple:_h},components:{InputText:GT,VirtualScroller:rD,Portal:wg,InputIcon:kT,IconField:wT,TimesIcon:Kh,ChevronDownIcon:ME,SpinnerIcon:Bm,SearchIcon:VE,CheckIcon:fv,BlankIcon:CE}},TD=[`id`,`data-p`],ED=[`name`,`id`,`value`,`placeholder`,`tabindex`,`disabled`,`aria-label`,`aria-labelledby`,`aria-expanded`,`aria-controls`,`aria-activedescendant`,`aria-invalid`,`data-p`],DD=[`name`,`id`,`tabindex`,`aria-label`,`aria-labelledby`,`aria-expanded`,`aria-controls`,`aria-activedescendant`,`aria-invalid`,`aria-disabled`,`data-p`],OD=[`data-p`],kD=[`id`],AD=[`id`],jD=[`id`,`aria-label`,`aria-selected`,`aria-disabled`,`aria-setsize`,`aria-posinset`,`onMousedown`,`onMousemove`,`data-p-selected`,`data-p-focused`,`data-p-disabled`],wD.render=SD})),ND,PD,FD,ID,LD,RD,zD,BD,VD,HD,UD,WD,GD=t((()=>{W(),Ih(),TT(),AT(),qT(),gw(),tE(),MD(),aD(),kC(),qC(),Xw(),ND={class:`mm-models`,"data-testid":`models`},PD={class:`mm-models-bar`},FD={key:1,class:`mm-empty`},ID={key:2,class:`mm-empty`,"data-testid":`models-unavailable`},LD={key:3,class:`mm-empty`,"data-testid":`models-empty`},RD={class:`mm-muted mm-models-count`},zD=[`title`],BD={class:`mm-model-main`},VD={class:`mm-model-name`},HD={class:`mm-model-path mm-muted`},UD={class:`mm-model-meta mm-muted`},WD=/*@__PURE__*/ zr({__name:`ModelsTab`,setup(e){let{t,locale:n}=tC(),{models:r}=GC(),i=/* @__PURE__ */ Pt(r.modelsFolder.value),a=/* @__PURE__ */ Pt(``),o=Ec(()=>r.folders.value.map(e=>({label:e.folder,value:e.folder})));Sr(o,e=>{!i.value&&e.length&&(i.value=e[0].value)},{immediate:!0}),Sr(i,e=>{e&&r.loadModels(e)},{immediate:!0});function s(e){return e.extension&&!e.name.endsWith(e.extension)?e.name+e.extension:e.name}let c=Ec(()=>{let e=a.value.trim().toLowerCase(),t=r.models.value;return e?t.filter(t=>t.name.toLowerCase().includes(e)||t.relativePath.toLowerCase().includes(e)):t});return(e,l)=>(I(),L(`div`,ND,[z(`div`,PD,[U(N(wD),{modelValue:i.value,"onUpdate:modelValue":l[0]||=e=>i.value=e,options:o.value,"option-label":`label`,"option-value":`value`,placeholder:N(t)(`modelManager.newDownload.folderPlaceholder`),filter:``,class:`mm-models-folder`,"data-testid":`models-folder`},null,8,[`modelValue`,`options`,`placeholder`]),U(N(wT),{class:`mm-models-search`},{default:P(()=>[U(N(kT),{class:`pi pi-search`}),U(N(GT),{modelValue:a.value,"onUpdate:modelValue":l[1]||=e=>a.value=e,placeholder:N(t)(`modelManager.models.search`),"data-testid":`models-search`,fluid:``},null,8,[`modelValue`,`placeholder`])]),_:1}),U(N(Nh),{icon:`pi pi-refresh`,text:``,"aria-label":N(t)(`modelManager.common.refresh`),disabled:!i.value,onClick:l[2]||=e=>i.value&&N(r).loadModels(i.value)},null,8,[`aria-label`,`disabled`])]),N(r).modelsError.value?(I(),R(N(uw),{key:0,severity:`error`,size:`small`},{default:P(()=>[Ka(j(N(r).modelsError.value),1)]),_:1})):B(``,!0),N(r).modelsLoading.value?(I(),L(`div`,FD,[U(N($T),{style:{width:`2rem`,height:`2rem`}})])):N(r).modelsUnavailable.value?(I(),L(`div`,ID,j(N(t)(`modelManager.models.unavailable`)),1)):c.value.length===0?(I(),L(`div`,LD,j(a.value?N(t)(`modelManager.models.noMatch`):N(t)(`modelManager.models.empty`)),1)):(I(),L(H,{key:4},[z(`div`,RD,j(N(t)(`modelManager.models.count`,{n:c.value.length},c.value.length)),1),U(N(rD),{items:c.value,"item-size":52,class:`mm-models-list`,"data-testid":`models-list`},{item:P(({item:e})=>[z(`div`,{class:`mm-model`,"data-testid":`model-row`,title:e.relativePath},[l[3]||=z(`i`,{class:`pi pi-file mm-model-icon`},null,-1),z(`div`,BD,[z(`div`,VD,j(s(e)),1),z(`div`,HD,j(e.relativePath),1)]),z(`div`,UD,[z(`div`,null,j(N(Ww)(e.sizeBytes)),1),z(`div`,null,j(N(qw)(e.modifiedAt,N(n))),1)])],8,zD)]),_:1},8,[`items`])],64))]))}})})),KD=t((()=>{})),qD,JD=t((()=>{GD(),GD(),KD(),gT(),qD=/*#__PURE__*/ hT(WD,[[`__scopeId`,`data-v-30a94d65`]])}));function YD(e){let t=e.trim();if(!t)return`urlRequired`;let n;try{n=new URL(t)}catch{return`urlInvalid`}return n.protocol!==`http:`&&n.protocol!==`https:`?`urlScheme`:n.hostname?null:`urlInvalid`}function XD(e){let t=e.trim();return t?/[/\\]/.test(t)?`filenameSeparator`:t.includes(`..`)?`filenameDots`:t.includes(`\0`)?`filenameInvalid`:null:null}function ZD(e){let t=e.trim();return t?t.startsWith(`/`)||t.startsWith(`\\`)||/^[a-zA-Z]:/.test(t)?`subfolderAbsolute`:t.split(/[/\\]/).some(e=>e===`..`)?`subfolderDots`:t.includes(`\0`)?`subfolderInvalid`:null:null}function QD(e){let t=e.trim();return t?/^[0-9a-fA-F]{64}$/.test(t)?null:`sha256Invalid`:null}function $D(e){let t={},n=YD(e.url);n&&(t.url=n),e.folder||(t.folder=`folderRequired`);let r=ZD(e.subfolder);r&&(t.subfolder=r);let i=XD(e.filename);i&&(t.filename=i);let a=QD(e.sha256);return a&&(t.sha256=a),t}var eO=t((()=>{})),tO,nO,rO,iO,aO,oO,sO,cO,lO,uO,dO,fO,pO,mO,hO,gO,_O,vO,yO,bO,xO=t((()=>{W(),Ih(),qT(),gw(),MD(),kC(),qC(),Xw(),eO(),tO={class:`mm-field`},nO={for:`mm-url`},rO={key:0,class:`mm-error`,"data-testid":`error-url`},iO={class:`mm-field`},aO={for:`mm-folder`},oO={key:0,class:`mm-error`,"data-testid":`error-folder`},sO={key:1,class:`mm-error`},cO={key:0,class:`mm-field`},lO={for:`mm-root`},uO={class:`mm-field`},dO={for:`mm-subfolder`},fO={key:0,class:`mm-error`,"data-testid":`error-subfolder`},pO={class:`mm-field`},mO={for:`mm-filename`},hO={key:0,class:`mm-error`,"data-testid":`error-filename`},gO={class:`mm-field`},_O={for:`mm-sha`},vO={key:0,class:`mm-error`,"data-testid":`error-sha256`},yO={class:`mm-form-actions`},bO=/*@__PURE__*/ zr({__name:`NewDownloadTab`,emits:[`created`],setup(e,{emit:t}){let n=t,{t:r}=tC(),{models:i,tasks:a,notify:o}=GC(),s=/* @__PURE__ */ Ct({url:``,folder:null,pathIndex:0,subfolder:``,filename:``,sha256:``}),c=/* @__PURE__ */ Pt({}),l=/* @__PURE__ */ Pt(null),u=/* @__PURE__ */ Pt(!1),d=/* @__PURE__ */ Pt(!1),f=Ec(()=>i.folders.value.map(e=>({label:e.folder,value:e.folder}))),p=Ec(()=>i.folders.value.find(e=>e.folder===s.folder)?.roots??[]),m=Ec(()=>p.value.map((e,t)=>({label:e,value:t})));Sr(()=>s.folder,()=>{s.pathIndex=0}),Sr(s,()=>{d.value&&(c.value=$D(s)),l.value=null});let h=e=>c.value[e]?r(`modelManager.validation.`+c.value[e]):``;async function g(){if(d.value=!0,c.value=$D(s),!Object.keys(c.value).length){u.value=!0,l.value=null;try{let e=await a.create({url:s.url.trim(),folder:s.folder,subfolder:s.subfolder.trim(),filename:s.filename.trim()||null,pathIndex:s.pathIndex,sha256:s.sha256.trim().toLowerCase()||null,size:null});o.add({severity:`success`,summary:r(`modelManager.newDownload.created`),detail:Jw(e)}),s.url=``,s.filename=``,s.sha256=``,d.value=!1,c.value={},n(`created`,e.taskId)}catch(e){l.value=e instanceof Error?e.message:String(e)}finally{u.value=!1}}}return(e,t)=>(I(),L(`form`,{class:`mm-form`,"data-testid":`new-download-form`,novalidate:``,onSubmit:Bu(g,[`prevent`])},[z(`div`,tO,[z(`label`,nO,j(N(r)(`modelManager.newDownload.url`)),1),U(N(GT),{id:`mm-url`,modelValue:s.url,"onUpdate:modelValue":t[0]||=e=>s.url=e,placeholder:N(r)(`modelManager.newDownload.urlPlaceholder`),invalid:!!c.value.url,autocomplete:`off`,"data-testid":`input-url`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),c.value.url?(I(),L(`small`,rO,j(h(`url`)),1)):B(``,!0)]),z(`div`,iO,[z(`label`,aO,j(N(r)(`modelManager.newDownload.folder`)),1),U(N(wD),{modelValue:s.folder,"onUpdate:modelValue":t[1]||=e=>s.folder=e,"input-id":`mm-folder`,options:f.value,"option-label":`label`,"option-value":`value`,placeholder:N(r)(`modelManager.newDownload.folderPlaceholder`),invalid:!!c.value.folder,filter:``,"data-testid":`input-folder`,fluid:``},null,8,[`modelValue`,`options`,`placeholder`,`invalid`]),c.value.folder?(I(),L(`small`,oO,j(h(`folder`)),1)):B(``,!0),N(i).foldersError.value?(I(),L(`small`,sO,j(N(i).foldersError.value),1)):B(``,!0)]),p.value.length>1?(I(),L(`div`,cO,[z(`label`,lO,j(N(r)(`modelManager.newDownload.root`)),1),U(N(wD),{modelValue:s.pathIndex,"onUpdate:modelValue":t[2]||=e=>s.pathIndex=e,"input-id":`mm-root`,options:m.value,"option-label":`label`,"option-value":`value`,"data-testid":`input-root`,fluid:``},null,8,[`modelValue`,`options`])])):B(``,!0),z(`div`,uO,[z(`label`,dO,j(N(r)(`modelManager.newDownload.subfolder`)),1),U(N(GT),{id:`mm-subfolder`,modelValue:s.subfolder,"onUpdate:modelValue":t[3]||=e=>s.subfolder=e,placeholder:N(r)(`modelManager.newDownload.optional`),invalid:!!c.value.subfolder,"data-testid":`input-subfolder`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),c.value.subfolder?(I(),L(`small`,fO,j(h(`subfolder`)),1)):B(``,!0)]),z(`div`,pO,[z(`label`,mO,j(N(r)(`modelManager.newDownload.filename`)),1),U(N(GT),{id:`mm-filename`,modelValue:s.filename,"onUpdate:modelValue":t[4]||=e=>s.filename=e,placeholder:N(r)(`modelManager.newDownload.filenamePlaceholder`),invalid:!!c.value.filename,"data-testid":`input-filename`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),c.value.filename?(I(),L(`small`,hO,j(h(`filename`)),1)):B(``,!0)]),z(`div`,gO,[z(`label`,_O,j(N(r)(`modelManager.newDownload.sha256`)),1),U(N(GT),{id:`mm-sha`,modelValue:s.sha256,"onUpdate:modelValue":t[5]||=e=>s.sha256=e,placeholder:N(r)(`modelManager.newDownload.optional`),invalid:!!c.value.sha256,"data-testid":`input-sha256`,class:`mm-mono`,fluid:``},null,8,[`modelValue`,`placeholder`,`invalid`]),c.value.sha256?(I(),L(`small`,vO,j(h(`sha256`)),1)):B(``,!0)]),l.value?(I(),R(N(uw),{key:1,severity:`error`,size:`small`,"data-testid":`form-server-error`},{default:P(()=>[Ka(j(l.value),1)]),_:1})):B(``,!0),z(`div`,yO,[U(N(Nh),{type:`submit`,icon:`pi pi-download`,label:N(r)(`modelManager.newDownload.submit`),loading:u.value,"data-testid":`submit-download`},null,8,[`label`,`loading`])])],32))}})})),SO=t((()=>{})),CO,wO=t((()=>{xO(),xO(),SO(),gT(),CO=/*#__PURE__*/ hT(bO,[[`__scopeId`,`data-v-5adfb73f`]])}));function TO(e){return kO(e)||OO(e)||DO(e)||EO()}function EO(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function DO(e,t){if(e){if(typeof e==`string`)return AO(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?AO(e,t):void 0}}function OO(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function kO(e){if(Array.isArray(e))return AO(e)}function AO(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function jO(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),TO(t[0]||=[z(`path`,{d:`M3.58659 4.5007C3.68513 4.50023 3.78277 4.51945 3.87379 4.55723C3.9648 4.59501 4.04735 4.65058 4.11659 4.7207L7.11659 7.7207L10.1166 4.7207C10.2619 4.65055 10.4259 4.62911 10.5843 4.65956C10.7427 4.69002 10.8871 4.77074 10.996 4.88976C11.1049 5.00877 11.1726 5.15973 11.1889 5.32022C11.2052 5.48072 11.1693 5.6422 11.0866 5.7807L7.58659 9.2807C7.44597 9.42115 7.25534 9.50004 7.05659 9.50004C6.85784 9.50004 6.66722 9.42115 6.52659 9.2807L3.02659 5.7807C2.88614 5.64007 2.80725 5.44945 2.80725 5.2507C2.80725 5.05195 2.88614 4.86132 3.02659 4.7207C3.09932 4.64685 3.18675 4.58911 3.28322 4.55121C3.37969 4.51331 3.48305 4.4961 3.58659 4.5007Z`,fill:`currentColor`},null,-1)]),16)}var MO,NO=t((()=>{Mm(),W(),MO={name:`AngleDownIcon`,extends:jm},MO.render=jO}));function PO(e){return RO(e)||LO(e)||IO(e)||FO()}function FO(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function IO(e,t){if(e){if(typeof e==`string`)return zO(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?zO(e,t):void 0}}function LO(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function RO(e){if(Array.isArray(e))return zO(e)}function zO(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function BO(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),PO(t[0]||=[z(`path`,{d:`M10.4134 9.49931C10.3148 9.49977 10.2172 9.48055 10.1262 9.44278C10.0352 9.405 9.95263 9.34942 9.88338 9.27931L6.88338 6.27931L3.88338 9.27931C3.73811 9.34946 3.57409 9.3709 3.41567 9.34044C3.25724 9.30999 3.11286 9.22926 3.00395 9.11025C2.89504 8.99124 2.82741 8.84028 2.8111 8.67978C2.79478 8.51928 2.83065 8.35781 2.91338 8.21931L6.41338 4.71931C6.55401 4.57886 6.74463 4.49997 6.94338 4.49997C7.14213 4.49997 7.33276 4.57886 7.47338 4.71931L10.9734 8.21931C11.1138 8.35994 11.1927 8.55056 11.1927 8.74931C11.1927 8.94806 11.1138 9.13868 10.9734 9.27931C10.9007 9.35315 10.8132 9.41089 10.7168 9.44879C10.6203 9.48669 10.5169 9.5039 10.4134 9.49931Z`,fill:`currentColor`},null,-1)]),16)}var VO,HO=t((()=>{Mm(),W(),VO={name:`AngleUpIcon`,extends:jm},VO.render=BO})),UO,WO=t((()=>{UO=`
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
`})),GO,KO=t((()=>{WO(),Gp(),GO=K.extend({name:`inputnumber`,style:UO,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputnumber p-component p-inputwrapper`,{"p-invalid":t.$invalid,"p-inputwrapper-filled":t.$filled||n.allowEmpty===!1,"p-inputwrapper-focus":t.focused,"p-inputnumber-stacked":n.showButtons&&n.buttonLayout===`stacked`,"p-inputnumber-horizontal":n.showButtons&&n.buttonLayout===`horizontal`,"p-inputnumber-vertical":n.showButtons&&n.buttonLayout===`vertical`,"p-inputnumber-fluid":t.$fluid}]},pcInputText:`p-inputnumber-input`,clearIcon:`p-inputnumber-clear-icon`,buttonGroup:`p-inputnumber-button-group`,incrementButton:function(e){var t=e.instance,n=e.props;return[`p-inputnumber-button p-inputnumber-increment-button`,{"p-disabled":n.showButtons&&n.max!==null&&t.maxBoundry()}]},decrementButton:function(e){var t=e.instance,n=e.props;return[`p-inputnumber-button p-inputnumber-decrement-button`,{"p-disabled":n.showButtons&&n.min!==null&&t.minBoundry()}]}}})}));function qO(e){"@babel/helpers - typeof";return qO=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},qO(e)}function JO(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function YO(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?JO(Object(n),!0).forEach(function(t){XO(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):JO(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function XO(e,t,n){return(t=ZO(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ZO(e){var t=QO(e,`string`);return qO(t)==`symbol`?t:t+``}function QO(e,t){if(qO(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(qO(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function $O(e){return rk(e)||nk(e)||tk(e)||ek()}function ek(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function tk(e,t){if(e){if(typeof e==`string`)return ik(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?ik(e,t):void 0}}function nk(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function rk(e){if(Array.isArray(e))return ik(e)}function ik(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ak(e,t,n,r,i,a){var o=fi(`InputText`),s=fi(`TimesIcon`);return I(),L(`span`,V({class:e.cx(`root`)},e.ptmi(`root`),{"data-p":a.dataP}),[U(o,{ref:`input`,id:e.inputId,name:e.$formName,role:`spinbutton`,class:f([e.cx(`pcInputText`),e.inputClass]),style:u(e.inputStyle),defaultValue:a.formattedValue,"aria-valuemin":e.min,"aria-valuemax":e.max,"aria-valuenow":e.d_value,inputmode:e.mode===`decimal`&&!e.minFractionDigits?`numeric`:`decimal`,disabled:e.disabled,readonly:e.readonly,placeholder:e.placeholder,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,required:e.required,size:e.size,invalid:e.invalid,variant:e.variant,onInput:a.onUserInput,onKeydown:a.onInputKeyDown,onKeypress:a.onInputKeyPress,onPaste:a.onPaste,onClick:a.onInputClick,onFocus:a.onInputFocus,onBlur:a.onInputBlur,pt:e.ptm(`pcInputText`),unstyled:e.unstyled,"data-p":a.dataP},null,8,/* @__PURE__ */ `id.name.class.style.defaultValue.aria-valuemin.aria-valuemax.aria-valuenow.inputmode.disabled.readonly.placeholder.aria-labelledby.aria-label.required.size.invalid.variant.onInput.onKeydown.onKeypress.onPaste.onClick.onFocus.onBlur.pt.unstyled.data-p`.split(`.`)),e.showClear&&e.buttonLayout!==`vertical`?F(e.$slots,`clearicon`,{key:0,class:f(e.cx(`clearIcon`)),clearCallback:a.onClearClick},function(){return[U(s,V({ref:`clearIcon`,class:[e.cx(`clearIcon`)],onClick:a.onClearClick},e.ptm(`clearIcon`)),null,16,[`class`,`onClick`])]}):B(``,!0),e.showButtons&&e.buttonLayout===`stacked`?(I(),L(`span`,V({key:1,class:e.cx(`buttonGroup`)},e.ptm(`buttonGroup`),{"data-p":a.dataP}),[F(e.$slots,`incrementbutton`,{listeners:a.upButtonListeners},function(){return[z(`button`,V({class:[e.cx(`incrementButton`),e.incrementButtonClass]},bi(a.upButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`incrementButton`),{"data-p":a.dataP}),[F(e.$slots,e.$slots.incrementicon?`incrementicon`:`incrementbuttonicon`,{},function(){return[(I(),R(pi(e.incrementIcon||e.incrementButtonIcon?`span`:`AngleUpIcon`),V({class:[e.incrementIcon,e.incrementButtonIcon]},e.ptm(`incrementIcon`),{"data-pc-section":`incrementicon`}),null,16,[`class`]))]})],16,uk)]}),F(e.$slots,`decrementbutton`,{listeners:a.downButtonListeners},function(){return[z(`button`,V({class:[e.cx(`decrementButton`),e.decrementButtonClass]},bi(a.downButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`decrementButton`),{"data-p":a.dataP}),[F(e.$slots,e.$slots.decrementicon?`decrementicon`:`decrementbuttonicon`,{},function(){return[(I(),R(pi(e.decrementIcon||e.decrementButtonIcon?`span`:`AngleDownIcon`),V({class:[e.decrementIcon,e.decrementButtonIcon]},e.ptm(`decrementIcon`),{"data-pc-section":`decrementicon`}),null,16,[`class`]))]})],16,dk)]})],16,lk)):B(``,!0),F(e.$slots,`incrementbutton`,{listeners:a.upButtonListeners},function(){return[e.showButtons&&e.buttonLayout!==`stacked`?(I(),L(`button`,V({key:0,class:[e.cx(`incrementButton`),e.incrementButtonClass]},bi(a.upButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`incrementButton`),{"data-p":a.dataP}),[F(e.$slots,e.$slots.incrementicon?`incrementicon`:`incrementbuttonicon`,{},function(){return[(I(),R(pi(e.incrementIcon||e.incrementButtonIcon?`span`:`AngleUpIcon`),V({class:[e.incrementIcon,e.incrementButtonIcon]},e.ptm(`incrementIcon`),{"data-pc-section":`incrementicon`}),null,16,[`class`]))]})],16,fk)):B(``,!0)]}),F(e.$slots,`decrementbutton`,{listeners:a.downButtonListeners},function(){return[e.showButtons&&e.buttonLayout!==`stacked`?(I(),L(`button`,V({key:0,class:[e.cx(`decrementButton`),e.decrementButtonClass]},bi(a.downButtonListeners,!0),{disabled:e.disabled,tabindex:-1,"aria-hidden":`true`,type:`button`},e.ptm(`decrementButton`),{"data-p":a.dataP}),[F(e.$slots,e.$slots.decrementicon?`decrementicon`:`decrementbuttonicon`,{},function(){return[(I(),R(pi(e.decrementIcon||e.decrementButtonIcon?`span`:`AngleDownIcon`),V({class:[e.decrementIcon,e.decrementButtonIcon]},e.ptm(`decrementIcon`),{"data-pc-section":`decrementicon`}),null,16,[`class`]))]})],16,pk)):B(``,!0)]})],16,ck)}var ok,sk,ck,lk,uk,dk,fk,pk,mk=t((()=>{Pf(),qd(),Df(),NO(),HO(),qh(),qT(),PT(),KO(),W(),ok={name:`BaseInputNumber`,extends:NT,props:{format:{type:Boolean,default:!0},showButtons:{type:Boolean,default:!1},buttonLayout:{type:String,default:`stacked`},incrementButtonClass:{type:String,default:null},decrementButtonClass:{type:String,default:null},incrementButtonIcon:{type:String,default:void 0},incrementIcon:{type:String,default:void 0},decrementButtonIcon:{type:String,default:void 0},decrementIcon:{type:String,default:void 0},locale:{type:String,default:void 0},localeMatcher:{type:String,default:void 0},mode:{type:String,default:`decimal`},prefix:{type:String,default:null},suffix:{type:String,default:null},currency:{type:String,default:void 0},currencyDisplay:{type:String,default:void 0},useGrouping:{type:Boolean,default:!0},minFractionDigits:{type:Number,default:void 0},maxFractionDigits:{type:Number,default:void 0},roundingMode:{type:String,default:`halfExpand`,validator:function(e){return[`ceil`,`floor`,`expand`,`trunc`,`halfCeil`,`halfFloor`,`halfExpand`,`halfTrunc`,`halfEven`].includes(e)}},min:{type:Number,default:null},max:{type:Number,default:null},step:{type:Number,default:1},allowEmpty:{type:Boolean,default:!0},highlightOnFocus:{type:Boolean,default:!1},showClear:{type:Boolean,default:!1},readonly:{type:Boolean,default:!1},placeholder:{type:String,default:null},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null},required:{type:Boolean,default:!1}},style:GO,provide:function(){return{$pcInputNumber:this,$parentInstance:this}}},sk={name:`InputNumber`,extends:ok,inheritAttrs:!1,emits:[`input`,`focus`,`blur`],inject:{$pcFluid:{default:null}},numberFormat:null,_numeral:null,_decimal:null,_group:null,_minusSign:null,_currency:null,_suffix:null,_prefix:null,_index:null,groupChar:``,isSpecialChar:null,prefixChar:null,suffixChar:null,timer:null,data:function(){return{d_modelValue:this.d_value,focused:!1}},watch:{d_value:{immediate:!0,handler:function(e){var t;this.d_modelValue=e,(t=this.$refs.clearIcon)!=null&&(t=t.$el)!=null&&t.style&&(this.$refs.clearIcon.$el.style.display=Zd(e)?`none`:`block`)}},locale:function(e,t){this.updateConstructParser(e,t)},localeMatcher:function(e,t){this.updateConstructParser(e,t)},mode:function(e,t){this.updateConstructParser(e,t)},currency:function(e,t){this.updateConstructParser(e,t)},currencyDisplay:function(e,t){this.updateConstructParser(e,t)},useGrouping:function(e,t){this.updateConstructParser(e,t)},minFractionDigits:function(e,t){this.updateConstructParser(e,t)},maxFractionDigits:function(e,t){this.updateConstructParser(e,t)},suffix:function(e,t){this.updateConstructParser(e,t)},prefix:function(e,t){this.updateConstructParser(e,t)}},created:function(){this.constructParser()},mounted:function(){var e;(e=this.$refs.clearIcon)!=null&&(e=e.$el)!=null&&e.style&&(this.$refs.clearIcon.$el.style.display=this.$filled?`block`:`none`)},methods:{getOptions:function(){return{localeMatcher:this.localeMatcher,style:this.mode,currency:this.currency,currencyDisplay:this.currencyDisplay,useGrouping:this.useGrouping,minimumFractionDigits:this.minFractionDigits,maximumFractionDigits:this.maxFractionDigits,roundingMode:this.roundingMode}},constructParser:function(){this.numberFormat=new Intl.NumberFormat(this.locale,this.getOptions());var e=$O(new Intl.NumberFormat(this.locale,{useGrouping:!1}).format(9876543210)).reverse(),t=new Map(e.map(function(e,t){return[e,t]}));this._numeral=RegExp(`[${e.join(``)}]`,`g`),this._group=this.getGroupingExpression(),this._minusSign=this.getMinusSignExpression(),this._currency=this.getCurrencyExpression(),this._decimal=this.getDecimalExpression(),this._suffix=this.getSuffixExpression(),this._prefix=this.getPrefixExpression(),this._index=function(e){return t.get(e)}},updateConstructParser:function(e,t){e!==t&&this.constructParser()},escapeRegExp:function(e){return e.replace(/[-[\]{}()*+?.,\\^$|#\s]/g,`\\$&`)},getDecimalExpression:function(){var e=new Intl.NumberFormat(this.locale,YO(YO({},this.getOptions()),{},{useGrouping:!1})),t=e.format(1.1);return t===e.format(1)?/* @__PURE__ */ RegExp(`[]`,`g`):RegExp(`[${t.replace(this._currency,``).trim().replace(this._numeral,``)}]`,`g`)},getGroupingExpression:function(){var e=new Intl.NumberFormat(this.locale,{useGrouping:!0});return this.groupChar=e.format(1e6).trim().replace(this._numeral,``).charAt(0),RegExp(`[${this.groupChar}]`,`g`)},getMinusSignExpression:function(){var e=new Intl.NumberFormat(this.locale,{useGrouping:!1});return RegExp(`[${e.format(-1).trim().replace(this._numeral,``)}]`,`g`)},getCurrencyExpression:function(){if(this.currency){var e=new Intl.NumberFormat(this.locale,{style:`currency`,currency:this.currency,currencyDisplay:this.currencyDisplay,minimumFractionDigits:0,maximumFractionDigits:0,roundingMode:this.roundingMode});return RegExp(`[${e.format(1).replace(/\s/g,``).replace(this._numeral,``).replace(this._group,``)}]`,`g`)}return/* @__PURE__ */ RegExp(`[]`,`g`)},getPrefixExpression:function(){if(this.prefix)this.prefixChar=this.prefix;else{var e=new Intl.NumberFormat(this.locale,{style:this.mode,currency:this.currency,currencyDisplay:this.currencyDisplay});this.prefixChar=e.format(1).split(`1`)[0]}return RegExp(`${this.escapeRegExp(this.prefixChar||``)}`,`g`)},getSuffixExpression:function(){if(this.suffix)this.suffixChar=this.suffix;else{var e=new Intl.NumberFormat(this.locale,{style:this.mode,currency:this.currency,currencyDisplay:this.currencyDisplay,minimumFractionDigits:0,maximumFractionDigits:0,roundingMode:this.roundingMode});this.suffixChar=e.format(1).split(`1`)[1]}return RegExp(`${this.escapeRegExp(this.suffixChar||``)}`,`g`)},formatValue:function(e){if(e!=null){if(e===`-`)return e;if(this.format){var t=new Intl.NumberFormat(this.locale,this.getOptions()).format(e);return this.prefix&&(t=this.prefix+t),this.suffix&&(t+=this.suffix),t}return e.toString()}return``},parseValue:function(e){var t=e.replace(this._suffix,``).replace(this._prefix,``).trim().replace(/\s/g,``).replace(this._currency,``).replace(this._group,``).replace(this._minusSign,`-`).replace(this._decimal,`.`).replace(this._numeral,this._index);if(t){if(t===`-`)return t;var n=+t;return isNaN(n)?null:n}return null},repeat:function(e,t,n){var r=this;if(!this.readonly){var i=t||500;this.clearTimer(),this.timer=setTimeout(function(){r.repeat(e,40,n)},i),this.spin(e,n)}},addWithPrecision:function(e,t){var n=e.toString(),r=t.toString(),i=n.includes(`.`)?n.split(`.`)[1].length:0,a=r.includes(`.`)?r.split(`.`)[1].length:0,o=10**Math.max(i,a);return Math.round((e+t)*o)/o},spin:function(e,t){if(this.$refs.input){var n=this.step*t,r=this.parseValue(this.$refs.input.$el.value)||0,i=this.validateValue(this.addWithPrecision(r,n));this.updateInput(i,null,`spin`),this.updateModel(e,i),this.handleOnInput(e,r,i)}},onUpButtonMouseDown:function(e){this.disabled||(this.$refs.input.$el.focus(),this.repeat(e,null,1),e.preventDefault())},onUpButtonMouseUp:function(){this.disabled||this.clearTimer()},onUpButtonMouseLeave:function(){this.disabled||this.clearTimer()},onUpButtonKeyUp:function(){this.disabled||this.clearTimer()},onUpButtonKeyDown:function(e){(e.code===`Space`||e.code===`Enter`||e.code===`NumpadEnter`)&&this.repeat(e,null,1)},onDownButtonMouseDown:function(e){this.disabled||(this.$refs.input.$el.focus(),this.repeat(e,null,-1),e.preventDefault())},onDownButtonMouseUp:function(){this.disabled||this.clearTimer()},onDownButtonMouseLeave:function(){this.disabled||this.clearTimer()},onDownButtonKeyUp:function(){this.disabled||this.clearTimer()},onDownButtonKeyDown:function(e){(e.code===`Space`||e.code===`Enter`||e.code===`NumpadEnter`)&&this.repeat(e,null,-1)},onUserInput:function(){this.isSpecialChar&&(this.$refs.input.$el.value=this.lastValue),this.isSpecialChar=!1},onInputKeyDown:function(e){if(!this.readonly&&!e.isComposing){if(e.altKey||e.ctrlKey||e.metaKey)this.isSpecialChar=!0,this.lastValue=this.$refs.input.$el.value;else{this.lastValue=e.target.value;var t=e.target.selectionStart,n=e.target.selectionEnd,r=n-t,i=e.target.value,a=null;switch(e.code||e.key){case`ArrowUp`:this.spin(e,1),e.preventDefault();break;case`ArrowDown`:this.spin(e,-1),e.preventDefault();break;case`ArrowLeft`:if(r>1){var o=this.isNumeralChar(i.charAt(t))?t+1:t+2;this.$refs.input.$el.setSelectionRange(o,o)}else this.isNumeralChar(i.charAt(t-1))||e.preventDefault();break;case`ArrowRight`:if(r>1){var s=n-1;this.$refs.input.$el.setSelectionRange(s,s)}else this.isNumeralChar(i.charAt(t))||e.preventDefault();break;case`Tab`:case`Enter`:case`NumpadEnter`:a=this.validateValue(this.parseValue(i)),this.$refs.input.$el.value=this.formatValue(a),this.$refs.input.$el.setAttribute(`aria-valuenow`,a),this.updateModel(e,a);break;case`Backspace`:if(e.preventDefault(),t===n){t>=i.length&&this.suffixChar!==null&&(t=i.length-this.suffixChar.length,this.$refs.input.$el.setSelectionRange(t,t));var c=i.charAt(t-1),l=this.getDecimalCharIndexes(i),u=l.decimalCharIndex,d=l.decimalCharIndexWithoutPrefix;if(this.isNumeralChar(c)){var f=this.getDecimalLength(i);if(this._group.test(c))this._group.lastIndex=0,a=i.slice(0,t-2)+i.slice(t-1);else if(this._decimal.test(c))this._decimal.lastIndex=0,f?this.$refs.input.$el.setSelectionRange(t-1,t-1):a=i.slice(0,t-1)+i.slice(t);else if(u>0&&t>u){var p=this.isDecimalMode()&&(this.minFractionDigits||0)<f?``:`0`;a=i.slice(0,t-1)+p+i.slice(t)}else d===1?(a=i.slice(0,t-1)+`0`+i.slice(t),a=this.parseValue(a)>0?a:``):a=i.slice(0,t-1)+i.slice(t)}this.updateValue(e,a,null,`delete-single`)}else a=this.deleteRange(i,t,n),this.updateValue(e,a,null,`delete-range`);break;case`Delete`:if(e.preventDefault(),t===n){var m=i.charAt(t),h=this.getDecimalCharIndexes(i),g=h.decimalCharIndex,_=h.decimalCharIndexWithoutPrefix;if(this.isNumeralChar(m)){var v=this.getDecimalLength(i);if(this._group.test(m))this._group.lastIndex=0,a=i.slice(0,t)+i.slice(t+2);else if(this._decimal.test(m))this._decimal.lastIndex=0,v?this.$refs.input.$el.setSelectionRange(t+1,t+1):a=i.slice(0,t)+i.slice(t+1);else if(g>0&&t>g){var y=this.isDecimalMode()&&(this.minFractionDigits||0)<v?``:`0`;a=i.slice(0,t)+y+i.slice(t+1)}else _===1?(a=i.slice(0,t)+`0`+i.slice(t+1),a=this.parseValue(a)>0?a:``):a=i.slice(0,t)+i.slice(t+1)}this.updateValue(e,a,null,`delete-back-single`)}else a=this.deleteRange(i,t,n),this.updateValue(e,a,null,`delete-range`);break;case`Home`:e.preventDefault(),G(this.min)&&this.updateModel(e,this.min);break;case`End`:e.preventDefault(),G(this.max)&&this.updateModel(e,this.max)}}}},onInputKeyPress:function(e){if(!this.readonly){var t=e.key,n=this.isDecimalSign(t),r=this.isMinusSign(t);e.code!==`Enter`&&e.preventDefault(),(Number(t)>=0&&Number(t)<=9||r||n)&&this.insert(e,t,{isDecimalSign:n,isMinusSign:r})}},onPaste:function(e){if(!(this.readonly||this.disabled)){e.preventDefault();var t=(e.clipboardData||window.clipboardData).getData(`Text`);if(!(this.inputId===`integeronly`&&/[^\d-]/.test(t))&&t){var n=this.parseValue(t);n!=null&&this.insert(e,n.toString())}}},onClearClick:function(e){this.updateModel(e,null),this.$refs.input.$el.focus()},allowMinusSign:function(){return this.min===null||this.min<0},isMinusSign:function(e){return this._minusSign.test(e)||e===`-`?(this._minusSign.lastIndex=0,!0):!1},isDecimalSign:function(e){var t;return(t=this.locale)!=null&&t.includes(`fr`)&&[`.`,`,`].includes(e)||this._decimal.test(e)?(this._decimal.lastIndex=0,!0):!1},isDecimalMode:function(){return this.mode===`decimal`},getDecimalCharIndexes:function(e){var t=e.search(this._decimal);this._decimal.lastIndex=0;var n=e.replace(this._prefix,``).trim().replace(/\s/g,``).replace(this._currency,``).search(this._decimal);return this._decimal.lastIndex=0,{decimalCharIndex:t,decimalCharIndexWithoutPrefix:n}},getCharIndexes:function(e){var t=e.search(this._decimal);this._decimal.lastIndex=0;var n=e.search(this._minusSign);this._minusSign.lastIndex=0;var r=e.search(this._suffix);this._suffix.lastIndex=0;var i=e.search(this._currency);return this._currency.lastIndex=0,{decimalCharIndex:t,minusCharIndex:n,suffixCharIndex:r,currencyCharIndex:i}},insert:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{isDecimalSign:!1,isMinusSign:!1},r=t.search(this._minusSign);if(this._minusSign.lastIndex=0,this.allowMinusSign()||r===-1){var i=this.$refs.input.$el.selectionStart,a=this.$refs.input.$el.selectionEnd,o=this.$refs.input.$el.value.trim(),s=this.getCharIndexes(o),c=s.decimalCharIndex,l=s.minusCharIndex,u=s.suffixCharIndex,d=s.currencyCharIndex,f;if(n.isMinusSign){var p=l===-1;(i===0||i===d+1)&&(f=o,(p||a!==0)&&(f=this.insertText(o,t,0,a)),this.updateValue(e,f,t,`insert`))}else if(n.isDecimalSign)c>0&&i===c?this.updateValue(e,o,t,`insert`):(c>i&&c<a||c===-1&&this.maxFractionDigits)&&(f=this.insertText(o,t,i,a),this.updateValue(e,f,t,`insert`));else{var m=this.numberFormat.resolvedOptions().maximumFractionDigits,h=i===a?`insert`:`range-insert`;if(c>0&&i>c){if(i+t.length-(c+1)<=m){var g=d>=i?d-1:u>=i?u:o.length;f=o.slice(0,i)+t+o.slice(i+t.length,g)+o.slice(g),this.updateValue(e,f,t,h)}}else f=this.insertText(o,t,i,a),this.updateValue(e,f,t,h)}}},insertText:function(e,t,n,r){if((t===`.`?t:t.split(`.`)).length===2){var i=e.slice(n,r).search(this._decimal);return this._decimal.lastIndex=0,i>0?e.slice(0,n)+this.formatValue(t)+e.slice(r):this.formatValue(t)||e}return r-n===e.length?this.formatValue(t):n===0?t+e.slice(r):r===e.length?e.slice(0,n)+t:e.slice(0,n)+t+e.slice(r)},deleteRange:function(e,t,n){return n-t===e.length?``:t===0?e.slice(n):n===e.length?e.slice(0,t):e.slice(0,t)+e.slice(n)},initCursor:function(){var e=this.$refs.input.$el.selectionStart,t=this.$refs.input.$el.value,n=t.length,r=null,i=(this.prefixChar||``).length;t=t.replace(this._prefix,``),e-=i;var a=t.charAt(e);if(this.isNumeralChar(a))return e+i;for(var o=e-1;o>=0;){if(a=t.charAt(o),this.isNumeralChar(a)){r=o+i;break}o--}if(r!==null)this.$refs.input.$el.setSelectionRange(r+1,r+1);else{for(o=e;o<n;){if(a=t.charAt(o),this.isNumeralChar(a)){r=o+i;break}o++}r!==null&&this.$refs.input.$el.setSelectionRange(r,r)}return r||0},onInputClick:function(){var e=this.$refs.input.$el.value;!this.readonly&&e!==zd()&&this.initCursor()},isNumeralChar:function(e){return e.length===1&&(this._numeral.test(e)||this._decimal.test(e)||this._group.test(e)||this._minusSign.test(e))?(this.resetRegex(),!0):!1},resetRegex:function(){this._numeral.lastIndex=0,this._decimal.lastIndex=0,this._group.lastIndex=0,this._minusSign.lastIndex=0},updateValue:function(e,t,n,r){var i=this.$refs.input.$el.value,a=null;t!=null&&(a=this.parseValue(t),a=!a&&!this.allowEmpty?0:a,this.updateInput(a,n,r,t),this.handleOnInput(e,i,a))},handleOnInput:function(e,t,n){if(this.isValueChanged(t,n)){var r,i;this.$emit(`input`,{originalEvent:e,value:n,formattedValue:t}),(r=(i=this.formField).onInput)==null||r.call(i,{originalEvent:e,value:n})}},isValueChanged:function(e,t){return t===null&&e!==null||t!=null&&t!==(typeof e==`string`?this.parseValue(e):e)},validateValue:function(e){return e===`-`||e==null?null:this.min!=null&&e<this.min?this.min:this.max!=null&&e>this.max?this.max:e},updateInput:function(e,t,n,r){var i;t||=``;var a=this.$refs.input.$el.value,o=this.formatValue(e),s=a.length;if(o!==r&&(o=this.concatValues(o,r)),s===0){this.$refs.input.$el.value=o,this.$refs.input.$el.setSelectionRange(0,0);var c=this.initCursor()+t.length;this.$refs.input.$el.setSelectionRange(c,c)}else{var l=this.$refs.input.$el.selectionStart,u=this.$refs.input.$el.selectionEnd;this.$refs.input.$el.value=o;var d=o.length;if(n===`range-insert`){var f=this.parseValue((a||``).slice(0,l)),p=(f===null?``:f.toString()).split(``).join(`(${this.groupChar})?`),m=new RegExp(p,`g`);m.test(o);var h=t.split(``).join(`(${this.groupChar})?`),g=new RegExp(h,`g`);g.test(o.slice(m.lastIndex)),u=m.lastIndex+g.lastIndex,this.$refs.input.$el.setSelectionRange(u,u)}else if(d===s)n===`insert`||n===`delete-back-single`?this.$refs.input.$el.setSelectionRange(u+1,u+1):n===`delete-single`?this.$refs.input.$el.setSelectionRange(u-1,u-1):(n===`delete-range`||n===`spin`)&&this.$refs.input.$el.setSelectionRange(u,u);else if(n===`delete-back-single`){var _=a.charAt(u-1),v=a.charAt(u),y=s-d,b=this._group.test(v);b&&y===1?u+=1:!b&&this.isNumeralChar(_)&&(u+=-1*y+1),this._group.lastIndex=0,this.$refs.input.$el.setSelectionRange(u,u)}else if(a===`-`&&n===`insert`){this.$refs.input.$el.setSelectionRange(0,0);var x=this.initCursor()+t.length+1;this.$refs.input.$el.setSelectionRange(x,x)}else u+=d-s,this.$refs.input.$el.setSelectionRange(u,u)}this.$refs.input.$el.setAttribute(`aria-valuenow`,e),(i=this.$refs.clearIcon)!=null&&(i=i.$el)!=null&&i.style&&(this.$refs.clearIcon.$el.style.display=Zd(o)?`none`:`block`)},concatValues:function(e,t){if(e&&t){var n=t.search(this._decimal);return this._decimal.lastIndex=0,this.suffixChar?n===-1?e:e.replace(this.suffixChar,``).split(this._decimal)[0]+t.replace(this.suffixChar,``).slice(n)+this.suffixChar:n===-1?e:e.split(this._decimal)[0]+t.slice(n)}return e},getDecimalLength:function(e){if(e){var t=e.split(this._decimal);if(t.length===2)return t[1].replace(this._suffix,``).trim().replace(/\s/g,``).replace(this._currency,``).length}return 0},updateModel:function(e,t){this.writeValue(t,e)},onInputFocus:function(e){this.focused=!0,!this.disabled&&!this.readonly&&this.$refs.input.$el.value!==zd()&&this.highlightOnFocus&&e.target.select(),this.$emit(`focus`,e)},onInputBlur:function(e){var t,n;this.focused=!1;var r=e.target,i=this.validateValue(this.parseValue(r.value));this.$emit(`blur`,{originalEvent:e,value:r.value}),(t=(n=this.formField).onBlur)==null||t.call(n,e),r.value=this.formatValue(i),r.setAttribute(`aria-valuenow`,i),this.updateModel(e,i),!this.disabled&&!this.readonly&&this.highlightOnFocus&&Cd()},clearTimer:function(){this.timer&&clearTimeout(this.timer)},maxBoundry:function(){return this.d_value>=this.max},minBoundry:function(){return this.d_value<=this.min}},computed:{upButtonListeners:function(){var e=this;return{mousedown:function(t){return e.onUpButtonMouseDown(t)},mouseup:function(t){return e.onUpButtonMouseUp(t)},mouseleave:function(t){return e.onUpButtonMouseLeave(t)},keydown:function(t){return e.onUpButtonKeyDown(t)},keyup:function(t){return e.onUpButtonKeyUp(t)}}},downButtonListeners:function(){var e=this;return{mousedown:function(t){return e.onDownButtonMouseDown(t)},mouseup:function(t){return e.onDownButtonMouseUp(t)},mouseleave:function(t){return e.onDownButtonMouseLeave(t)},keydown:function(t){return e.onDownButtonKeyDown(t)},keyup:function(t){return e.onDownButtonKeyUp(t)}}},formattedValue:function(){var e=!this.d_value&&!this.allowEmpty?0:this.d_value;return this.formatValue(e)},getFormatter:function(){return this.numberFormat},dataP:function(){return td(XO(XO({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size),this.buttonLayout,this.showButtons&&this.buttonLayout))}},components:{InputText:GT,AngleUpIcon:VO,AngleDownIcon:MO,TimesIcon:Kh}},ck=[`data-p`],lk=[`data-p`],uk=[`disabled`,`data-p`],dk=[`disabled`,`data-p`],fk=[`disabled`,`data-p`],pk=[`disabled`,`data-p`],sk.render=ak}));function hk(e){return yk(e)||vk(e)||_k(e)||gk()}function gk(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function _k(e,t){if(e){if(typeof e==`string`)return bk(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?bk(e,t):void 0}}function vk(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function yk(e){if(Array.isArray(e))return bk(e)}function bk(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function xk(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),hk(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M0.0535499 7.25213C0.208567 7.59162 2.40413 12.4 7 12.4C11.5959 12.4 13.7914 7.59162 13.9465 7.25213C13.9487 7.2471 13.9506 7.24304 13.952 7.24001C13.9837 7.16396 14 7.08239 14 7.00001C14 6.91762 13.9837 6.83605 13.952 6.76001C13.9506 6.75697 13.9487 6.75292 13.9465 6.74788C13.7914 6.4084 11.5959 1.60001 7 1.60001C2.40413 1.60001 0.208567 6.40839 0.0535499 6.74788C0.0512519 6.75292 0.0494023 6.75697 0.048 6.76001C0.0163137 6.83605 0 6.91762 0 7.00001C0 7.08239 0.0163137 7.16396 0.048 7.24001C0.0494023 7.24304 0.0512519 7.2471 0.0535499 7.25213ZM7 11.2C3.664 11.2 1.736 7.92001 1.264 7.00001C1.736 6.08001 3.664 2.80001 7 2.80001C10.336 2.80001 12.264 6.08001 12.736 7.00001C12.264 7.92001 10.336 11.2 7 11.2ZM5.55551 9.16182C5.98308 9.44751 6.48576 9.6 7 9.6C7.68891 9.59789 8.349 9.32328 8.83614 8.83614C9.32328 8.349 9.59789 7.68891 9.59999 7C9.59999 6.48576 9.44751 5.98308 9.16182 5.55551C8.87612 5.12794 8.47006 4.7947 7.99497 4.59791C7.51988 4.40112 6.99711 4.34963 6.49276 4.44995C5.98841 4.55027 5.52513 4.7979 5.16152 5.16152C4.7979 5.52513 4.55027 5.98841 4.44995 6.49276C4.34963 6.99711 4.40112 7.51988 4.59791 7.99497C4.7947 8.47006 5.12794 8.87612 5.55551 9.16182ZM6.2222 5.83594C6.45243 5.6821 6.7231 5.6 7 5.6C7.37065 5.6021 7.72553 5.75027 7.98762 6.01237C8.24972 6.27446 8.39789 6.62934 8.4 7C8.4 7.27689 8.31789 7.54756 8.16405 7.77779C8.01022 8.00802 7.79157 8.18746 7.53575 8.29343C7.27994 8.39939 6.99844 8.42711 6.72687 8.37309C6.4553 8.31908 6.20584 8.18574 6.01005 7.98994C5.81425 7.79415 5.68091 7.54469 5.6269 7.27312C5.57288 7.00155 5.6006 6.72006 5.70656 6.46424C5.81253 6.20842 5.99197 5.98977 6.2222 5.83594Z`,fill:`currentColor`},null,-1)]),16)}var Sk,Ck=t((()=>{Mm(),W(),Sk={name:`EyeIcon`,extends:jm},Sk.render=xk}));function wk(e){return Ok(e)||Dk(e)||Ek(e)||Tk()}function Tk(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Ek(e,t){if(e){if(typeof e==`string`)return kk(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?kk(e,t):void 0}}function Dk(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Ok(e){if(Array.isArray(e))return kk(e)}function kk(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Ak(e,t,n,r,i,a){return I(),L(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),wk(t[0]||=[z(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M13.9414 6.74792C13.9437 6.75295 13.9455 6.757 13.9469 6.76003C13.982 6.8394 14.0001 6.9252 14.0001 7.01195C14.0001 7.0987 13.982 7.1845 13.9469 7.26386C13.6004 8.00059 13.1711 8.69549 12.6674 9.33515C12.6115 9.4071 12.54 9.46538 12.4582 9.50556C12.3765 9.54574 12.2866 9.56678 12.1955 9.56707C12.0834 9.56671 11.9737 9.53496 11.8788 9.47541C11.7838 9.41586 11.7074 9.3309 11.6583 9.23015C11.6092 9.12941 11.5893 9.01691 11.6008 8.90543C11.6124 8.79394 11.6549 8.68793 11.7237 8.5994C12.1065 8.09726 12.4437 7.56199 12.7313 6.99995C12.2595 6.08027 10.3402 2.8014 6.99732 2.8014C6.63723 2.80218 6.27816 2.83969 5.92569 2.91336C5.77666 2.93304 5.62568 2.89606 5.50263 2.80972C5.37958 2.72337 5.29344 2.59398 5.26125 2.44714C5.22907 2.30031 5.2532 2.14674 5.32885 2.01685C5.40451 1.88696 5.52618 1.79021 5.66978 1.74576C6.10574 1.64961 6.55089 1.60134 6.99732 1.60181C11.5916 1.60181 13.7864 6.40856 13.9414 6.74792ZM2.20333 1.61685C2.35871 1.61411 2.5091 1.67179 2.6228 1.77774L12.2195 11.3744C12.3318 11.4869 12.3949 11.6393 12.3949 11.7983C12.3949 11.9572 12.3318 12.1097 12.2195 12.2221C12.107 12.3345 11.9546 12.3976 11.7956 12.3976C11.6367 12.3976 11.4842 12.3345 11.3718 12.2221L10.5081 11.3584C9.46549 12.0426 8.24432 12.4042 6.99729 12.3981C2.403 12.3981 0.208197 7.59135 0.0532336 7.25198C0.0509364 7.24694 0.0490875 7.2429 0.0476856 7.23986C0.0162332 7.16518 3.05176e-05 7.08497 3.05176e-05 7.00394C3.05176e-05 6.92291 0.0162332 6.8427 0.0476856 6.76802C0.631261 5.47831 1.46902 4.31959 2.51084 3.36119L1.77509 2.62545C1.66914 2.51175 1.61146 2.36136 1.61421 2.20597C1.61695 2.05059 1.6799 1.90233 1.78979 1.79244C1.89968 1.68254 2.04794 1.6196 2.20333 1.61685ZM7.45314 8.35147L5.68574 6.57609V6.5361C5.5872 6.78938 5.56498 7.06597 5.62183 7.33173C5.67868 7.59749 5.8121 7.84078 6.00563 8.03158C6.19567 8.21043 6.43052 8.33458 6.68533 8.39089C6.94014 8.44721 7.20543 8.43359 7.45314 8.35147ZM1.26327 6.99994C1.7351 7.91163 3.64645 11.1985 6.99729 11.1985C7.9267 11.2048 8.8408 10.9618 9.64438 10.4947L8.35682 9.20718C7.86027 9.51441 7.27449 9.64491 6.69448 9.57752C6.11446 9.51014 5.57421 9.24881 5.16131 8.83592C4.74842 8.42303 4.4871 7.88277 4.41971 7.30276C4.35232 6.72274 4.48282 6.13697 4.79005 5.64041L3.35855 4.2089C2.4954 5.00336 1.78523 5.94935 1.26327 6.99994Z`,fill:`currentColor`},null,-1)]),16)}var jk,Mk=t((()=>{Mm(),W(),jk={name:`EyeSlashIcon`,extends:jm},jk.render=Ak})),Nk,Pk=t((()=>{Nk=`
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

`})),Fk,Ik=t((()=>{Pk(),Gp(),Fk=K.extend({name:`password`,style:Nk,classes:{root:function(e){var t=e.instance;return[`p-password p-component p-inputwrapper`,{"p-inputwrapper-filled":t.$filled,"p-inputwrapper-focus":t.focused,"p-password-fluid":t.$fluid}]},pcInputText:`p-password-input`,maskIcon:`p-password-toggle-mask-icon p-password-mask-icon`,unmaskIcon:`p-password-toggle-mask-icon p-password-unmask-icon`,clearIcon:`p-password-clear-icon`,overlay:`p-password-overlay p-component`,content:`p-password-content`,meter:`p-password-meter`,meterLabel:function(e){var t=e.instance;return`p-password-meter-label ${t.meter?`p-password-meter-`+t.meter.strength:``}`},meterText:`p-password-meter-text`},inlineStyles:{root:function(e){return{position:e.props.appendTo===`self`?`relative`:void 0}}}})}));function Lk(e){"@babel/helpers - typeof";return Lk=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Lk(e)}function Rk(e,t,n){return(t=zk(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function zk(e){var t=Bk(e,`string`);return Lk(t)==`symbol`?t:t+``}function Bk(e,t){if(Lk(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Lk(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Vk(e){"@babel/helpers - typeof";return Vk=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Vk(e)}function Hk(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Uk(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Hk(Object(n),!0).forEach(function(t){Wk(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Hk(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Wk(e,t,n){return(t=Gk(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Gk(e){var t=Kk(e,`string`);return Vk(t)==`symbol`?t:t+``}function Kk(e,t){if(Vk(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Vk(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function qk(e,t,n,r,i,a){var o=fi(`InputText`),s=fi(`TimesIcon`),c=fi(`Portal`);return I(),L(`div`,V({class:e.cx(`root`),style:e.sx(`root`),"data-p":a.containerDataP},e.ptmi(`root`)),[U(o,V({ref:`input`,id:e.inputId,type:a.inputType,class:[e.cx(`pcInputText`),e.inputClass],style:e.inputStyle,defaultValue:e.d_value,name:e.$formName,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-expanded":i.overlayVisible,"aria-controls":i.overlayVisible?e.overlayProps&&e.overlayProps.id||e.overlayId||e.panelProps&&e.panelProps.id||e.panelId||a.overlayUniqueId:void 0,"aria-haspopup":e.feedback,placeholder:e.placeholder,required:e.required,fluid:e.fluid,disabled:e.disabled,variant:e.variant,invalid:e.invalid,size:e.size,autofocus:e.autofocus,onInput:a.onInput,onFocus:a.onFocus,onBlur:a.onBlur,onKeyup:a.onKeyUp,onInvalid:a.onInvalid},e.inputProps,{"data-p-has-e-icon":e.toggleMask,pt:e.ptm(`pcInputText`),unstyled:e.unstyled}),null,16,/* @__PURE__ */ `id.type.class.style.defaultValue.name.aria-labelledby.aria-label.aria-expanded.aria-controls.aria-haspopup.placeholder.required.fluid.disabled.variant.invalid.size.autofocus.onInput.onFocus.onBlur.onKeyup.onInvalid.data-p-has-e-icon.pt.unstyled`.split(`.`)),e.toggleMask&&i.unmasked?F(e.$slots,e.$slots.maskicon?`maskicon`:`hideicon`,V({key:0,toggleCallback:a.onMaskToggle,class:[e.cx(`maskIcon`),e.maskIcon]},e.ptm(`maskIcon`)),function(){return[(I(),R(pi(e.maskIcon?`i`:`EyeSlashIcon`),V({class:[e.cx(`maskIcon`),e.maskIcon],onClick:a.onMaskToggle},e.ptm(`maskIcon`)),null,16,[`class`,`onClick`]))]}):B(``,!0),e.toggleMask&&!i.unmasked?F(e.$slots,e.$slots.unmaskicon?`unmaskicon`:`showicon`,V({key:1,toggleCallback:a.onMaskToggle,class:[e.cx(`unmaskIcon`)]},e.ptm(`unmaskIcon`)),function(){return[(I(),R(pi(e.unmaskIcon?`i`:`EyeIcon`),V({class:[e.cx(`unmaskIcon`),e.unmaskIcon],onClick:a.onMaskToggle},e.ptm(`unmaskIcon`)),null,16,[`class`,`onClick`]))]}):B(``,!0),a.isClearIconVisible?F(e.$slots,`clearicon`,V({key:2,class:e.cx(`clearIcon`),clearCallback:a.onClearClick},e.ptm(`clearIcon`)),function(){return[U(s,V({class:[e.cx(`clearIcon`)],onClick:a.onClearClick},e.ptm(`clearIcon`)),null,16,[`class`,`onClick`])]}):B(``,!0),z(`span`,V({class:`p-hidden-accessible`,"aria-live":`polite`},e.ptm(`hiddenAccesible`),{"data-p-hidden-accessible":!0}),j(i.infoText),17),U(c,{appendTo:e.appendTo},{default:P(function(){return[U(Ql,V({name:`p-anchored-overlay`,onEnter:a.onOverlayEnter,onLeave:a.onOverlayLeave,onAfterLeave:a.onOverlayAfterLeave},e.ptm(`transition`)),{default:P(function(){return[i.overlayVisible?(I(),L(`div`,V({key:0,ref:a.overlayRef,id:e.overlayId||e.panelId||a.overlayUniqueId,class:[e.cx(`overlay`),e.panelClass,e.overlayClass],style:[e.overlayStyle,e.panelStyle],onClick:t[0]||=function(){return a.onOverlayClick&&a.onOverlayClick.apply(a,arguments)},"data-p":a.overlayDataP,role:`dialog`,"aria-live":`polite`},Uk(Uk(Uk({},e.panelProps),e.overlayProps),e.ptm(`overlay`))),[F(e.$slots,`header`),F(e.$slots,`content`,{},function(){return[z(`div`,V({class:e.cx(`content`)},e.ptm(`content`)),[z(`div`,V({class:e.cx(`meter`)},e.ptm(`meter`)),[z(`div`,V({class:e.cx(`meterLabel`),style:{width:i.meter?i.meter.width:``},"data-p":a.meterDataP},e.ptm(`meterLabel`)),null,16,Qk)],16),z(`div`,V({class:e.cx(`meterText`)},e.ptm(`meterText`)),j(i.infoText),17)],16)]}),F(e.$slots,`footer`)],16,Zk)):B(``,!0)]}),_:3},16,[`onEnter`,`onLeave`,`onAfterLeave`])]}),_:3},8,[`appendTo`])],16,Xk)}var Jk,Yk,Xk,Zk,Qk,$k=t((()=>{Pf(),qd(),Nf(),hE(),Ck(),Mk(),qh(),qT(),WE(),Tg(),PT(),Ik(),W(),Jk={name:`BasePassword`,extends:NT,props:{promptLabel:{type:String,default:null},mediumRegex:{type:[String,RegExp],default:`^(((?=.*[a-z])(?=.*[A-Z]))|((?=.*[a-z])(?=.*[0-9]))|((?=.*[A-Z])(?=.*[0-9])))(?=.{6,})`},strongRegex:{type:[String,RegExp],default:`^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.{8,})`},weakLabel:{type:String,default:null},mediumLabel:{type:String,default:null},strongLabel:{type:String,default:null},feedback:{type:Boolean,default:!0},appendTo:{type:[String,Object],default:`body`},toggleMask:{type:Boolean,default:!1},hideIcon:{type:String,default:void 0},maskIcon:{type:String,default:void 0},showIcon:{type:String,default:void 0},unmaskIcon:{type:String,default:void 0},showClear:{type:Boolean,default:!1},disabled:{type:Boolean,default:!1},placeholder:{type:String,default:null},required:{type:Boolean,default:!1},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},inputProps:{type:null,default:null},panelId:{type:String,default:null},panelClass:{type:[String,Object],default:null},panelStyle:{type:Object,default:null},panelProps:{type:null,default:null},overlayId:{type:String,default:null},overlayClass:{type:[String,Object],default:null},overlayStyle:{type:Object,default:null},overlayProps:{type:null,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null},autofocus:{type:Boolean,default:null}},style:Fk,provide:function(){return{$pcPassword:this,$parentInstance:this}}},Yk={name:`Password`,extends:Jk,inheritAttrs:!1,emits:[`change`,`focus`,`blur`,`invalid`],inject:{$pcFluid:{default:null}},data:function(){return{overlayVisible:!1,meter:null,infoText:null,focused:!1,unmasked:!1}},mediumCheckRegExp:null,strongCheckRegExp:null,resizeListener:null,scrollHandler:null,overlay:null,mounted:function(){this.infoText=this.promptText,this.mediumCheckRegExp=new RegExp(this.mediumRegex),this.strongCheckRegExp=new RegExp(this.strongRegex)},beforeUnmount:function(){this.unbindResizeListener(),this.scrollHandler&&=(this.scrollHandler.destroy(),null),this.overlay&&=(Mf.clear(this.overlay),null)},methods:{onOverlayEnter:function(e){Mf.set(`overlay`,e,this.$primevue.config.zIndex.overlay),_d(e,{position:`absolute`,top:`0`}),this.alignOverlay(),this.bindScrollListener(),this.bindResizeListener(),this.$attrSelector&&e.setAttribute(this.$attrSelector,``)},onOverlayLeave:function(){this.unbindScrollListener(),this.unbindResizeListener(),this.overlay=null},onOverlayAfterLeave:function(e){Mf.clear(e)},alignOverlay:function(){this.appendTo===`self`?yd(this.overlay,this.$refs.input.$el):(this.overlay.style.minWidth=vd(this.$refs.input.$el)+`px`,gd(this.overlay,this.$refs.input.$el))},testStrength:function(e){var t=0;return this.strongCheckRegExp.test(e)?t=3:this.mediumCheckRegExp.test(e)?t=2:e.length&&(t=1),t},onInput:function(e){this.writeValue(e.target.value,e),this.$emit(`change`,e)},onFocus:function(e){this.focused=!0,this.feedback&&(this.setPasswordMeter(this.d_value),this.overlayVisible=!0),this.$emit(`focus`,e)},onBlur:function(e){this.focused=!1,this.feedback&&(this.overlayVisible=!1),this.$emit(`blur`,e)},onKeyUp:function(e){if(this.feedback){var t=e.target.value,n=this.checkPasswordStrength(t),r=n.meter,i=n.label;if(this.meter=r,this.infoText=i,e.code===`Escape`){this.overlayVisible&&=!1;return}this.overlayVisible||=!0}},setPasswordMeter:function(){if(!this.d_value)this.meter=null,this.infoText=this.promptText;else{var e=this.checkPasswordStrength(this.d_value),t=e.meter,n=e.label;this.meter=t,this.infoText=n,this.overlayVisible||=!0}},checkPasswordStrength:function(e){var t=null,n=null;switch(this.testStrength(e)){case 1:t=this.weakText,n={strength:`weak`,width:`33.33%`};break;case 2:t=this.mediumText,n={strength:`medium`,width:`66.66%`};break;case 3:t=this.strongText,n={strength:`strong`,width:`100%`};break;default:t=this.promptText,n=null}return{label:t,meter:n}},onInvalid:function(e){this.$emit(`invalid`,e)},bindScrollListener:function(){var e=this;this.scrollHandler||=new mE(this.$refs.input.$el,function(){e.overlayVisible&&=!1}),this.scrollHandler.bindScrollListener()},unbindScrollListener:function(){this.scrollHandler&&this.scrollHandler.unbindScrollListener()},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.overlayVisible&&!Gd()&&(e.overlayVisible=!1)},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},overlayRef:function(e){this.overlay=e},onMaskToggle:function(){this.unmasked=!this.unmasked},onClearClick:function(e){this.writeValue(null,{})},onOverlayClick:function(e){UE.emit(`overlay-click`,{originalEvent:e,target:this.$el})}},computed:{inputType:function(){return this.unmasked?`text`:`password`},weakText:function(){return this.weakLabel||this.$primevue.config.locale.weak},mediumText:function(){return this.mediumLabel||this.$primevue.config.locale.medium},strongText:function(){return this.strongLabel||this.$primevue.config.locale.strong},promptText:function(){return this.promptLabel||this.$primevue.config.locale.passwordPrompt},isClearIconVisible:function(){return this.showClear&&this.$filled&&!this.disabled},overlayUniqueId:function(){return this.$id+`_overlay`},containerDataP:function(){return td({fluid:this.$fluid})},meterDataP:function(){return td(Rk({},this.meter?.strength,this.meter?.strength))},overlayDataP:function(){return td(Rk({},`portal-`+this.appendTo,`portal-`+this.appendTo))}},components:{InputText:GT,Portal:wg,EyeSlashIcon:jk,EyeIcon:Sk,TimesIcon:Kh}},Xk=[`data-p`],Zk=[`id`,`data-p`],Qk=[`data-p`],Yk.render=qk})),eA,tA=t((()=>{eA=`
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
`})),nA,rA=t((()=>{tA(),Gp(),nA=K.extend({name:`toggleswitch`,style:eA,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-toggleswitch p-component`,{"p-toggleswitch-checked":t.checked,"p-disabled":n.disabled,"p-invalid":t.$invalid}]},input:`p-toggleswitch-input`,slider:`p-toggleswitch-slider`,handle:`p-toggleswitch-handle`},inlineStyles:{root:{position:`relative`}}})}));function iA(e,t,n,r,i,a){return I(),L(`div`,V({class:e.cx(`root`),style:e.sx(`root`)},a.getPTOptions(`root`),{"data-p-checked":a.checked,"data-p-disabled":e.disabled,"data-p":a.dataP}),[z(`input`,V({id:e.inputId,type:`checkbox`,role:`switch`,class:[e.cx(`input`),e.inputClass],style:e.inputStyle,checked:a.checked,tabindex:e.tabindex,disabled:e.disabled,readonly:e.readonly,"aria-checked":a.checked,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-invalid":e.invalid||void 0,onFocus:t[0]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onChange:t[2]||=function(){return a.onChange&&a.onChange.apply(a,arguments)}},a.getPTOptions(`input`)),null,16,sA),z(`div`,V({class:e.cx(`slider`)},a.getPTOptions(`slider`),{"data-p":a.dataP}),[z(`div`,V({class:e.cx(`handle`)},a.getPTOptions(`handle`),{"data-p":a.dataP}),[F(e.$slots,`handle`,{checked:a.checked})],16,lA)],16,cA)],16,oA)}var aA,oA,sA,cA,lA,uA=t((()=>{Pf(),MT(),rA(),W(),aA={name:`ToggleSwitch`,extends:{name:`BaseToggleSwitch`,extends:jT,props:{trueValue:{type:null,default:!0},falseValue:{type:null,default:!1},readonly:{type:Boolean,default:!1},tabindex:{type:Number,default:null},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null}},style:nA,provide:function(){return{$pcToggleSwitch:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`change`,`focus`,`blur`],methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{checked:this.checked,disabled:this.disabled}})},onChange:function(e){if(!this.disabled&&!this.readonly){var t=this.checked?this.falseValue:this.trueValue;this.writeValue(t,e),this.$emit(`change`,e)}},onFocus:function(e){this.$emit(`focus`,e)},onBlur:function(e){var t,n;this.$emit(`blur`,e),(t=(n=this.formField).onBlur)==null||t.call(n,e)}},computed:{checked:function(){return this.d_value===this.trueValue},dataP:function(){return td({checked:this.checked,disabled:this.disabled,invalid:this.$invalid})}}},oA=[`data-p-checked`,`data-p-disabled`,`data-p`],sA=[`id`,`checked`,`tabindex`,`disabled`,`readonly`,`aria-checked`,`aria-labelledby`,`aria-label`,`aria-invalid`],cA=[`data-p`],lA=[`data-p`],aA.render=iA})),dA,fA,pA,mA,hA,gA,_A,vA,yA,bA,xA,SA,CA,wA,TA,EA,DA,OA,kA,AA,jA=t((()=>{W(),Ih(),mk(),qT(),gw(),$k(),uA(),kC(),qC(),dA={class:`mm-settings`,"data-testid":`settings`},fA={key:1,class:`mm-empty`},pA=[`data-testid`],mA=[`for`],hA=[`data-testid`],gA={class:`mm-inline`},_A={class:`mm-row`},vA={for:`mm-concurrency`},yA={class:`mm-inline`},bA={class:`mm-row`},xA={for:`mm-interval`},SA={class:`mm-inline`},CA={class:`mm-row`},wA={for:`mm-hosts`},TA={class:`mm-muted`},EA={class:`mm-inline`},DA={class:`mm-row mm-row-toggle`},OA={for:`mm-pickle`},kA={class:`mm-muted mm-block`},AA=/*@__PURE__*/ zr({__name:`SettingsTab`,setup(e){let{t}=tC(),{settings:n,notify:r}=GC(),i=Ec(()=>n.settings.value),a=/* @__PURE__ */ Ct({civitai:``,huggingface:``,concurrency:2,progressInterval:1,allowedHosts:``});Sr(i,e=>{e&&(a.concurrency=e.concurrency,a.progressInterval=e.progressInterval,a.allowedHosts=e.allowedHosts.join(`, `))},{immediate:!0});async function o(e,i){try{return await n.set(e,i),r.add({severity:`success`,summary:t(`modelManager.settings.saved`)}),!0}catch(e){return r.add({severity:`error`,summary:t(`modelManager.settings.saveFailed`),detail:e instanceof Error?e.message:String(e)}),!1}}async function s(e){let t=a[e].trim();t&&await o(e,t)&&(a[e]=``)}function c(e){return e.split(/[,\s]+/).map(e=>e.trim()).filter(Boolean)}let l=[`civitai`,`huggingface`];return(e,r)=>(I(),L(`div`,dA,[N(n).error.value?(I(),R(N(uw),{key:0,severity:`error`,size:`small`},{default:P(()=>[Ka(j(N(n).error.value),1)]),_:1})):B(``,!0),!i.value&&!N(n).error.value?(I(),L(`div`,fA,j(N(t)(`modelManager.common.loading`)),1)):B(``,!0),i.value?(I(),L(H,{key:2},[z(`section`,null,[z(`h3`,null,j(N(t)(`modelManager.settings.apiKeys`)),1),(I(),L(H,null,_i(l,e=>z(`div`,{key:e,class:`mm-row`,"data-testid":`setting-key-`+e},[z(`label`,{for:`mm-key-`+e},j(N(t)(`modelManager.settings.`+e)),9,mA),z(`div`,{class:`mm-key-current mm-muted`,"data-testid":`setting-key-`+e+`-current`},j(i.value.apiKeys[e]??N(t)(`modelManager.settings.notSet`)),9,hA),z(`div`,gA,[U(N(Yk),{modelValue:a[e],"onUpdate:modelValue":t=>a[e]=t,"input-id":`mm-key-`+e,feedback:!1,"toggle-mask":``,placeholder:N(t)(`modelManager.settings.newKey`),"data-testid":`setting-key-`+e+`-input`,fluid:``},null,8,[`modelValue`,`onUpdate:modelValue`,`input-id`,`placeholder`,`data-testid`]),U(N(Nh),{label:N(t)(`modelManager.common.set`),size:`small`,disabled:!a[e].trim(),"data-testid":`setting-key-`+e+`-set`,onClick:t=>s(e)},null,8,[`label`,`disabled`,`data-testid`,`onClick`]),U(N(Nh),{label:N(t)(`modelManager.common.clear`),size:`small`,severity:`secondary`,outlined:``,disabled:!i.value.apiKeys[e],"data-testid":`setting-key-`+e+`-clear`,onClick:t=>o(e,null)},null,8,[`label`,`disabled`,`data-testid`,`onClick`])])],8,pA)),64))]),z(`section`,null,[z(`h3`,null,j(N(t)(`modelManager.settings.downloads`)),1),z(`div`,_A,[z(`label`,vA,j(N(t)(`modelManager.settings.concurrency`)),1),z(`div`,yA,[U(N(sk),{modelValue:a.concurrency,"onUpdate:modelValue":r[0]||=e=>a.concurrency=e,"input-id":`mm-concurrency`,min:1,max:16,"show-buttons":``,"data-testid":`setting-concurrency`},null,8,[`modelValue`]),U(N(Nh),{label:N(t)(`modelManager.common.save`),size:`small`,disabled:a.concurrency===null||a.concurrency===i.value.concurrency,"data-testid":`setting-concurrency-save`,onClick:r[1]||=e=>o(`concurrency`,a.concurrency)},null,8,[`label`,`disabled`])])]),z(`div`,bA,[z(`label`,xA,j(N(t)(`modelManager.settings.progressInterval`)),1),z(`div`,SA,[U(N(sk),{modelValue:a.progressInterval,"onUpdate:modelValue":r[2]||=e=>a.progressInterval=e,"input-id":`mm-interval`,min:.1,max:60,step:.5,"max-fraction-digits":2,"show-buttons":``,suffix:` `+N(t)(`modelManager.settings.seconds`),"data-testid":`setting-interval`},null,8,[`modelValue`,`suffix`]),U(N(Nh),{label:N(t)(`modelManager.common.save`),size:`small`,disabled:a.progressInterval===null||a.progressInterval===i.value.progressInterval,"data-testid":`setting-interval-save`,onClick:r[3]||=e=>o(`progressInterval`,a.progressInterval)},null,8,[`label`,`disabled`])])]),z(`div`,CA,[z(`label`,wA,j(N(t)(`modelManager.settings.allowedHosts`)),1),z(`small`,TA,j(N(t)(`modelManager.settings.allowedHostsHelp`)),1),z(`div`,EA,[U(N(GT),{id:`mm-hosts`,modelValue:a.allowedHosts,"onUpdate:modelValue":r[4]||=e=>a.allowedHosts=e,"data-testid":`setting-hosts`,fluid:``},null,8,[`modelValue`]),U(N(Nh),{label:N(t)(`modelManager.common.save`),size:`small`,"data-testid":`setting-hosts-save`,onClick:r[5]||=e=>o(`allowedHosts`,c(a.allowedHosts))},null,8,[`label`])])]),z(`div`,DA,[U(N(aA),{"input-id":`mm-pickle`,"model-value":i.value.allowPickle,"data-testid":`setting-pickle`,"onUpdate:modelValue":r[6]||=e=>o(`allowPickle`,e)},null,8,[`model-value`]),z(`label`,OA,[Ka(j(N(t)(`modelManager.settings.allowPickle`))+` `,1),z(`small`,kA,j(N(t)(`modelManager.settings.allowPickleHelp`)),1)])])])],64)):B(``,!0)]))}})})),MA=t((()=>{})),NA,PA=t((()=>{jA(),jA(),MA(),gT(),NA=/*#__PURE__*/ hT(AA,[[`__scopeId`,`data-v-4b3326fc`]])})),FA,IA,LA,RA=t((()=>{W(),Sm(),Qg(),r_(),j_(),I_(),V_(),J_(),Ty(),Oy(),kC(),qC(),vT(),JD(),wO(),PA(),FA={class:`mm-header`},IA={class:`mm-title`},LA=/*@__PURE__*/ zr({__name:`App`,props:{standalone:{type:Boolean,default:!1}},setup(e){let t=e,{t:n}=tC(),r=GC(),i=Ey();r.notify.setFallback(e=>i.add({...e,group:`mm`}));let a=/* @__PURE__ */ Pt(`downloads`);_s(()=>{r.tasks.attach(),r.tasks.load(),r.models.loadFolders(),r.settings.load()});function o(){a.value=`downloads`}return(e,i)=>(I(),L(`div`,{class:f([`mm-root`,{"mm-standalone":t.standalone}]),"data-testid":`mm-root`},[z(`header`,FA,[i[1]||=z(`i`,{class:`pi pi-box`},null,-1),z(`span`,IA,j(N(n)(`modelManager.title`)),1)]),U(N(q_),{value:a.value,"onUpdate:value":i[0]||=e=>a.value=e,class:`mm-tabs`,scrollable:``},{default:P(()=>[U(N(T_),null,{default:P(()=>[U(N(n_),{value:`downloads`,"data-testid":`tab-downloads`},{default:P(()=>[Ka(j(N(n)(`modelManager.tabs.downloads`))+` `,1),N(r).tasks.activeCount.value>0?(I(),R(N(bm),{key:0,value:N(r).tasks.activeCount.value,size:`small`,class:`mm-tab-badge`},null,8,[`value`])):B(``,!0)]),_:1}),U(N(n_),{value:`new`,"data-testid":`tab-new`},{default:P(()=>[Ka(j(N(n)(`modelManager.tabs.newDownload`)),1)]),_:1}),U(N(n_),{value:`models`,"data-testid":`tab-models`},{default:P(()=>[Ka(j(N(n)(`modelManager.tabs.models`)),1)]),_:1}),U(N(n_),{value:`settings`,"data-testid":`tab-settings`},{default:P(()=>[Ka(j(N(n)(`modelManager.tabs.settings`)),1)]),_:1})]),_:1}),U(N(B_),{class:`mm-panels`},{default:P(()=>[U(N(F_),{value:`downloads`},{default:P(()=>[U(_T)]),_:1}),U(N(F_),{value:`new`},{default:P(()=>[U(CO,{onCreated:o})]),_:1}),U(N(F_),{value:`models`},{default:P(()=>[U(qD)]),_:1}),U(N(F_),{value:`settings`},{default:P(()=>[U(NA)]),_:1})]),_:1})]),_:1},8,[`value`]),N(r).notify.usesHost?B(``,!0):(I(),R(N(Cy),{key:0,group:`mm`,position:`bottom-right`})),U(N(Zg),{group:`mm`,class:`mm-dialog`})],2))}})})),zA=t((()=>{})),BA,VA=t((()=>{RA(),RA(),zA(),BA=LA})),HA,UA,WA=t((()=>{HA={title:`Model Manager`,host:{title:`Model Manager`,open:`Open Model Manager`,tooltip:`Model Manager: download and browse models`},tabs:{downloads:`Downloads`,newDownload:`New download`,models:`Models`,settings:`Settings`},common:{cancel:`Cancel`,delete:`Delete`,refresh:`Refresh`,set:`Set`,clear:`Clear`,save:`Save`,close:`Close`,loading:`Loading…`},status:{queued:`Queued`,running:`Downloading`,paused:`Paused`,verifying:`Verifying`,completed:`Completed`,failed:`Failed`,cancelled:`Cancelled`},downloads:{count:`No downloads | 1 download | {n} downloads`,empty:`No downloads yet. Start one from the “New download” tab.`,loadFailed:`Could not load the download list: {error}`,unknownSize:`unknown size`,eta:`ETA {eta}`,pause:`Pause`,resume:`Resume`,retry:`Retry`,remove:`Remove`,deleteTitle:`Delete download`,deleteMessage:`Cancel and remove “{name}”? A partially downloaded file is deleted; a finished model stays on disk.`,deleteFailed:`Could not delete the download`,actionFailed:`The action failed`},newDownload:{url:`URL`,urlPlaceholder:`https://…`,folder:`Model folder`,folderPlaceholder:`Choose a folder`,root:`Root directory`,subfolder:`Subfolder`,filename:`File name`,filenamePlaceholder:`Optional: taken from the server when empty`,sha256:`Expected SHA-256`,optional:`Optional`,submit:`Download`,created:`Download queued`},validation:{urlRequired:`Enter a URL.`,urlInvalid:`This is not a valid URL.`,urlScheme:`Only http:// and https:// URLs can be downloaded.`,folderRequired:`Choose a model folder.`,subfolderAbsolute:`The subfolder must be relative (no leading / or drive).`,subfolderDots:`The subfolder must not contain “..”.`,subfolderInvalid:`The subfolder contains an invalid character.`,filenameSeparator:`The file name must not contain / or \\.`,filenameDots:`The file name must not contain “..”.`,filenameInvalid:`The file name contains an invalid character.`,sha256Invalid:`A SHA-256 is 64 hexadecimal characters.`},models:{search:`Search by name`,count:`No models | 1 model | {n} models`,empty:`No models in this folder.`,noMatch:`No model matches the search.`,unavailable:`The server cannot list models yet.`},settings:{apiKeys:`API keys`,civitai:`Civitai`,huggingface:`Hugging Face`,notSet:`Not set`,newKey:`New key`,downloads:`Downloads`,concurrency:`Simultaneous downloads`,progressInterval:`Progress update interval`,seconds:`s`,allowedHosts:`Allowed hosts`,allowedHostsHelp:`Comma-separated host names (host or host:port) downloads may come from.`,allowPickle:`Allow pickle-based formats (.ckpt, .pt, .bin, …)`,allowPickleHelp:`Pickle files can run code when loaded; only allow them from sources you trust.`,saved:`Setting saved`,saveFailed:`Could not save the setting`},missing:{title:`Missing models`,intro:`This workflow needs a model that is not on the server. | This workflow needs {n} models that are not on the server.`,download:`Download to folder`,downloadAll:`Download all`,queued:`Queued`,notAllowed:`Cannot download: {reason}`}},UA={modelManager:HA}})),GA,KA,qA=t((()=>{GA={title:`模型管理器`,host:{title:`模型管理器`,open:`打开模型管理器`,tooltip:`模型管理器：下载和浏览模型`},tabs:{downloads:`下载列表`,newDownload:`新建下载`,models:`模型`,settings:`设置`},common:{cancel:`取消`,delete:`删除`,refresh:`刷新`,set:`设置`,clear:`清除`,save:`保存`,close:`关闭`,loading:`加载中…`},status:{queued:`排队中`,running:`下载中`,paused:`已暂停`,verifying:`校验中`,completed:`已完成`,failed:`失败`,cancelled:`已取消`},downloads:{count:`没有下载 | 1 个下载 | {n} 个下载`,empty:`还没有下载。请在“新建下载”标签页中开始。`,loadFailed:`无法加载下载列表：{error}`,unknownSize:`大小未知`,eta:`剩余 {eta}`,pause:`暂停`,resume:`继续`,retry:`重试`,remove:`移除`,deleteTitle:`删除下载`,deleteMessage:`取消并移除“{name}”？未下载完的文件会被删除；已完成的模型保留在磁盘上。`,deleteFailed:`无法删除下载`,actionFailed:`操作失败`},newDownload:{url:`URL`,urlPlaceholder:`https://…`,folder:`模型文件夹`,folderPlaceholder:`选择文件夹`,root:`根目录`,subfolder:`子文件夹`,filename:`文件名`,filenamePlaceholder:`可选：留空则使用服务器提供的文件名`,sha256:`预期 SHA-256`,optional:`可选`,submit:`下载`,created:`已加入下载队列`},validation:{urlRequired:`请输入 URL。`,urlInvalid:`URL 无效。`,urlScheme:`只能下载 http:// 或 https:// 地址。`,folderRequired:`请选择模型文件夹。`,subfolderAbsolute:`子文件夹必须是相对路径（不能以 / 或盘符开头）。`,subfolderDots:`子文件夹不能包含“..”。`,subfolderInvalid:`子文件夹包含无效字符。`,filenameSeparator:`文件名不能包含 / 或 \\。`,filenameDots:`文件名不能包含“..”。`,filenameInvalid:`文件名包含无效字符。`,sha256Invalid:`SHA-256 应为 64 位十六进制字符。`},models:{search:`按名称搜索`,count:`没有模型 | 1 个模型 | {n} 个模型`,empty:`此文件夹中没有模型。`,noMatch:`没有匹配的模型。`,unavailable:`服务器暂不支持列出模型。`},settings:{apiKeys:`API 密钥`,civitai:`Civitai`,huggingface:`Hugging Face`,notSet:`未设置`,newKey:`新密钥`,downloads:`下载`,concurrency:`同时下载数`,progressInterval:`进度更新间隔`,seconds:`秒`,allowedHosts:`允许的主机`,allowedHostsHelp:`允许下载来源的主机名（host 或 host:port），用逗号分隔。`,allowPickle:`允许 pickle 格式（.ckpt、.pt、.bin 等）`,allowPickleHelp:`pickle 文件在加载时可以执行代码，只应允许来自可信来源的文件。`,saved:`设置已保存`,saveFailed:`无法保存设置`},missing:{title:`缺失的模型`,intro:`此工作流需要一个服务器上没有的模型。 | 此工作流需要 {n} 个服务器上没有的模型。`,download:`下载到文件夹`,downloadAll:`全部下载`,queued:`已加入队列`,notAllowed:`无法下载：{reason}`}},KA={modelManager:GA}}));function JA(e){let t=String(e||``).toLowerCase().split(/[-_]/)[0];return XA.includes(t)?t:`en`}function YA(e){return eC({legacy:!1,locale:e,fallbackLocale:`en`,messages:ZA,missingWarn:!1,fallbackWarn:!1})}var XA,ZA,QA=t((()=>{kC(),WA(),qA(),XA=[`en`,`zh`],ZA={en:UA,zh:KA}})),$A,ej=t((()=>{pp(),pp(),$A=(...e)=>Ff(...e)})),tj,nj,rj,ij=t((()=>{tj={borderRadius:{none:`0`,xs:`2px`,sm:`4px`,md:`6px`,lg:`8px`,xl:`12px`},emerald:{50:`#ecfdf5`,100:`#d1fae5`,200:`#a7f3d0`,300:`#6ee7b7`,400:`#34d399`,500:`#10b981`,600:`#059669`,700:`#047857`,800:`#065f46`,900:`#064e3b`,950:`#022c22`},green:{50:`#f0fdf4`,100:`#dcfce7`,200:`#bbf7d0`,300:`#86efac`,400:`#4ade80`,500:`#22c55e`,600:`#16a34a`,700:`#15803d`,800:`#166534`,900:`#14532d`,950:`#052e16`},lime:{50:`#f7fee7`,100:`#ecfccb`,200:`#d9f99d`,300:`#bef264`,400:`#a3e635`,500:`#84cc16`,600:`#65a30d`,700:`#4d7c0f`,800:`#3f6212`,900:`#365314`,950:`#1a2e05`},red:{50:`#fef2f2`,100:`#fee2e2`,200:`#fecaca`,300:`#fca5a5`,400:`#f87171`,500:`#ef4444`,600:`#dc2626`,700:`#b91c1c`,800:`#991b1b`,900:`#7f1d1d`,950:`#450a0a`},orange:{50:`#fff7ed`,100:`#ffedd5`,200:`#fed7aa`,300:`#fdba74`,400:`#fb923c`,500:`#f97316`,600:`#ea580c`,700:`#c2410c`,800:`#9a3412`,900:`#7c2d12`,950:`#431407`},amber:{50:`#fffbeb`,100:`#fef3c7`,200:`#fde68a`,300:`#fcd34d`,400:`#fbbf24`,500:`#f59e0b`,600:`#d97706`,700:`#b45309`,800:`#92400e`,900:`#78350f`,950:`#451a03`},yellow:{50:`#fefce8`,100:`#fef9c3`,200:`#fef08a`,300:`#fde047`,400:`#facc15`,500:`#eab308`,600:`#ca8a04`,700:`#a16207`,800:`#854d0e`,900:`#713f12`,950:`#422006`},teal:{50:`#f0fdfa`,100:`#ccfbf1`,200:`#99f6e4`,300:`#5eead4`,400:`#2dd4bf`,500:`#14b8a6`,600:`#0d9488`,700:`#0f766e`,800:`#115e59`,900:`#134e4a`,950:`#042f2e`},cyan:{50:`#ecfeff`,100:`#cffafe`,200:`#a5f3fc`,300:`#67e8f9`,400:`#22d3ee`,500:`#06b6d4`,600:`#0891b2`,700:`#0e7490`,800:`#155e75`,900:`#164e63`,950:`#083344`},sky:{50:`#f0f9ff`,100:`#e0f2fe`,200:`#bae6fd`,300:`#7dd3fc`,400:`#38bdf8`,500:`#0ea5e9`,600:`#0284c7`,700:`#0369a1`,800:`#075985`,900:`#0c4a6e`,950:`#082f49`},blue:{50:`#eff6ff`,100:`#dbeafe`,200:`#bfdbfe`,300:`#93c5fd`,400:`#60a5fa`,500:`#3b82f6`,600:`#2563eb`,700:`#1d4ed8`,800:`#1e40af`,900:`#1e3a8a`,950:`#172554`},indigo:{50:`#eef2ff`,100:`#e0e7ff`,200:`#c7d2fe`,300:`#a5b4fc`,400:`#818cf8`,500:`#6366f1`,600:`#4f46e5`,700:`#4338ca`,800:`#3730a3`,900:`#312e81`,950:`#1e1b4b`},violet:{50:`#f5f3ff`,100:`#ede9fe`,200:`#ddd6fe`,300:`#c4b5fd`,400:`#a78bfa`,500:`#8b5cf6`,600:`#7c3aed`,700:`#6d28d9`,800:`#5b21b6`,900:`#4c1d95`,950:`#2e1065`},purple:{50:`#faf5ff`,100:`#f3e8ff`,200:`#e9d5ff`,300:`#d8b4fe`,400:`#c084fc`,500:`#a855f7`,600:`#9333ea`,700:`#7e22ce`,800:`#6b21a8`,900:`#581c87`,950:`#3b0764`},fuchsia:{50:`#fdf4ff`,100:`#fae8ff`,200:`#f5d0fe`,300:`#f0abfc`,400:`#e879f9`,500:`#d946ef`,600:`#c026d3`,700:`#a21caf`,800:`#86198f`,900:`#701a75`,950:`#4a044e`},pink:{50:`#fdf2f8`,100:`#fce7f3`,200:`#fbcfe8`,300:`#f9a8d4`,400:`#f472b6`,500:`#ec4899`,600:`#db2777`,700:`#be185d`,800:`#9d174d`,900:`#831843`,950:`#500724`},rose:{50:`#fff1f2`,100:`#ffe4e6`,200:`#fecdd3`,300:`#fda4af`,400:`#fb7185`,500:`#f43f5e`,600:`#e11d48`,700:`#be123c`,800:`#9f1239`,900:`#881337`,950:`#4c0519`},slate:{50:`#f8fafc`,100:`#f1f5f9`,200:`#e2e8f0`,300:`#cbd5e1`,400:`#94a3b8`,500:`#64748b`,600:`#475569`,700:`#334155`,800:`#1e293b`,900:`#0f172a`,950:`#020617`},gray:{50:`#f9fafb`,100:`#f3f4f6`,200:`#e5e7eb`,300:`#d1d5db`,400:`#9ca3af`,500:`#6b7280`,600:`#4b5563`,700:`#374151`,800:`#1f2937`,900:`#111827`,950:`#030712`},zinc:{50:`#fafafa`,100:`#f4f4f5`,200:`#e4e4e7`,300:`#d4d4d8`,400:`#a1a1aa`,500:`#71717a`,600:`#52525b`,700:`#3f3f46`,800:`#27272a`,900:`#18181b`,950:`#09090b`},neutral:{50:`#fafafa`,100:`#f5f5f5`,200:`#e5e5e5`,300:`#d4d4d4`,400:`#a3a3a3`,500:`#737373`,600:`#525252`,700:`#404040`,800:`#262626`,900:`#171717`,950:`#0a0a0a`},stone:{50:`#fafaf9`,100:`#f5f5f4`,200:`#e7e5e4`,300:`#d6d3d1`,400:`#a8a29e`,500:`#78716c`,600:`#57534e`,700:`#44403c`,800:`#292524`,900:`#1c1917`,950:`#0c0a09`}},nj={transitionDuration:`0.2s`,focusRing:{width:`1px`,style:`solid`,color:`{primary.color}`,offset:`2px`,shadow:`none`},disabledOpacity:`0.6`,iconSize:`1rem`,anchorGutter:`2px`,primary:{50:`{emerald.50}`,100:`{emerald.100}`,200:`{emerald.200}`,300:`{emerald.300}`,400:`{emerald.400}`,500:`{emerald.500}`,600:`{emerald.600}`,700:`{emerald.700}`,800:`{emerald.800}`,900:`{emerald.900}`,950:`{emerald.950}`},formField:{paddingX:`0.75rem`,paddingY:`0.5rem`,sm:{fontSize:`0.875rem`,paddingX:`0.625rem`,paddingY:`0.375rem`},lg:{fontSize:`1.125rem`,paddingX:`0.875rem`,paddingY:`0.625rem`},borderRadius:`{border.radius.md}`,focusRing:{width:`0`,style:`none`,color:`transparent`,offset:`0`,shadow:`none`},transitionDuration:`{transition.duration}`},list:{padding:`0.25rem 0.25rem`,gap:`2px`,header:{padding:`0.5rem 1rem 0.25rem 1rem`},option:{padding:`0.5rem 0.75rem`,borderRadius:`{border.radius.sm}`},optionGroup:{padding:`0.5rem 0.75rem`,fontWeight:`600`}},content:{borderRadius:`{border.radius.md}`},mask:{transitionDuration:`0.3s`},navigation:{list:{padding:`0.25rem 0.25rem`,gap:`2px`},item:{padding:`0.5rem 0.75rem`,borderRadius:`{border.radius.sm}`,gap:`0.5rem`},submenuLabel:{padding:`0.5rem 0.75rem`,fontWeight:`600`},submenuIcon:{size:`0.875rem`}},overlay:{select:{borderRadius:`{border.radius.md}`,shadow:`0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)`},popover:{borderRadius:`{border.radius.md}`,padding:`0.75rem`,shadow:`0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)`},modal:{borderRadius:`{border.radius.xl}`,padding:`1.25rem`,shadow:`0 20px 25px -5px rgba(0, 0, 0, 0.1), 0 8px 10px -6px rgba(0, 0, 0, 0.1)`},navigation:{shadow:`0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)`}},colorScheme:{light:{surface:{0:`#ffffff`,50:`{slate.50}`,100:`{slate.100}`,200:`{slate.200}`,300:`{slate.300}`,400:`{slate.400}`,500:`{slate.500}`,600:`{slate.600}`,700:`{slate.700}`,800:`{slate.800}`,900:`{slate.900}`,950:`{slate.950}`},primary:{color:`{primary.500}`,contrastColor:`#ffffff`,hoverColor:`{primary.600}`,activeColor:`{primary.700}`},highlight:{background:`{primary.50}`,focusBackground:`{primary.100}`,color:`{primary.700}`,focusColor:`{primary.800}`},mask:{background:`rgba(0,0,0,0.4)`,color:`{surface.200}`},formField:{background:`{surface.0}`,disabledBackground:`{surface.200}`,filledBackground:`{surface.50}`,filledHoverBackground:`{surface.50}`,filledFocusBackground:`{surface.50}`,borderColor:`{surface.300}`,hoverBorderColor:`{surface.400}`,focusBorderColor:`{primary.color}`,invalidBorderColor:`{red.400}`,color:`{surface.700}`,disabledColor:`{surface.500}`,placeholderColor:`{surface.500}`,invalidPlaceholderColor:`{red.600}`,floatLabelColor:`{surface.500}`,floatLabelFocusColor:`{primary.600}`,floatLabelActiveColor:`{surface.500}`,floatLabelInvalidColor:`{form.field.invalid.placeholder.color}`,iconColor:`{surface.400}`,shadow:`0 0 #0000, 0 0 #0000, 0 1px 2px 0 rgba(18, 18, 23, 0.05)`},text:{color:`{surface.700}`,hoverColor:`{surface.800}`,mutedColor:`{surface.500}`,hoverMutedColor:`{surface.600}`},content:{background:`{surface.0}`,hoverBackground:`{surface.100}`,borderColor:`{surface.200}`,color:`{text.color}`,hoverColor:`{text.hover.color}`},overlay:{select:{background:`{surface.0}`,borderColor:`{surface.200}`,color:`{text.color}`},popover:{background:`{surface.0}`,borderColor:`{surface.200}`,color:`{text.color}`},modal:{background:`{surface.0}`,borderColor:`{surface.200}`,color:`{text.color}`}},list:{option:{focusBackground:`{surface.100}`,selectedBackground:`{highlight.background}`,selectedFocusBackground:`{highlight.focus.background}`,color:`{text.color}`,focusColor:`{text.hover.color}`,selectedColor:`{highlight.color}`,selectedFocusColor:`{highlight.focus.color}`,icon:{color:`{surface.400}`,focusColor:`{surface.500}`}},optionGroup:{background:`transparent`,color:`{text.muted.color}`}},navigation:{item:{focusBackground:`{surface.100}`,activeBackground:`{surface.100}`,color:`{text.color}`,focusColor:`{text.hover.color}`,activeColor:`{text.hover.color}`,icon:{color:`{surface.400}`,focusColor:`{surface.500}`,activeColor:`{surface.500}`}},submenuLabel:{background:`transparent`,color:`{text.muted.color}`},submenuIcon:{color:`{surface.400}`,focusColor:`{surface.500}`,activeColor:`{surface.500}`}}},dark:{surface:{0:`#ffffff`,50:`{zinc.50}`,100:`{zinc.100}`,200:`{zinc.200}`,300:`{zinc.300}`,400:`{zinc.400}`,500:`{zinc.500}`,600:`{zinc.600}`,700:`{zinc.700}`,800:`{zinc.800}`,900:`{zinc.900}`,950:`{zinc.950}`},primary:{color:`{primary.400}`,contrastColor:`{surface.900}`,hoverColor:`{primary.300}`,activeColor:`{primary.200}`},highlight:{background:`color-mix(in srgb, {primary.400}, transparent 84%)`,focusBackground:`color-mix(in srgb, {primary.400}, transparent 76%)`,color:`rgba(255,255,255,.87)`,focusColor:`rgba(255,255,255,.87)`},mask:{background:`rgba(0,0,0,0.6)`,color:`{surface.200}`},formField:{background:`{surface.950}`,disabledBackground:`{surface.700}`,filledBackground:`{surface.800}`,filledHoverBackground:`{surface.800}`,filledFocusBackground:`{surface.800}`,borderColor:`{surface.600}`,hoverBorderColor:`{surface.500}`,focusBorderColor:`{primary.color}`,invalidBorderColor:`{red.300}`,color:`{surface.0}`,disabledColor:`{surface.400}`,placeholderColor:`{surface.400}`,invalidPlaceholderColor:`{red.400}`,floatLabelColor:`{surface.400}`,floatLabelFocusColor:`{primary.color}`,floatLabelActiveColor:`{surface.400}`,floatLabelInvalidColor:`{form.field.invalid.placeholder.color}`,iconColor:`{surface.400}`,shadow:`0 0 #0000, 0 0 #0000, 0 1px 2px 0 rgba(18, 18, 23, 0.05)`},text:{color:`{surface.0}`,hoverColor:`{surface.0}`,mutedColor:`{surface.400}`,hoverMutedColor:`{surface.300}`},content:{background:`{surface.900}`,hoverBackground:`{surface.800}`,borderColor:`{surface.700}`,color:`{text.color}`,hoverColor:`{text.hover.color}`},overlay:{select:{background:`{surface.900}`,borderColor:`{surface.700}`,color:`{text.color}`},popover:{background:`{surface.900}`,borderColor:`{surface.700}`,color:`{text.color}`},modal:{background:`{surface.900}`,borderColor:`{surface.700}`,color:`{text.color}`}},list:{option:{focusBackground:`{surface.800}`,selectedBackground:`{highlight.background}`,selectedFocusBackground:`{highlight.focus.background}`,color:`{text.color}`,focusColor:`{text.hover.color}`,selectedColor:`{highlight.color}`,selectedFocusColor:`{highlight.focus.color}`,icon:{color:`{surface.500}`,focusColor:`{surface.400}`}},optionGroup:{background:`transparent`,color:`{text.muted.color}`}},navigation:{item:{focusBackground:`{surface.800}`,activeBackground:`{surface.800}`,color:`{text.color}`,focusColor:`{text.hover.color}`,activeColor:`{text.hover.color}`,icon:{color:`{surface.500}`,focusColor:`{surface.400}`,activeColor:`{surface.400}`}},submenuLabel:{background:`transparent`,color:`{text.muted.color}`},submenuIcon:{color:`{surface.500}`,focusColor:`{surface.400}`,activeColor:`{surface.400}`}}}}},rj={primitive:tj,semantic:nj}})),aj,oj,sj,cj,lj,uj,dj,fj=t((()=>{aj={borderRadius:`{border.radius.md}`,padding:`0 0.5rem`,fontSize:`0.75rem`,fontWeight:`700`,minWidth:`1.5rem`,height:`1.5rem`},oj={size:`0.5rem`},sj={fontSize:`0.625rem`,minWidth:`1.25rem`,height:`1.25rem`},cj={fontSize:`0.875rem`,minWidth:`1.75rem`,height:`1.75rem`},lj={fontSize:`1rem`,minWidth:`2rem`,height:`2rem`},uj={light:{primary:{background:`{primary.color}`,color:`{primary.contrast.color}`},secondary:{background:`{surface.100}`,color:`{surface.600}`},success:{background:`{green.500}`,color:`{surface.0}`},info:{background:`{sky.500}`,color:`{surface.0}`},warn:{background:`{orange.500}`,color:`{surface.0}`},danger:{background:`{red.500}`,color:`{surface.0}`},contrast:{background:`{surface.950}`,color:`{surface.0}`}},dark:{primary:{background:`{primary.color}`,color:`{primary.contrast.color}`},secondary:{background:`{surface.800}`,color:`{surface.300}`},success:{background:`{green.400}`,color:`{green.950}`},info:{background:`{sky.400}`,color:`{sky.950}`},warn:{background:`{orange.400}`,color:`{orange.950}`},danger:{background:`{red.400}`,color:`{red.950}`},contrast:{background:`{surface.0}`,color:`{surface.950}`}}},dj={root:aj,dot:oj,sm:sj,lg:cj,xl:lj,colorScheme:uj}})),pj,mj,hj,gj=t((()=>{pj={borderRadius:`{form.field.border.radius}`,roundedBorderRadius:`2rem`,gap:`0.5rem`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,iconOnlyWidth:`2.5rem`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`,iconOnlyWidth:`2rem`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`,iconOnlyWidth:`3rem`},label:{fontWeight:`500`},raisedShadow:`0 3px 1px -2px rgba(0, 0, 0, 0.2), 0 2px 2px 0 rgba(0, 0, 0, 0.14), 0 1px 5px 0 rgba(0, 0, 0, 0.12)`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,offset:`{focus.ring.offset}`},badgeSize:`1rem`,transitionDuration:`{form.field.transition.duration}`},mj={light:{root:{primary:{background:`{primary.color}`,hoverBackground:`{primary.hover.color}`,activeBackground:`{primary.active.color}`,borderColor:`{primary.color}`,hoverBorderColor:`{primary.hover.color}`,activeBorderColor:`{primary.active.color}`,color:`{primary.contrast.color}`,hoverColor:`{primary.contrast.color}`,activeColor:`{primary.contrast.color}`,focusRing:{color:`{primary.color}`,shadow:`none`}},secondary:{background:`{surface.100}`,hoverBackground:`{surface.200}`,activeBackground:`{surface.300}`,borderColor:`{surface.100}`,hoverBorderColor:`{surface.200}`,activeBorderColor:`{surface.300}`,color:`{surface.600}`,hoverColor:`{surface.700}`,activeColor:`{surface.800}`,focusRing:{color:`{surface.600}`,shadow:`none`}},info:{background:`{sky.500}`,hoverBackground:`{sky.600}`,activeBackground:`{sky.700}`,borderColor:`{sky.500}`,hoverBorderColor:`{sky.600}`,activeBorderColor:`{sky.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{sky.500}`,shadow:`none`}},success:{background:`{green.500}`,hoverBackground:`{green.600}`,activeBackground:`{green.700}`,borderColor:`{green.500}`,hoverBorderColor:`{green.600}`,activeBorderColor:`{green.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{green.500}`,shadow:`none`}},warn:{background:`{orange.500}`,hoverBackground:`{orange.600}`,activeBackground:`{orange.700}`,borderColor:`{orange.500}`,hoverBorderColor:`{orange.600}`,activeBorderColor:`{orange.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{orange.500}`,shadow:`none`}},help:{background:`{purple.500}`,hoverBackground:`{purple.600}`,activeBackground:`{purple.700}`,borderColor:`{purple.500}`,hoverBorderColor:`{purple.600}`,activeBorderColor:`{purple.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{purple.500}`,shadow:`none`}},danger:{background:`{red.500}`,hoverBackground:`{red.600}`,activeBackground:`{red.700}`,borderColor:`{red.500}`,hoverBorderColor:`{red.600}`,activeBorderColor:`{red.700}`,color:`#ffffff`,hoverColor:`#ffffff`,activeColor:`#ffffff`,focusRing:{color:`{red.500}`,shadow:`none`}},contrast:{background:`{surface.950}`,hoverBackground:`{surface.900}`,activeBackground:`{surface.800}`,borderColor:`{surface.950}`,hoverBorderColor:`{surface.900}`,activeBorderColor:`{surface.800}`,color:`{surface.0}`,hoverColor:`{surface.0}`,activeColor:`{surface.0}`,focusRing:{color:`{surface.950}`,shadow:`none`}}},outlined:{primary:{hoverBackground:`{primary.50}`,activeBackground:`{primary.100}`,borderColor:`{primary.200}`,color:`{primary.color}`},secondary:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.500}`},success:{hoverBackground:`{green.50}`,activeBackground:`{green.100}`,borderColor:`{green.200}`,color:`{green.500}`},info:{hoverBackground:`{sky.50}`,activeBackground:`{sky.100}`,borderColor:`{sky.200}`,color:`{sky.500}`},warn:{hoverBackground:`{orange.50}`,activeBackground:`{orange.100}`,borderColor:`{orange.200}`,color:`{orange.500}`},help:{hoverBackground:`{purple.50}`,activeBackground:`{purple.100}`,borderColor:`{purple.200}`,color:`{purple.500}`},danger:{hoverBackground:`{red.50}`,activeBackground:`{red.100}`,borderColor:`{red.200}`,color:`{red.500}`},contrast:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,borderColor:`{surface.700}`,color:`{surface.950}`},plain:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.700}`}},text:{primary:{hoverBackground:`{primary.50}`,activeBackground:`{primary.100}`,color:`{primary.color}`},secondary:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,color:`{surface.500}`},success:{hoverBackground:`{green.50}`,activeBackground:`{green.100}`,color:`{green.500}`},info:{hoverBackground:`{sky.50}`,activeBackground:`{sky.100}`,color:`{sky.500}`},warn:{hoverBackground:`{orange.50}`,activeBackground:`{orange.100}`,color:`{orange.500}`},help:{hoverBackground:`{purple.50}`,activeBackground:`{purple.100}`,color:`{purple.500}`},danger:{hoverBackground:`{red.50}`,activeBackground:`{red.100}`,color:`{red.500}`},contrast:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,color:`{surface.950}`},plain:{hoverBackground:`{surface.50}`,activeBackground:`{surface.100}`,color:`{surface.700}`}},link:{color:`{primary.color}`,hoverColor:`{primary.color}`,activeColor:`{primary.color}`}},dark:{root:{primary:{background:`{primary.color}`,hoverBackground:`{primary.hover.color}`,activeBackground:`{primary.active.color}`,borderColor:`{primary.color}`,hoverBorderColor:`{primary.hover.color}`,activeBorderColor:`{primary.active.color}`,color:`{primary.contrast.color}`,hoverColor:`{primary.contrast.color}`,activeColor:`{primary.contrast.color}`,focusRing:{color:`{primary.color}`,shadow:`none`}},secondary:{background:`{surface.800}`,hoverBackground:`{surface.700}`,activeBackground:`{surface.600}`,borderColor:`{surface.800}`,hoverBorderColor:`{surface.700}`,activeBorderColor:`{surface.600}`,color:`{surface.300}`,hoverColor:`{surface.200}`,activeColor:`{surface.100}`,focusRing:{color:`{surface.300}`,shadow:`none`}},info:{background:`{sky.400}`,hoverBackground:`{sky.300}`,activeBackground:`{sky.200}`,borderColor:`{sky.400}`,hoverBorderColor:`{sky.300}`,activeBorderColor:`{sky.200}`,color:`{sky.950}`,hoverColor:`{sky.950}`,activeColor:`{sky.950}`,focusRing:{color:`{sky.400}`,shadow:`none`}},success:{background:`{green.400}`,hoverBackground:`{green.300}`,activeBackground:`{green.200}`,borderColor:`{green.400}`,hoverBorderColor:`{green.300}`,activeBorderColor:`{green.200}`,color:`{green.950}`,hoverColor:`{green.950}`,activeColor:`{green.950}`,focusRing:{color:`{green.400}`,shadow:`none`}},warn:{background:`{orange.400}`,hoverBackground:`{orange.300}`,activeBackground:`{orange.200}`,borderColor:`{orange.400}`,hoverBorderColor:`{orange.300}`,activeBorderColor:`{orange.200}`,color:`{orange.950}`,hoverColor:`{orange.950}`,activeColor:`{orange.950}`,focusRing:{color:`{orange.400}`,shadow:`none`}},help:{background:`{purple.400}`,hoverBackground:`{purple.300}`,activeBackground:`{purple.200}`,borderColor:`{purple.400}`,hoverBorderColor:`{purple.300}`,activeBorderColor:`{purple.200}`,color:`{purple.950}`,hoverColor:`{purple.950}`,activeColor:`{purple.950}`,focusRing:{color:`{purple.400}`,shadow:`none`}},danger:{background:`{red.400}`,hoverBackground:`{red.300}`,activeBackground:`{red.200}`,borderColor:`{red.400}`,hoverBorderColor:`{red.300}`,activeBorderColor:`{red.200}`,color:`{red.950}`,hoverColor:`{red.950}`,activeColor:`{red.950}`,focusRing:{color:`{red.400}`,shadow:`none`}},contrast:{background:`{surface.0}`,hoverBackground:`{surface.100}`,activeBackground:`{surface.200}`,borderColor:`{surface.0}`,hoverBorderColor:`{surface.100}`,activeBorderColor:`{surface.200}`,color:`{surface.950}`,hoverColor:`{surface.950}`,activeColor:`{surface.950}`,focusRing:{color:`{surface.0}`,shadow:`none`}}},outlined:{primary:{hoverBackground:`color-mix(in srgb, {primary.color}, transparent 96%)`,activeBackground:`color-mix(in srgb, {primary.color}, transparent 84%)`,borderColor:`{primary.700}`,color:`{primary.color}`},secondary:{hoverBackground:`rgba(255,255,255,0.04)`,activeBackground:`rgba(255,255,255,0.16)`,borderColor:`{surface.700}`,color:`{surface.400}`},success:{hoverBackground:`color-mix(in srgb, {green.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {green.400}, transparent 84%)`,borderColor:`{green.700}`,color:`{green.400}`},info:{hoverBackground:`color-mix(in srgb, {sky.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {sky.400}, transparent 84%)`,borderColor:`{sky.700}`,color:`{sky.400}`},warn:{hoverBackground:`color-mix(in srgb, {orange.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {orange.400}, transparent 84%)`,borderColor:`{orange.700}`,color:`{orange.400}`},help:{hoverBackground:`color-mix(in srgb, {purple.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {purple.400}, transparent 84%)`,borderColor:`{purple.700}`,color:`{purple.400}`},danger:{hoverBackground:`color-mix(in srgb, {red.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {red.400}, transparent 84%)`,borderColor:`{red.700}`,color:`{red.400}`},contrast:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,borderColor:`{surface.500}`,color:`{surface.0}`},plain:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,borderColor:`{surface.600}`,color:`{surface.0}`}},text:{primary:{hoverBackground:`color-mix(in srgb, {primary.color}, transparent 96%)`,activeBackground:`color-mix(in srgb, {primary.color}, transparent 84%)`,color:`{primary.color}`},secondary:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,color:`{surface.400}`},success:{hoverBackground:`color-mix(in srgb, {green.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {green.400}, transparent 84%)`,color:`{green.400}`},info:{hoverBackground:`color-mix(in srgb, {sky.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {sky.400}, transparent 84%)`,color:`{sky.400}`},warn:{hoverBackground:`color-mix(in srgb, {orange.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {orange.400}, transparent 84%)`,color:`{orange.400}`},help:{hoverBackground:`color-mix(in srgb, {purple.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {purple.400}, transparent 84%)`,color:`{purple.400}`},danger:{hoverBackground:`color-mix(in srgb, {red.400}, transparent 96%)`,activeBackground:`color-mix(in srgb, {red.400}, transparent 84%)`,color:`{red.400}`},contrast:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,color:`{surface.0}`},plain:{hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,color:`{surface.0}`}},link:{color:`{primary.color}`,hoverColor:`{primary.color}`,activeColor:`{primary.color}`}}},hj={root:pj,colorScheme:mj}})),_j,vj,yj,bj=t((()=>{_j={size:`2rem`,color:`{overlay.modal.color}`},vj={gap:`1rem`},yj={icon:_j,content:vj}})),xj,Sj,Cj,wj,Tj,Ej,Dj=t((()=>{xj={background:`{overlay.modal.background}`,borderColor:`{overlay.modal.border.color}`,color:`{overlay.modal.color}`,borderRadius:`{overlay.modal.border.radius}`,shadow:`{overlay.modal.shadow}`},Sj={padding:`{overlay.modal.padding}`,gap:`0.5rem`},Cj={fontSize:`1.25rem`,fontWeight:`600`},wj={padding:`0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}`},Tj={padding:`0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}`,gap:`0.5rem`},Ej={root:xj,header:Sj,title:Cj,content:wj,footer:Tj}})),Oj,kj,Aj=t((()=>{Oj={color:`{form.field.icon.color}`},kj={icon:Oj}})),jj,Mj,Nj,Pj,Fj=t((()=>{jj={transitionDuration:`{transition.duration}`},Mj={width:`2.5rem`,borderRadius:`{form.field.border.radius}`,verticalPadding:`{form.field.padding.y}`},Nj={light:{button:{background:`transparent`,hoverBackground:`{surface.100}`,activeBackground:`{surface.200}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.border.color}`,activeBorderColor:`{form.field.border.color}`,color:`{surface.400}`,hoverColor:`{surface.500}`,activeColor:`{surface.600}`}},dark:{button:{background:`transparent`,hoverBackground:`{surface.800}`,activeBackground:`{surface.700}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.border.color}`,activeBorderColor:`{form.field.border.color}`,color:`{surface.400}`,hoverColor:`{surface.300}`,activeColor:`{surface.200}`}}},Pj={root:jj,button:Mj,colorScheme:Nj}})),Ij,Lj,Rj=t((()=>{Ij={background:`{form.field.background}`,disabledBackground:`{form.field.disabled.background}`,filledBackground:`{form.field.filled.background}`,filledHoverBackground:`{form.field.filled.hover.background}`,filledFocusBackground:`{form.field.filled.focus.background}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.hover.border.color}`,focusBorderColor:`{form.field.focus.border.color}`,invalidBorderColor:`{form.field.invalid.border.color}`,color:`{form.field.color}`,disabledColor:`{form.field.disabled.color}`,placeholderColor:`{form.field.placeholder.color}`,invalidPlaceholderColor:`{form.field.invalid.placeholder.color}`,shadow:`{form.field.shadow}`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,borderRadius:`{form.field.border.radius}`,focusRing:{width:`{form.field.focus.ring.width}`,style:`{form.field.focus.ring.style}`,color:`{form.field.focus.ring.color}`,offset:`{form.field.focus.ring.offset}`,shadow:`{form.field.focus.ring.shadow}`},transitionDuration:`{form.field.transition.duration}`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`}},Lj={root:Ij}})),zj,Bj,Vj,Hj,Uj,Wj,Gj,Kj,qj,Jj,Yj=t((()=>{zj={borderRadius:`{content.border.radius}`,borderWidth:`1px`,transitionDuration:`{transition.duration}`},Bj={padding:`0.5rem 0.75rem`,gap:`0.5rem`,sm:{padding:`0.375rem 0.625rem`},lg:{padding:`0.625rem 0.875rem`}},Vj={fontSize:`1rem`,fontWeight:`500`,sm:{fontSize:`0.875rem`},lg:{fontSize:`1.125rem`}},Hj={size:`1.125rem`,sm:{size:`1rem`},lg:{size:`1.25rem`}},Uj={width:`1.75rem`,height:`1.75rem`,borderRadius:`50%`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,offset:`{focus.ring.offset}`}},Wj={size:`1rem`,sm:{size:`0.875rem`},lg:{size:`1.125rem`}},Gj={root:{borderWidth:`1px`}},Kj={content:{padding:`0`}},qj={light:{info:{background:`color-mix(in srgb, {blue.50}, transparent 5%)`,borderColor:`{blue.200}`,color:`{blue.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`{blue.100}`,focusRing:{color:`{blue.600}`,shadow:`none`}},outlined:{color:`{blue.600}`,borderColor:`{blue.600}`},simple:{color:`{blue.600}`}},success:{background:`color-mix(in srgb, {green.50}, transparent 5%)`,borderColor:`{green.200}`,color:`{green.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`{green.100}`,focusRing:{color:`{green.600}`,shadow:`none`}},outlined:{color:`{green.600}`,borderColor:`{green.600}`},simple:{color:`{green.600}`}},warn:{background:`color-mix(in srgb,{yellow.50}, transparent 5%)`,borderColor:`{yellow.200}`,color:`{yellow.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`{yellow.100}`,focusRing:{color:`{yellow.600}`,shadow:`none`}},outlined:{color:`{yellow.600}`,borderColor:`{yellow.600}`},simple:{color:`{yellow.600}`}},error:{background:`color-mix(in srgb, {red.50}, transparent 5%)`,borderColor:`{red.200}`,color:`{red.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`{red.100}`,focusRing:{color:`{red.600}`,shadow:`none`}},outlined:{color:`{red.600}`,borderColor:`{red.600}`},simple:{color:`{red.600}`}},secondary:{background:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.600}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.200}`,focusRing:{color:`{surface.600}`,shadow:`none`}},outlined:{color:`{surface.500}`,borderColor:`{surface.500}`},simple:{color:`{surface.500}`}},contrast:{background:`{surface.900}`,borderColor:`{surface.950}`,color:`{surface.50}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.800}`,focusRing:{color:`{surface.50}`,shadow:`none`}},outlined:{color:`{surface.950}`,borderColor:`{surface.950}`},simple:{color:`{surface.950}`}}},dark:{info:{background:`color-mix(in srgb, {blue.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {blue.700}, transparent 64%)`,color:`{blue.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{blue.500}`,shadow:`none`}},outlined:{color:`{blue.500}`,borderColor:`{blue.500}`},simple:{color:`{blue.500}`}},success:{background:`color-mix(in srgb, {green.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {green.700}, transparent 64%)`,color:`{green.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{green.500}`,shadow:`none`}},outlined:{color:`{green.500}`,borderColor:`{green.500}`},simple:{color:`{green.500}`}},warn:{background:`color-mix(in srgb, {yellow.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {yellow.700}, transparent 64%)`,color:`{yellow.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{yellow.500}`,shadow:`none`}},outlined:{color:`{yellow.500}`,borderColor:`{yellow.500}`},simple:{color:`{yellow.500}`}},error:{background:`color-mix(in srgb, {red.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {red.700}, transparent 64%)`,color:`{red.500}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{red.500}`,shadow:`none`}},outlined:{color:`{red.500}`,borderColor:`{red.500}`},simple:{color:`{red.500}`}},secondary:{background:`{surface.800}`,borderColor:`{surface.700}`,color:`{surface.300}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.700}`,focusRing:{color:`{surface.300}`,shadow:`none`}},outlined:{color:`{surface.400}`,borderColor:`{surface.400}`},simple:{color:`{surface.400}`}},contrast:{background:`{surface.0}`,borderColor:`{surface.100}`,color:`{surface.950}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.100}`,focusRing:{color:`{surface.950}`,shadow:`none`}},outlined:{color:`{surface.0}`,borderColor:`{surface.0}`},simple:{color:`{surface.0}`}}}},Jj={root:zj,content:Bj,text:Vj,icon:Hj,closeButton:Uj,closeIcon:Wj,outlined:Gj,simple:Kj,colorScheme:qj}})),Xj,Zj,Qj,$j,eM,tM,nM=t((()=>{Xj={background:`{content.border.color}`,borderRadius:`{content.border.radius}`,height:`.75rem`},Zj={color:`{form.field.icon.color}`},Qj={background:`{overlay.popover.background}`,borderColor:`{overlay.popover.border.color}`,borderRadius:`{overlay.popover.border.radius}`,color:`{overlay.popover.color}`,padding:`{overlay.popover.padding}`,shadow:`{overlay.popover.shadow}`},$j={gap:`0.5rem`},eM={light:{strength:{weakBackground:`{red.500}`,mediumBackground:`{amber.500}`,strongBackground:`{green.500}`}},dark:{strength:{weakBackground:`{red.400}`,mediumBackground:`{amber.400}`,strongBackground:`{green.400}`}}},tM={meter:Xj,icon:Zj,overlay:Qj,content:$j,colorScheme:eM}})),rM,iM,aM,oM,sM=t((()=>{rM={background:`{content.border.color}`,borderRadius:`{content.border.radius}`,height:`1.25rem`},iM={background:`{primary.color}`},aM={color:`{primary.contrast.color}`,fontSize:`0.75rem`,fontWeight:`600`},oM={root:rM,value:iM,label:aM}})),cM,lM,uM=t((()=>{cM={light:{root:{colorOne:`{red.500}`,colorTwo:`{blue.500}`,colorThree:`{green.500}`,colorFour:`{yellow.500}`}},dark:{root:{colorOne:`{red.400}`,colorTwo:`{blue.400}`,colorThree:`{green.400}`,colorFour:`{yellow.400}`}}},lM={colorScheme:cM}})),dM,fM,pM,mM,hM,gM,_M,vM,yM,bM,xM=t((()=>{dM={background:`{form.field.background}`,disabledBackground:`{form.field.disabled.background}`,filledBackground:`{form.field.filled.background}`,filledHoverBackground:`{form.field.filled.hover.background}`,filledFocusBackground:`{form.field.filled.focus.background}`,borderColor:`{form.field.border.color}`,hoverBorderColor:`{form.field.hover.border.color}`,focusBorderColor:`{form.field.focus.border.color}`,invalidBorderColor:`{form.field.invalid.border.color}`,color:`{form.field.color}`,disabledColor:`{form.field.disabled.color}`,placeholderColor:`{form.field.placeholder.color}`,invalidPlaceholderColor:`{form.field.invalid.placeholder.color}`,shadow:`{form.field.shadow}`,paddingX:`{form.field.padding.x}`,paddingY:`{form.field.padding.y}`,borderRadius:`{form.field.border.radius}`,focusRing:{width:`{form.field.focus.ring.width}`,style:`{form.field.focus.ring.style}`,color:`{form.field.focus.ring.color}`,offset:`{form.field.focus.ring.offset}`,shadow:`{form.field.focus.ring.shadow}`},transitionDuration:`{form.field.transition.duration}`,sm:{fontSize:`{form.field.sm.font.size}`,paddingX:`{form.field.sm.padding.x}`,paddingY:`{form.field.sm.padding.y}`},lg:{fontSize:`{form.field.lg.font.size}`,paddingX:`{form.field.lg.padding.x}`,paddingY:`{form.field.lg.padding.y}`}},fM={width:`2.5rem`,color:`{form.field.icon.color}`},pM={background:`{overlay.select.background}`,borderColor:`{overlay.select.border.color}`,borderRadius:`{overlay.select.border.radius}`,color:`{overlay.select.color}`,shadow:`{overlay.select.shadow}`},mM={padding:`{list.padding}`,gap:`{list.gap}`,header:{padding:`{list.header.padding}`}},hM={focusBackground:`{list.option.focus.background}`,selectedBackground:`{list.option.selected.background}`,selectedFocusBackground:`{list.option.selected.focus.background}`,color:`{list.option.color}`,focusColor:`{list.option.focus.color}`,selectedColor:`{list.option.selected.color}`,selectedFocusColor:`{list.option.selected.focus.color}`,padding:`{list.option.padding}`,borderRadius:`{list.option.border.radius}`},gM={background:`{list.option.group.background}`,color:`{list.option.group.color}`,fontWeight:`{list.option.group.font.weight}`,padding:`{list.option.group.padding}`},_M={color:`{form.field.icon.color}`},vM={color:`{list.option.color}`,gutterStart:`-0.375rem`,gutterEnd:`0.375rem`},yM={padding:`{list.option.padding}`},bM={root:dM,dropdown:fM,overlay:pM,list:mM,option:hM,optionGroup:gM,clearIcon:_M,checkmark:vM,emptyMessage:yM}})),SM,CM,wM,TM,EM,DM,OM,kM,AM=t((()=>{SM={transitionDuration:`{transition.duration}`},CM={borderWidth:`0 0 1px 0`,background:`{content.background}`,borderColor:`{content.border.color}`},wM={background:`transparent`,hoverBackground:`transparent`,activeBackground:`transparent`,borderWidth:`0 0 1px 0`,borderColor:`{content.border.color}`,hoverBorderColor:`{content.border.color}`,activeBorderColor:`{primary.color}`,color:`{text.muted.color}`,hoverColor:`{text.color}`,activeColor:`{primary.color}`,padding:`1rem 1.125rem`,fontWeight:`600`,margin:`0 0 -1px 0`,gap:`0.5rem`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`-1px`,shadow:`{focus.ring.shadow}`}},TM={background:`{content.background}`,color:`{content.color}`,padding:`0.875rem 1.125rem 1.125rem 1.125rem`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`{focus.ring.offset}`,shadow:`inset {focus.ring.shadow}`}},EM={background:`{content.background}`,color:`{text.muted.color}`,hoverColor:`{text.color}`,width:`2.5rem`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`-1px`,shadow:`{focus.ring.shadow}`}},DM={height:`1px`,bottom:`-1px`,background:`{primary.color}`},OM={light:{navButton:{shadow:`0px 0px 10px 50px rgba(255, 255, 255, 0.6)`}},dark:{navButton:{shadow:`0px 0px 10px 50px color-mix(in srgb, {content.background}, transparent 50%)`}}},kM={root:SM,tablist:CM,tab:wM,tabpanel:TM,navButton:EM,activeBar:DM,colorScheme:OM}})),jM,MM,NM,PM,FM=t((()=>{jM={fontSize:`0.875rem`,fontWeight:`700`,padding:`0.25rem 0.5rem`,gap:`0.25rem`,borderRadius:`{content.border.radius}`,roundedBorderRadius:`{border.radius.xl}`},MM={size:`0.75rem`},NM={light:{primary:{background:`{primary.100}`,color:`{primary.700}`},secondary:{background:`{surface.100}`,color:`{surface.600}`},success:{background:`{green.100}`,color:`{green.700}`},info:{background:`{sky.100}`,color:`{sky.700}`},warn:{background:`{orange.100}`,color:`{orange.700}`},danger:{background:`{red.100}`,color:`{red.700}`},contrast:{background:`{surface.950}`,color:`{surface.0}`}},dark:{primary:{background:`color-mix(in srgb, {primary.500}, transparent 84%)`,color:`{primary.300}`},secondary:{background:`{surface.800}`,color:`{surface.300}`},success:{background:`color-mix(in srgb, {green.500}, transparent 84%)`,color:`{green.300}`},info:{background:`color-mix(in srgb, {sky.500}, transparent 84%)`,color:`{sky.300}`},warn:{background:`color-mix(in srgb, {orange.500}, transparent 84%)`,color:`{orange.300}`},danger:{background:`color-mix(in srgb, {red.500}, transparent 84%)`,color:`{red.300}`},contrast:{background:`{surface.0}`,color:`{surface.950}`}}},PM={root:jM,icon:MM,colorScheme:NM}})),IM,LM,RM,zM,BM,VM,HM,UM,WM,GM,KM=t((()=>{IM={width:`25rem`,borderRadius:`{content.border.radius}`,borderWidth:`1px`,transitionDuration:`{transition.duration}`},LM={size:`1.125rem`},RM={padding:`{overlay.popover.padding}`,gap:`0.5rem`},zM={gap:`0.5rem`},BM={fontWeight:`500`,fontSize:`1rem`},VM={fontWeight:`500`,fontSize:`0.875rem`},HM={width:`1.75rem`,height:`1.75rem`,borderRadius:`50%`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,offset:`{focus.ring.offset}`}},UM={size:`1rem`},WM={light:{root:{blur:`1.5px`},info:{background:`color-mix(in srgb, {blue.50}, transparent 5%)`,borderColor:`{blue.200}`,color:`{blue.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`{blue.100}`,focusRing:{color:`{blue.600}`,shadow:`none`}}},success:{background:`color-mix(in srgb, {green.50}, transparent 5%)`,borderColor:`{green.200}`,color:`{green.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`{green.100}`,focusRing:{color:`{green.600}`,shadow:`none`}}},warn:{background:`color-mix(in srgb,{yellow.50}, transparent 5%)`,borderColor:`{yellow.200}`,color:`{yellow.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`{yellow.100}`,focusRing:{color:`{yellow.600}`,shadow:`none`}}},error:{background:`color-mix(in srgb, {red.50}, transparent 5%)`,borderColor:`{red.200}`,color:`{red.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`{red.100}`,focusRing:{color:`{red.600}`,shadow:`none`}}},secondary:{background:`{surface.100}`,borderColor:`{surface.200}`,color:`{surface.600}`,detailColor:`{surface.700}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.200}`,focusRing:{color:`{surface.600}`,shadow:`none`}}},contrast:{background:`{surface.900}`,borderColor:`{surface.950}`,color:`{surface.50}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.800}`,focusRing:{color:`{surface.50}`,shadow:`none`}}}},dark:{root:{blur:`10px`},info:{background:`color-mix(in srgb, {blue.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {blue.700}, transparent 64%)`,color:`{blue.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{blue.500}`,shadow:`none`}}},success:{background:`color-mix(in srgb, {green.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {green.700}, transparent 64%)`,color:`{green.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{green.500}`,shadow:`none`}}},warn:{background:`color-mix(in srgb, {yellow.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {yellow.700}, transparent 64%)`,color:`{yellow.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{yellow.500}`,shadow:`none`}}},error:{background:`color-mix(in srgb, {red.500}, transparent 84%)`,borderColor:`color-mix(in srgb, {red.700}, transparent 64%)`,color:`{red.500}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)`,closeButton:{hoverBackground:`rgba(255, 255, 255, 0.05)`,focusRing:{color:`{red.500}`,shadow:`none`}}},secondary:{background:`{surface.800}`,borderColor:`{surface.700}`,color:`{surface.300}`,detailColor:`{surface.0}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)`,closeButton:{hoverBackground:`{surface.700}`,focusRing:{color:`{surface.300}`,shadow:`none`}}},contrast:{background:`{surface.0}`,borderColor:`{surface.100}`,color:`{surface.950}`,detailColor:`{surface.950}`,shadow:`0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)`,closeButton:{hoverBackground:`{surface.100}`,focusRing:{color:`{surface.950}`,shadow:`none`}}}}},GM={root:IM,icon:LM,content:RM,text:zM,summary:BM,detail:VM,closeButton:HM,closeIcon:UM,colorScheme:WM}})),qM,JM,YM,XM,ZM=t((()=>{qM={width:`2.5rem`,height:`1.5rem`,borderRadius:`30px`,gap:`0.25rem`,shadow:`{form.field.shadow}`,focusRing:{width:`{focus.ring.width}`,style:`{focus.ring.style}`,color:`{focus.ring.color}`,offset:`{focus.ring.offset}`,shadow:`{focus.ring.shadow}`},borderWidth:`1px`,borderColor:`transparent`,hoverBorderColor:`transparent`,checkedBorderColor:`transparent`,checkedHoverBorderColor:`transparent`,invalidBorderColor:`{form.field.invalid.border.color}`,transitionDuration:`{form.field.transition.duration}`,slideDuration:`0.2s`},JM={borderRadius:`50%`,size:`1rem`},YM={light:{root:{background:`{surface.300}`,disabledBackground:`{form.field.disabled.background}`,hoverBackground:`{surface.400}`,checkedBackground:`{primary.color}`,checkedHoverBackground:`{primary.hover.color}`},handle:{background:`{surface.0}`,disabledBackground:`{form.field.disabled.color}`,hoverBackground:`{surface.0}`,checkedBackground:`{surface.0}`,checkedHoverBackground:`{surface.0}`,color:`{text.muted.color}`,hoverColor:`{text.color}`,checkedColor:`{primary.color}`,checkedHoverColor:`{primary.hover.color}`}},dark:{root:{background:`{surface.700}`,disabledBackground:`{surface.600}`,hoverBackground:`{surface.600}`,checkedBackground:`{primary.color}`,checkedHoverBackground:`{primary.hover.color}`},handle:{background:`{surface.400}`,disabledBackground:`{surface.900}`,hoverBackground:`{surface.300}`,checkedBackground:`{surface.900}`,checkedHoverBackground:`{surface.900}`,color:`{surface.900}`,hoverColor:`{surface.800}`,checkedColor:`{primary.color}`,checkedHoverColor:`{primary.hover.color}`}}},XM={root:qM,handle:JM,colorScheme:YM}})),QM,$M,eN,tN=t((()=>{QM={maxWidth:`12.5rem`,gutter:`0.25rem`,shadow:`{overlay.popover.shadow}`,padding:`0.5rem 0.75rem`,borderRadius:`{overlay.popover.border.radius}`},$M={light:{root:{background:`{surface.700}`,color:`{surface.0}`}},dark:{root:{background:`{surface.700}`,color:`{surface.0}`}}},eN={root:QM,colorScheme:$M}})),nN,rN,iN=t((()=>{nN={mask:{background:`{content.background}`,color:`{text.muted.color}`},icon:{size:`2rem`}},rN={loader:nN}})),aN,oN=t((()=>{aN=`
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
`})),sN,cN=t((()=>{Rh(),Uw(),sN={install:function(e){var t={require:function(e){Lh.emit(`confirm`,e)},close:function(){Lh.emit(`close`)}};e.config.globalProperties.$confirm=t,e.provide(Hw,t)}}}));function lN(e){"@babel/helpers - typeof";return lN=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},lN(e)}function uN(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function dN(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?uN(Object(n),!0).forEach(function(t){fN(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):uN(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function fN(e,t,n){return(t=pN(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function pN(e){var t=mN(e,`string`);return lN(t)==`symbol`?t:t+``}function mN(e,t){if(lN(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(lN(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function hN(e,t){var n={config:/* @__PURE__ */ Ct(t)};return e.config.globalProperties.$primevue=n,e.provide(yN,n),gN(),_N(e,n),n}function gN(){ip.clear(),bN.forEach(function(e){return e?.()}),bN=[]}function _N(e,t){var n=/* @__PURE__ */ Pt(!1),r=function(){if(t.config?.theme!==`none`&&!fp.isStyleNameLoaded(`common`)){var e,n=K.getCommonTheme?.call(K)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};K.load(r?.css,dN({name:`primitive-variables`},s)),K.load(i?.css,dN({name:`semantic-variables`},s)),K.load(a?.css,dN({name:`global-variables`},s)),K.loadStyle(dN({name:`global-style`},s),o),fp.setLoadedStyleName(`common`)}};ip.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=Sr(t.config,function(e,t){Hm.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=Sr(function(){return t.config.ripple},function(e,t){Hm.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=Sr(function(){return t.config.theme},function(e,i){n.value||fp.setTheme(e),t.config.unstyled||r(),n.value=!1,Hm.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=Sr(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),Hm.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});bN.push(i),bN.push(a),bN.push(o),bN.push(s)}var vN,yN,bN,xN,SN=t((()=>{pp(),Pf(),sE(),Gp(),Um(),W(),vN={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[aE.STARTS_WITH,aE.CONTAINS,aE.NOT_CONTAINS,aE.ENDS_WITH,aE.EQUALS,aE.NOT_EQUALS],numeric:[aE.EQUALS,aE.NOT_EQUALS,aE.LESS_THAN,aE.LESS_THAN_OR_EQUAL_TO,aE.GREATER_THAN,aE.GREATER_THAN_OR_EQUAL_TO],date:[aE.DATE_IS,aE.DATE_IS_NOT,aE.DATE_BEFORE,aE.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},yN=Symbol(),bN=[],xN={install:function(e,t){hN(e,gf(vN,t))}}})),CN=t((()=>{SN(),SN()})),wN,TN=t((()=>{X_(),Oy(),wN={install:function(e){var t={add:function(e){Y_.emit(`add`,e)},remove:function(e){Y_.emit(`remove`,e)},removeGroup:function(e){Y_.emit(`remove-group`,e)},removeAllGroups:function(){Y_.emit(`remove-all-groups`)}};e.config.globalProperties.$toast=t,e.provide(Dy,t)}}})),EN,DN=t((()=>{EN=`
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
`})),ON,kN=t((()=>{DN(),Gp(),ON=K.extend({name:`tooltip-directive`,style:EN,classes:{root:`p-tooltip p-component`,arrow:`p-tooltip-arrow`,text:`p-tooltip-text`}})}));function AN(e,t){return FN(e)||PN(e,t)||MN(e,t)||jN()}function jN(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function MN(e,t){if(e){if(typeof e==`string`)return NN(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?NN(e,t):void 0}}function NN(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function PN(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function FN(e){if(Array.isArray(e))return e}function IN(e,t,n){return(t=LN(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function LN(e){var t=RN(e,`string`);return zN(t)==`symbol`?t:t+``}function RN(e,t){if(zN(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(zN(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function zN(e){"@babel/helpers - typeof";return zN=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},zN(e)}var BN,VN,HN=t((()=>{qd(),Df(),Af(),Nf(),hE(),th(),kN(),BN=Y.extend({style:ON}),VN=BN.extend(`tooltip`,{beforeMount:function(e,t){var n,r=this.getTarget(e);if(r.$_ptooltipModifiers=this.getModifiers(t),t.value){if(typeof t.value==`string`)r.$_ptooltipValue=t.value,r.$_ptooltipDisabled=!1,r.$_ptooltipEscape=!0,r.$_ptooltipClass=null,r.$_ptooltipFitContent=!0,r.$_ptooltipIdAttr=Of(`pv_id`)+`_tooltip`,r.$_ptooltipShowDelay=0,r.$_ptooltipHideDelay=0,r.$_ptooltipAutoHide=!0;else if(zN(t.value)===`object`&&t.value){if(Zd(t.value.value)||t.value.value.trim()===``)return;r.$_ptooltipValue=t.value.value,r.$_ptooltipDisabled=!!t.value.disabled===t.value.disabled&&t.value.disabled,r.$_ptooltipEscape=!!t.value.escape!==t.value.escape||t.value.escape,r.$_ptooltipClass=t.value.class||``,r.$_ptooltipFitContent=!!t.value.fitContent!==t.value.fitContent||t.value.fitContent,r.$_ptooltipIdAttr=t.value.id||Of(`pv_id`)+`_tooltip`,r.$_ptooltipShowDelay=t.value.showDelay||0,r.$_ptooltipHideDelay=t.value.hideDelay||0,r.$_ptooltipAutoHide=!!t.value.autoHide!==t.value.autoHide||t.value.autoHide}r.$_ptooltipZIndex=(n=t.instance.$primevue)==null||(n=n.config)==null||(n=n.zIndex)==null?void 0:n.tooltip,this.bindEvents(r,t),e.setAttribute(`data-pd-tooltip`,!0)}},updated:function(e,t){var n=this.getTarget(e);if(n.$_ptooltipModifiers=this.getModifiers(t),this.unbindEvents(n),t.value){if(typeof t.value==`string`)n.$_ptooltipValue=t.value,n.$_ptooltipDisabled=!1,n.$_ptooltipEscape=!0,n.$_ptooltipClass=null,n.$_ptooltipIdAttr=n.$_ptooltipIdAttr||Of(`pv_id`)+`_tooltip`,n.$_ptooltipShowDelay=0,n.$_ptooltipHideDelay=0,n.$_ptooltipAutoHide=!0,this.bindEvents(n,t);else if(zN(t.value)===`object`&&t.value){if(Zd(t.value.value)||t.value.value.trim()===``){this.unbindEvents(n,t);return}n.$_ptooltipValue=t.value.value,n.$_ptooltipDisabled=!!t.value.disabled===t.value.disabled&&t.value.disabled,n.$_ptooltipEscape=!!t.value.escape!==t.value.escape||t.value.escape,n.$_ptooltipClass=t.value.class||``,n.$_ptooltipFitContent=!!t.value.fitContent!==t.value.fitContent||t.value.fitContent,n.$_ptooltipIdAttr=t.value.id||n.$_ptooltipIdAttr||Of(`pv_id`)+`_tooltip`,n.$_ptooltipShowDelay=t.value.showDelay||0,n.$_ptooltipHideDelay=t.value.hideDelay||0,n.$_ptooltipAutoHide=!!t.value.autoHide!==t.value.autoHide||t.value.autoHide,this.bindEvents(n,t)}}},unmounted:function(e,t){var n=this.getTarget(e);this.hide(e,0),this.remove(n),this.unbindEvents(n,t),n.$_ptooltipScrollHandler&&=(n.$_ptooltipScrollHandler.destroy(),null)},methods:{bindEvents:function(e,t){var n=this;e.$_ptooltipModifiers.focus?(e.$_ptooltipFocusEvent=function(e){return n.onFocus(e,t)},e.$_ptooltipBlurEvent=this.onBlur.bind(this),e.addEventListener(`focus`,e.$_ptooltipFocusEvent),e.addEventListener(`blur`,e.$_ptooltipBlurEvent)):(e.$_ptooltipMouseEnterEvent=function(e){return n.onMouseEnter(e,t)},e.$_ptooltipMouseLeaveEvent=this.onMouseLeave.bind(this),e.$_ptooltipClickEvent=this.onClick.bind(this),e.addEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),e.addEventListener(`mouseleave`,e.$_ptooltipMouseLeaveEvent),e.addEventListener(`click`,e.$_ptooltipClickEvent)),e.$_ptooltipKeydownEvent=this.onKeydown.bind(this),e.addEventListener(`keydown`,e.$_ptooltipKeydownEvent),e.$_pWindowResizeEvent=this.onWindowResize.bind(this,e)},unbindEvents:function(e){e.$_ptooltipModifiers.focus?(e.removeEventListener(`focus`,e.$_ptooltipFocusEvent),e.$_ptooltipFocusEvent=null,e.removeEventListener(`blur`,e.$_ptooltipBlurEvent),e.$_ptooltipBlurEvent=null):(e.removeEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),e.$_ptooltipMouseEnterEvent=null,e.removeEventListener(`mouseleave`,e.$_ptooltipMouseLeaveEvent),e.$_ptooltipMouseLeaveEvent=null,e.removeEventListener(`click`,e.$_ptooltipClickEvent),e.$_ptooltipClickEvent=null),e.removeEventListener(`keydown`,e.$_ptooltipKeydownEvent),window.removeEventListener(`resize`,e.$_pWindowResizeEvent),e.$_ptooltipId&&this.remove(e)},bindScrollListener:function(e){var t=this;e.$_ptooltipScrollHandler||=new mE(e,function(){t.hide(e)}),e.$_ptooltipScrollHandler.bindScrollListener()},unbindScrollListener:function(e){e.$_ptooltipScrollHandler&&e.$_ptooltipScrollHandler.unbindScrollListener()},onMouseEnter:function(e,t){var n=e.currentTarget,r=n.$_ptooltipShowDelay;this.show(n,t,r)},onMouseLeave:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;(t.$_ptooltipAutoHide||Ad(e.target,`data-pc-name`)!==`tooltip`&&Ad(e.target,`data-pc-section`)!==`arrow`&&Ad(e.target,`data-pc-section`)!==`text`&&Ad(e.relatedTarget,`data-pc-name`)!==`tooltip`&&Ad(e.relatedTarget,`data-pc-section`)!==`arrow`&&Ad(e.relatedTarget,`data-pc-section`)!==`text`)&&this.hide(t,n)},onFocus:function(e,t){var n=e.currentTarget,r=n.$_ptooltipShowDelay;this.show(n,t,r)},onBlur:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;this.hide(t,n)},onClick:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;this.hide(t,n)},onKeydown:function(e){var t=e.currentTarget.$_ptooltipHideDelay;e.code===`Escape`&&this.hide(e.currentTarget,t)},onWindowResize:function(e){Gd()||this.hide(e),window.removeEventListener(`resize`,e.$_pWindowResizeEvent)},tooltipActions:function(e,t){if(!e.$_ptooltipDisabled&&xd(e)&&e.$_ptooltipPendingShow){e.$_ptooltipPendingShow=!1,this.remove(e);var n=this.create(e,t);this.align(e),!this.isUnstyled()&&Ed(n,250);var r=this;window.addEventListener(`resize`,e.$_pWindowResizeEvent),n.addEventListener(`mouseleave`,function t(){r.hide(e),n.removeEventListener(`mouseleave`,t),e.removeEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),setTimeout(function(){return e.addEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent)},50)}),this.bindScrollListener(e),Mf.set(`tooltip`,n,e.$_ptooltipZIndex)}},show:function(e,t,n){var r=this;clearTimeout(e.$_ptooltipShowTimer),clearTimeout(e.$_ptooltipHideTimer),n===void 0?(this.tooltipActions(e,t),e.$_ptooltipPendingShow=!1):(e.$_ptooltipShowTimer=setTimeout(function(){return r.tooltipActions(e,t)},n),e.$_ptooltipPendingShow=!0)},tooltipRemoval:function(e){this.remove(e),this.unbindScrollListener(e),window.removeEventListener(`resize`,e.$_pWindowResizeEvent)},hide:function(e,t){var n=this;clearTimeout(e.$_ptooltipShowTimer),clearTimeout(e.$_ptooltipHideTimer),e.$_ptooltipPendingShow=!1,t===void 0?this.tooltipRemoval(e):e.$_ptooltipHideTimer=setTimeout(function(){return n.tooltipRemoval(e)},t)},getTooltipElement:function(e){return document.getElementById(e.$_ptooltipId)},getArrowElement:function(e){return Od(this.getTooltipElement(e),`[data-pc-section="arrow"]`)},create:function(e){var t=e.$_ptooltipModifiers,n=Td(`div`,{class:!this.isUnstyled()&&this.cx(`arrow`),"p-bind":this.ptm(`arrow`,{context:t})}),r=Td(`div`,{class:!this.isUnstyled()&&this.cx(`text`),"p-bind":this.ptm(`text`,{context:t})});e.$_ptooltipEscape?(r.innerHTML=``,r.appendChild(document.createTextNode(e.$_ptooltipValue))):r.innerHTML=e.$_ptooltipValue;var i=Td(`div`,IN(IN({id:e.$_ptooltipIdAttr,role:`tooltip`,style:{display:`inline-block`,width:e.$_ptooltipFitContent?`fit-content`:void 0,pointerEvents:!this.isUnstyled()&&e.$_ptooltipAutoHide&&`none`},class:[!this.isUnstyled()&&this.cx(`root`),e.$_ptooltipClass]},this.$attrSelector,``),`p-bind`,this.ptm(`root`,{context:t})),n,r);return document.body.appendChild(i),e.$_ptooltipId=i.id,this.$el=i,i},remove:function(e){if(e){var t=this.getTooltipElement(e);t&&t.parentElement&&(Mf.clear(t),document.body.removeChild(t)),e.$_ptooltipId=null}},align:function(e){var t=e.$_ptooltipModifiers;t.top?(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignTop(e))):t.left?(this.alignLeft(e),this.isOutOfBounds(e)&&(this.alignRight(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignLeft(e))))):t.bottom?(this.alignBottom(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&this.alignBottom(e))):(this.alignRight(e),this.isOutOfBounds(e)&&(this.alignLeft(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignRight(e)))))},getHostOffset:function(e){var t=e.getBoundingClientRect();return{left:t.left+pd(),top:t.top+md()}},alignRight:function(e){this.preAlign(e,`right`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=this.getHostOffset(e),i=r.left+vd(e),a=r.top+(Id(e)-Id(t))/2;t.style.left=i+`px`,t.style.top=a+`px`,n.style.top=`50%`,n.style.right=null,n.style.bottom=null,n.style.left=`0`},alignLeft:function(e){this.preAlign(e,`left`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=this.getHostOffset(e),i=r.left-vd(t),a=r.top+(Id(e)-Id(t))/2;t.style.left=i+`px`,t.style.top=a+`px`,n.style.top=`50%`,n.style.right=`0`,n.style.bottom=null,n.style.left=null},alignTop:function(e){this.preAlign(e,`top`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=vd(t),i=vd(e),a=dd().width,o=this.getHostOffset(e),s=o.left+(i-r)/2,c=o.top-Id(t);s<0?s=0:s+r>a&&(s=Math.floor(o.left+i-r)),t.style.left=s+`px`,t.style.top=c+`px`;var l=o.left-this.getHostOffset(t).left+i/2;n.style.top=null,n.style.right=null,n.style.bottom=`0`,n.style.left=l+`px`},alignBottom:function(e){this.preAlign(e,`bottom`);var t=this.getTooltipElement(e),n=this.getArrowElement(e),r=vd(t),i=vd(e),a=dd().width,o=this.getHostOffset(e),s=o.left+(i-r)/2,c=o.top+Id(e);s<0?s=0:s+r>a&&(s=Math.floor(o.left+i-r)),t.style.left=s+`px`,t.style.top=c+`px`;var l=o.left-this.getHostOffset(t).left+i/2;n.style.top=`0`,n.style.right=null,n.style.bottom=null,n.style.left=l+`px`},preAlign:function(e,t){var n=this.getTooltipElement(e);n.style.left=`-999px`,n.style.top=`-999px`,sd(n,`p-tooltip-${n.$_ptooltipPosition}`),!this.isUnstyled()&&id(n,`p-tooltip-${t}`),n.$_ptooltipPosition=t,n.setAttribute(`data-p-position`,t)},isOutOfBounds:function(e){var t=this.getTooltipElement(e),n=t.getBoundingClientRect(),r=n.top,i=n.left,a=vd(t),o=Id(t),s=dd();return i+a>s.width||i<0||r<0||r+o>s.height},getTarget:function(e){return rd(e,`p-inputwrapper`)?Od(e,`input`)??e:e},getModifiers:function(e){return e.modifiers&&Object.keys(e.modifiers).length?e.modifiers:e.arg&&zN(e.arg)===`object`?Object.entries(e.arg).reduce(function(e,t){var n=AN(t,2),r=n[0],i=n[1];return(r===`event`||r===`position`)&&(e[i]=!0),e},{}):{}}}})}));function UN(e){e.use(xN,{theme:{preset:GN,options:{prefix:`mm`,cssLayer:{name:`theme.mm`,order:`theme.mm`},darkModeSelector:`.dark-theme,:root:has(.dark-theme){[CSS]}`}}}),e.use(wN),e.use(sN),e.directive(`tooltip`,VN)}var WN,GN,KN=t((()=>{ej(),ij(),fj(),gj(),bj(),Dj(),Aj(),Fj(),Rj(),Yj(),nM(),sM(),uM(),xM(),AM(),FM(),KM(),ZM(),tN(),iN(),oN(),cN(),CN(),TN(),HN(),WN={...rj,components:{badge:dj,button:hj,confirmdialog:yj,dialog:Ej,iconfield:kj,inputnumber:Pj,inputtext:Lj,message:Jj,password:tM,progressbar:oM,progressspinner:lM,select:bM,tabs:kM,tag:PM,toast:GM,toggleswitch:XM,tooltip:eN,virtualscroller:rN},css:aN},GN=$A(WN,{semantic:{primary:rj.primitive.blue}})}));function qN(e,t,n,r={}){let i=Ju(e,r);return UN(i),i.use(YA(n)),i.provide(KC,t),i}var JN=t((()=>{W(),qC(),QA(),KN()})),YN,XN=t((()=>{YN=`@font-face{font-family:'primeicons';font-display:block;font-weight:normal;font-style:normal;src:url(data:font/woff2;base64,d09GMgABAAAAAH80AA0AAAABaHQAAH7YAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGhgGYACILBEICoWZIISFBguFWAABNgIkA4ViBCAFgz8HnDhboBpx7gBW63YYWvNlfoiRCGHjAmPYeH1m1Ja1xSrZ////n5VUxtg+ZD9cIC3NMnJ3E47WIURSkWZ3dDKimYnEYq/dCFMm0KM1tINlRb7BeB0sqoveyRmOxUXek67YzplWUq/4Tec0g6gop3XzYUd5Y5cdVvwSJH7z+bW7UcGnKOkSlSq6RdZpfSSiJNjZnYaWIHS4CwuBcUGt5MHF7gdHjpElDzrTdmODM5jXLPqjgurN+v/1/ys7A9tG/iQnLwlP/aX7dn+/Op5GeObBgHUMRz19vArkhuW1w+MTBzcpDe5yzgEmSvR8JdKA8hk6sdrUT6sHo0cku9seZEKxpRAAVoPbDDljPszsZ5jec99xqMHNcWABAD394vbePL+gNxKhCbL5Za9S76IoRj/wbut9tgr6wQkosh0LAcdmKaiggoIr3WBtS9OGJmXX1KalUNeyqU3tugsbtq468a6rK691o9Tuuruusq7bDup53wMLRRUQASCy6WJNjNWUv8MKIS3bTLLvkz35pYHnMa5KXYVEKc5opORene/rsxTS+XRncywlVpIPTC7wxLgRv73z2HGsL/VH5l2TrYNB6/mucdNxWUg39xBRkZH/y2mlL8UDVSo72YnjBYbAMJRUthUwK0006V4tqK5VV4EdJ/GAzYEGB6gzTOlc9+27z//a9Pt4t3vQLTJX+AFYqv45UksDDnvYFGAjJR7b0tX/7veae+qSIjzgJA8/PIICs2+/bLvNzdkJOWdWP4RtIMzKzgMFNhar23+UiIqpCzdgd2LW/++rlu37IDFLajVeSrOBzpoN2bYcazrEULr0cfXefe/9/9/7/yF8fHAQSA0JUloQCguC1AiSqDH/BwMAkiJIaeZoNZvSrOOMUwIhchfUaryURrMpaJMcYtA65URnuVvXLhoXpWuvi8Zl6c5tm5vCUNmGFoSVLHNs/i/7xNeZNjWliBurhg8MNWgRXPbb8383ROE0DMUAZYS+iu/o+72ubsDWorsvmnJZJJRkHAMSrFc//voxNltE+6UuxGiUg6O2v485+4fi/ZjrppicGkFBuoqitN0+swvJf2kRISfP/JNPX/H1kB1AKGrUek2VY8Mtf4APkidc20d2Y/iiKsvmbWKWHEx+ZvvGz0SDvAtrUVLGrAlsElsW445/yllIkSiFxdvjyTRzr9wdLa5FLdZn9v+hNF4QJVlRqTVanR4AIRhB2Rwujy8QisQSKSaTK5QqtUar0xuMJpwgKdpssdrsDqfL7fEyMrlCqVJrtDq9nb2Do5Ozi6sbuQAiTGRF1XTDtGzH9fwgjOIkzfKirOqm7fphnOZl3fbjvCAYQTGcICmaYTleAKIkK6qmG6ZlO67nB2EUJ2mWF2VVN23XD+M0L+u2H+d1P+/v/wGIMKFBGMWMJ2mWF2VVN20n+mGc5mWVShvrtv04r/t5v99HbX3Mte/n/c6fhsobDk8gksgUKmoaWjp6ABEm1HZczw/CKE5SluVFWdVN2/XDOHEhlZ6XdduP87qf12R5UVZ103Y9KhQ0DCwcPAIiEgAIAkOQUVDR0DEwsbBxcPHwCQiJiEkuEQIYIiIoorcdXK9/ldmMRBxTZ3L53qbX5dx6FQfEQiBckSnfJ7nkdkGD3E4tv6tfDp9qCaq7a2ey+6Fb+4fNCH081jQBy5LGV2I0brD/Q+cyiGKoITdJxQlyDtoFpehjMB7FxmeSlAf1X+XqxoxNyPQQnQVOyuBJqaOi0GRir0BNBPTuTiz1g/E7jWbyoqkuJXSyQA0fjfyYrdyISmgKlVV8B2rhvRLdsSdkTAJZwLmIGPGdY6LDVpRDFzU6wq5Ih9CHLgUD8J92wMH3qVKFS2BwmPl53xHjFgJozI7WTW4YczttRcyJ47fstG/NlkXzaC5bGbMyL/PmZ821q1seY51/Zpp7hsOeZ09Ra0Jjo72FeK8eNhp22asUOaKRnJtqXTaj7JGQsh1LxXj9aabp8z4xG2uND7SfmYHI9luog2WRLXo+LDBANPFkvkg9gI7BlJU4jJSDnOOFFArDkYkEQtjseyscjiJrtuTHA+VO21Z5w7AIeeXe4b2RsXnocN33v2CbUry4cDy3+iWZQPp5irth6JFChe1oZshNJKHrMfMI0dwWwEGrdWpkZ4s4FADNSQNiyUqKv9YgJkJE0uTedHjlWnB0vnezIT8uAtRq/PAHAPMzQtz74tB6sjPy3B72mdJbmmPtcTjUq7VqdRBOaKPnwMsXMM3hz++ZjJOkTOJhIa6vTAohhWqBD7fx+63WZJY4bAWTcaNRr9NR+DcJzIBnX7vFR9KlbtntumE34UpwwdVgbKw9po4jSwIPEIk3ESCP6k1ThDo/nwj6GCHK025hWJvxYWng1kxbTIU4mNhaZ4FZCeb5x6hT3MORnD0n6Ospdty6MurDhERt5ob6JL+SLjz6tsQkhRTW1kAMo7txBsDB/CCqB8QfmNL2YtOThEdfPxuhwxGNXdyd6Gge7gadUwL5xMHJOy7hh8L1ufL07JCUovHJCjmQxeoBUnwyYRmWJvuokdmBmQ/h+HhEtSjqSzmwaFF5zyjEpADo8/0lwAMnMsWDyNlWpCW51VKRzpy5e/zabN4h3qiwQ2co02vBzG5524Vw286JSqOKBJmq2t4+IrevDFkdAtWSQSi2056/3YO08lplhnticl6Zpi5w5HaKPSZc3R43xh8vuoIlrCFYxVqNOFseOdTamA1r3GdnZ6lRN82JIdfQgwBMhs7bpJ2k5fmMlIqtimyskmvd8SNrynJMac0AZmXQKV/XD4VoNn2Bo8fT3KncUAT+HCDMlUCkc3KnlPivUtjKsaTh3E8jeVuf2RlDXY0IRWPD3RVMi4KHaWW3Z2RsyTs3OR2HWo6cobop1sUcInxBFMHiy7kQKZ8xwfolGRFuyCIG8OQFpeZ75kfZXxZkueOBsJp/OYuceoiFLEn+alSTCAM4HpW8HXMWoNScd52LE8I6uUhZRShE5EwIAxGFcRAcnKh4PhzQmyvJgvmJgk5jathXnLn+ax0s95Z8fl9vjX1/NsH4HDQOWDy1lQrLS9cjAakRLgA3Scq7q62WB0q8A5zv3BNIexc0nZm75GqUQ/VEhGYyUOMe82BMW90Jfy1dcENG/jT2xD2UopGoqytjxeIHlIvP9bfDKMyuut0UfZtO3I1auwhl2OTI7wOP05ZR3Cmb9JysF0n84Va+EdByyVf7Kan5SKlH3Axw4HUZTKsGTwjDcdGRGGHajDI0oQwfzER4hx163EQXHTGB5TM1E3nd5mY6gfC6njjvDdwUq7DaQywA9x/rp+7yklqs3L+ieefJzTGRp2Tz3p4J1q69xZA+MJN9xdpKXDeOIz/XZLdM/EzhFiW+AN4y5V8aSWtFCGIT5TEtITblcBVDIwrrRISp3Zo9ooJAoHbCbRxjnQuIC3H76ucptf46PYi8NZtEeFh3FdgX0EmOYROhjCkg54+1U2j43FxOsygi0bkxdQnobrf1a0ySM5suNyYwZJ+QXKyARj4GI8C2equEtUDnr6SQUkLB9gGJlUYd2BeEqV4CCp2est0WxNAc5qAUIvK6C0Q8JJgTjMRStxqwDQHW2RR7JlQsOS5zDRERzgQZHQJ9vIWQf1pK2yMqQ9ruES/1iECEn1xrTEXPHo67tsVCT4srngk5TAW3SBJsDcP2pUMWJdFhtPKwjc9F22LPArIqEgKX6R/ToBoR97h1ta+Ra6lcGfdUpy5QmqJVqtVVcMh3ICL5FOCNBvf0rA2084kXnoBKtxRyOVcK3bYmgVke6m6tzG+Am+bA9Dw1J1ZFh+kRA23q1wN7Z1tNmpRDdA60X0y4P7XNSeiBMUoRa9s2xTGmUQTodrnmRq1wqa1vd0LPiG40B+IRKpfOzYAVTDooJLZlxPufVcmzFaW9R0Q5hfYYXX2OOjjdSmzG8Lp6Fz72GU2vWyZXJUuP0+J1Eu3pJvleQhqSznmuoucYpRieDUaPE86fheYAKM9ds/yAGhGaDduBfORJS1AhuyIHT8iXrpDa4UQYwHzh613Ktu8/lDAIJMFfHm/6mZ25v5rhD64tit3zUnOgNQax34m4VZF1AIfF+J4urPYU6+Q06gXX6JMUCHsmRoeXADthYL5NdS31/JbAzjIACDdsj7zYZ4uRlJ04ZNdkXgnx6mbvr3mhtv/y+hyKgddbYF75WHIaLgsfk8DtXA689028W1qWK911YjP93UpYUNOwMBItnhI5nkud1CKOw2lDBWY+yLHwxp9p6zXjomwwczSXuTNcXArYCgVkj1GSep42MtXSsCvEMop5IUUVFfEqAAd/PHrskKj+RSyAtkBmj/cMA5OTsc6bytNCuX0EOYZiZOv0smCxhhZM6iJybevLfmFSu0VZsPM03E0V9YGGGZyJNr/1mAsfv33A50b/VOh70zN4U7q17b6V1NpZzP5cEPh+LBD+4HdX7jXG618AwJJK1WcmaKBy/29G/uuZHqNKj2njyBzOGcTt0rwi+8ZOb0d1bs/d0WKq9p3W0wMiQkli6ZXZmoEmvZwHMSBhIeF74AQwK0lzGs8jhgsY4zQRAUhJ64o1hg0AItyQ2EVRaTvFMXhehNTWwXLdkWgxNbruENKNxMllIrUcEv1kjtfyuQqVJRDnkSJTc3gOxNhAllMAvsMBcRpFkPKrDZGgkaRTLqJWWJjxiOcChzNtBpeXcCmhLoWQDhjDAzqpk5/NarmsmtcyYyqfy8Q2DlYrg9EohreYvWuxbg1l7cwAqYyArqQFI2LABUfzAg6jRDOw2EUYNTbF+B6Dsyn6Zj8gEESDLdplgXFXLiCaYYpWvqQqcVQWriEDGLhkHgWQiD5gXVIuY8ahQTXy/XCafotiPJ8ww5styKknUYp8e0jta0s+dFWta4mNR9y5nuGP3jBbY61olKB4YJWYZdsq8ezuQi2T4Q+szvOdz6iGfiilXkVU4N3htbIUg4Xaa92+FGF8eSQxmTxQY55MqW93Oh8NsqD+Irggn96eeStL3recplt8DGqAycPSMBKNqg9e0gq1zBDmcvQSmuJYMeDKlOJBXVdOl0SFYmesKdchJxrVnCtBWl6GgBuUdWjRLGVePGmSRoKN5zlVI1gvkTBpRo1yJHd8FKm4E+OC6SIZi2QOFpHNp9wIJqCtznpTgqnIKVAvx0hUcjwo8lUAgCfMwMcqBv2jFM3QAs2fwFE24ocKhJtvLqcaEIpeAQd2NIuIlIY+Vz0RchbMONRRSNvakFWywqJWW9/miDcoATEmBOuSorZUwWPCwyphtOtLrGDpaMlAST2FrIbRQXUiFzjTL3ZjKp9TT0jOUvaW5qhgbdI20Dw8SZLOJ2LkBxrZFLG4XUyTr2yLfZpSaD2qPmEXkWPdCROLGTGuSG6vQ7jPFLGiqXytn0YSc7FqeflvHWk2bXRrn1aO8CeW8vM4bSKan7mwQhnFVotPMYMBfBKnpUuu8NqDaKLKfXOaxgxF76iTTY9SAXX9XEntScDvQyxrMFmEQ2Ex7IkNyHce+CGAKhG+jpZliruLV19F746leyPDH0k32BzVX3zRDrB11SI1Uz4O9vtvNKLyLWeuL90Gfx/oiMs22ICwr9jWhLXxcJG4qPlKk3cKZ7iuk03j7E6dnpFrRgqSCCNb9HfcZe0aX7AgJSBpOtKS/0cRrJli1yRZI0XQZHICk4mM1s0kgPGgMsOpp5RtQCi/+Ht+5sxFM4H5cDoNal674/QF5G+wnKbuejedzt5OmHIwT8kYznx/mBMKTd7BhpxWNJI+LkJ+k4sZHXN1BC6IRI3SUosCaloKy1+CQBrDylxYaXocEM9yyNQvpSSJCilXPS+2jL6j28QMUwI16nW4hPCbaItZBxWZ6mVB8QWo/Dlv5f4wAD7QiKClcWayW57U6qb2Ax906It5Sw+sQrxxj7x12ERBYk/FNt/T881R245iuQ5SZvkF00e5GD10RuYxY7SGMEUi5SXam/b4vY7RrVaVdfaPgAJO/JyOmwux+/CKzt61IE4iLKjCjI1QGW1T1psoItdOtI2WLMG9oNRs+FU8K0IyEplgbfzE6bqt9DuQku0Xgm7OLY59GbBrqn3lgsfi0Qr4XGBdplmNKXjcYEWXe5AH4iEYNyoUIAE3o5Fi8Zaqb5oglC6igtMQb+B9OHsCWIXmQPO4z024XA94xlaEcsOAes+GgKhnWRx31hOUJwYnyETxcAYqayN4aDiQRqLXN6HRfIpncPjO0OryOPDLhtgFRnejJqrj1FMr97Cz2fnNBTJ9AVFXF7Q7FjRb3XJFWis/UVgkt21HH8hpJ3KxqVgRflA+xAGsWCM+Qw6z8y27e2Y1AQtl1Ces3ZguC3g5U7gFLLGRW0PYN6KtqdNrz1UNYHMOvJ1xwn6kMlYcASGIpe8ACCZcg19i89cahFoB72hxUdNFwmycBvHmDL4gi1WxUksDZ6DcKeodLMCC5pkdFAslZjH7cWKu2ob8KW31SbHcWlBusPbEGDn7PZkTHXVxgEaXyD5t1xkzkNEoijZK4HhJdOrMw+qt8qm8Rq7nQqVMSvlLhugTGNAJKtHVJ8b5Yt897ps9LPIQT5crrWYi8eDV+mDQsnwpB/P2C/YBzgwcAl0dEkPsr/Bxm2NZ+sSVEqRXxrvpOTjSrsWZ6AKkwLaEQ3mBwTN4rUXsp60JgYdmYNOxW4QmTRbHi6pMRzNmPgaKpU9U97LBEkeOUrI8SQw/m03Pn3Txfq8Cb9fNVGCmFaF9i5pfz3W0fjs0ClQ336D+WF8td5R4o8fxxh3QLCLCS8NPWk9umrW+PubttneoLrLpX2QN3mxAVq90tSyYUr7BO0MJ0IaMSuS7NJzaCk7Mi/mQE691MBTQ/kv5ATPIQPOJDcPuuKKoc1wgHeCwqidSnmQlTjJlSlQxcYcV8KVS9MbJoAEMsMFCBcu3FsUAPwjGnh9Rp0enYgeNhTaZS1282EZAtOAhK/o07BB7KcPaUUIoL0BjknpglKqzWPxcldMAtPigpKBzBbPaCUS0O2S8uX28O7DKLH3LLQvH38D0izrxtMMpbbil2jzuQxnvVt1xrb/j3OqHrVLI78ueuUti+Y+wB4tAIEIDKyRUfBAHZO5+fF2OcaSwz9QAja8zMT3J5nmJBedN0kiZZlUgSMUJrMU2HHNtDN9ldWNSp8sbR+PuYvQzgsCHw8xUNUzBALWc1yYNqiqMMRB9fozqoydjpcJMnmczsOr69Hq58q3NsijeDKn3tJMp5eVI2fxdXHlhAtVHMwwl7EH1/WJ28cLIFydYVSKCkTIZMJPeXmdNDRZiNy9Q00pRM2U564+v62z77sr5WD7i0147wHLvIb0paMi6bUu83rXn9/XGsMocyh5S+siNxAVwAKT0uxC7DDepPfwvDWgzTFd/DN2ywIstW1GcwJHX6hupo6ItR5yfTDtf+eBjKx9OQYaROuajS6kNUqr+wzaQ2djx2XyE8N0bziuTCw95lakOwKn/qrBGCFWJAwKW1SZKe02eJSSAgVKeUfgzV5caGkEjl7qWdBzn3WjIO1tkeRz1bQkNuNCjw7GDi3Wm0B5gmtEePqxJInQDgO8sdncbfBOh1YJikUM+0RuTi2epmi3xoaJwst82C3MnbSoRkj+HWSHGFxiU3WQBiabCKZOb4zZoeZ3QhWiRC8DeqksKWmdLdS2AIHK6LTKBqVGpAkpChBod/ngO1mARkJBkLqk9U7R7nUY7ZeRbB2DQQKXJO0w8RlwYa25BfRO6JtMpUnrHtstQQuUkUdz7svYncDHrWHvK+VHK4vRKRTcDBQQZHihp/b3HrnqxB0m0DiRZXp86XWqe8pH+2UncbEQS3AwntNYNuB6pcoP9uibLnSN/2aYAhOiD4wYJVvjsrlnrA5FhyDaR6H/qIMWQPRrR7wQ8kvXyE6GivD/Hzp+cY5mfv9RC+6lLtP98sggjHEesvU6F2s6y1w5ilXVAjL/E0pUjkRsD0WR82zpqPuncjlTBQ9KzKYnkSnHeI3dO4VIEuDdJdEERIi+GUaQenaaCqaYN5e4ENMBlqp51KFWMFAiN1+IqTcRZrok6oeMIaUuQE/fbpQFCBjHooQNnoPReWUrkEBqv4a2jJjPXCjaTqF4Ue6SeYeah5t575HKuZBMU0ARIICHCv+eGarXvgZQkF84sGyo6ByNFmpsFvsso/DUWssjrYz268F21HUrXmR22XJFRgGxlyDy56zKzYtQYVjz6ufEXmegNtCedWRUBPrMhfFap4hpJGj9YqobQFFIJJmFuOPRhAs6UXdDDlA32a16pqhEra6lS7VqG+2ssRlZ9YHzBc9UprZq5pY2a9CrJTe5a5dQa06BYjO0Aob9F1nOImWUyGVH34ZNkQI7ML/+gl1PhRjnw/FGyjmlKy4upMUKqlIv/jg05kh1J/Sz0sDBv51jvlhY1h4OnME1lNxZrXMYvSuhMoryCGpd0YqmFCwceaEUdaOx1jaPF1r5nIIMhPLCCDhMIK9omOqHXJGnhbakgKsD9uVbftffo0Nzvm8fQscch8CL3MBquATcA9x56l5w6GFqLheZk3tV/PUqsEJ+g8wYnwjS3mugJg/CaBeTqYWheTrOzmNOmWjYFKCKUJNzTIlClKJiMsSiduU8lK1lQ14GGNu0milaVaOgqqU5ODzcp9aV1N5pvbFVxEtBc+CvKSvcgarbn2HMCvsCUjb3KnhLKWc0DFTqEbTBkmcwNdPh7wJ8vzi3OHiF4B2SeO8+5KR7kfyy8ADlNrr5sjhJVxtjN81LvnJK3IlZlKKtBThiLFXfmE5ZV5ePBqlvhqKhBUzbuqgueL3JvkfaNcegy0fQCyTykQujOZiKxMfglwEQoRTZmv0Q9gduM32TcfIlQuGDKKEU7px6xCj3t0wMPi678qc0BuOrw7Z7Hwvema4ZW3bjFwEtLsHGipaHVJ7JrcmOurGmnQKpjvkwiksf7p6m2iZELYvIbhCzasMt+hSQSG9hqC72PmD20f+KEUabw4sPXOCSrqB1K30AW9Eax+97Wb+VujS5evyjdbbD24JqRazfq1sr5xYkYfknxZdqqyLKqjlxHTo1cAn/1AfMNPVj6JlzTMjX+1zVkBS/c1Z6E/XOCrOVoqEKpJ1gXMB3Ylm7R6LElM8EYe3r7v8bmaCHAV+BQpZXQUfeF0z/yzkLvHivDP8llzrlZ9SZppZZ9mlwbLXFHsAL48QYU+Tp84oTbKvyhctrl4t/dEfPg3gEK9RlQHF3te+XJ5jet6QomKKGS6AasTrWXtHOuN2666/vREbI2q7zv4X1153xWoPWwX5cBafRgs7BHrt/EN2wO3pqVTQOrJU/w7FwupLGBkhMmXaN+94eSb7ihL/Qg7ix9ghy9EQhZjmSHoeiGCMskiaWTsQt1FWCYDNGEylLGfnjNyUUpMA5MtK5Z0I+6fdjqoXpWUjIdyI3Tqw+tJDjBXXHf7LAkJ+e2Z3cDTeBvd6l0C+qqm+t0aavUnIOopzcG5zpp2/JBEntzt8UO70aT7uz7Lc/2WdCMjJaZfBxMXsbZLHe/L6Lre46B2JlsMqxVv9pe6npMwyCxDGjA9c61TVLLADGNhqjbpQViKYuLKkKFXZvM8E0DB2KzWQOKyMe4SqrMpu2JU223/cDLWo8gTTKVRvv0b6pNeacSk5bQ6wA6p5DSBh6jXxMRczkrQVpoJxdhJD+pg2d36aXt52H//hV0dPk5NMneNx9YxSfWXtzzwIknINDo7GduPwOj38V4cGj6PfiJ/flwmNGajy200VTs0MX+CbWq0QhtdyxzBxo2cofFZr2jTwczEZF1eO7zuxlP9GVGW77H6pz2ulPAjZNjajwb7xUD9M97cFD5EfaKXe8yMNl0mxoJMLBB/O+q2K5X+6snT3RUfDkgDrIkcpmU84MW8g2JBBINynuvqmNN7cUtlU0lDgOyvlNWdw7cMGfAnaXtEghHvg1ihU+wVc4nMq8MvZDDbyqFfE0fLKRbLVVdCFla1D3rlH0dIq9XUrlNMVFuPlY++JbrpljVfgOuDjpG5Ek1aY5cuJKZSdJNBnUFb+0SAkklo9EMPYsWDWqgGOBkHExa9IVFnOibSK1w8BA7ysS+8bg4BgyV6h+6yUUKT8cvp9UZYWDAGmnsOVKHXi3b5Imr6GZ7Ms3bjOMlJKi/yiuXecb8RpXBqpLxuXVwAWySXVDunpp4FdQ5mKtI4/R2KquyZ3577sLVmKeYBNYLH6q868z6o3+OPNVPBRjo5sVZtHlzIe9Zmsc7X2kD4JradnDamjmbG8TPAav+E4Jw/zarxQZKKV/nIvpe/SLE+sAV73FJZfPOt6mjk+jVGznG0jXJcqVtESVprlkrq1g/mqvWh136kGlU8wqNq5/DarMqoe4TiLHzg7TeF3KOoWMKjb6pp8Wy13gV4K438m80srgC9IJKdb0kNulxnmP0F2kDy723mpCPavfZXdMcvHohYLVB/AZME73YyebxPFSeOQ77BMqqWwm3d8cr6C4t2QnIj5XK1E0/5TFFSQu6mvCde7ogLR0NOwuP91fJk5smWr873rl+UbkLd3EayGmcuAz1yI4qge6pqnvODyPzQ+0zJ4PuDUsmWLsXWKJmU2cHtaG9zjAVhvbEG/fsi9XuVe8gG6Iut20admDqkW7PEL/WOlHp+dgIr/Es0vCzgsBikdXsVriItoEiixC/TQpppVpnEMssuVjrs/f7M3aqVs13eu+BVuuga3gWxy3nQF7rh9ZucYxryBrLYNUl5GaQhyDs0mP+qAewLfgQyPnwwPz7iJM4Vf4RXs5ISAcsVVx8jMT0AxOZ4kqgb0r7ATgltw0tcM5k5bm4Zss2XGLNqONTEnM3fUMyM9oh+TQFou8DUsMDTmJNPCIUgVf1RyySHtEIjUVhX4k5sZ2olbQkqegtINTwSLln4op1dCkGTwQjURdWKD/ziP+izADS+rgQfWNfF+qbBgA7RqPJahpjyVLPr8xMX8CkJb0IDhhBjn2cGO4dCAkHDGlMjlOw97tJq4xqiIMpP3foVp95kp2BTRkRc+BEIJQOkGFaJH0SvJ4dGIoci9ALvOU0aj9lV3UMZsjCRB15X8P2gSw02ApolAL5HKINoZjqxJwosMA7SmhwOKWhoSshp3QDLDKFWyhKfATx7pNKVssooMtmbV+pN0hSvwNKTSA9PbelJpCtTuJ7J9WeUUNltAODKUK9BoqQuvfb6JuzIQgToS8gn8Yf/PfMKnpYyk2b40iy0GtxWm9BWMcxNzF9Iu4bpHQ8olBCaXrKVyAWxMMcouoacaHM2zTpjLxtiA8NPLlhIcqnWg8Q58rY8TK7sUHVQ6rpV6QDS0loZytt+Ig3lQP+IaZIq0W2UFh/uiRSEgjUdpbemHCDBh5rEyG6o5+D3UmLh4KqSrFpklxrwIfRfhSFTM1JjrOx1W09Z4w1vSASVVBZJKpTFEi3O+hDTuuoNGI5LSt1kWToe/xNKXigyN00jPCQVq8OzwxlOpSh7+wngwIhlNBw0FLb31Krmbfu4aVueckEDgccFeqlaar4cZAxZrllFM7zusRklYJEitBFDTZaIojEmTgYWo66bUEQR1F+F0xAq1YKXlXZCckFCcDrSH3I5JAllWDEEv11mE5Nwf6MAdTbQee2JybTT1UCEXwVEHMZAJAwCEDfksBx/j8WPzLh4xuxtwOhno5cL/+6GpbfXXV90XVb162b+p08uUnPrd/duX9FCwt3yYJ6wA4VCexnH9gHkOojVwvtfALtW6zE1SY9Y90bAKG8vbcGbnN03+eR6/jMjRcN4VuHLhkEeKWF53Sh8SpYu66wTR0zAo2zuWZKb/rKkIgEyovKc05mCMmIw+TlyYJVjponargOxt1C6jYuaXORSsymprsSL4j5DZSw8bnB9qFnD/90utPTCvk18N4NHwveym1O9i27bkFZ+ypTsGTMhNcy9I6mTMxO0rLBqJbaeso3ABM4NQgel1qevusGuvoDgrVba5A7jcanIFfK4/DF8ggL/exjmOuNzSvUVmK6mWtYmbK50C3zjgf77OwDa05mFlcSW1JwprE3+QUd8GsblomZ2VMW1d5eUWgTpXPgHFXQAkCDV37hgVdAjlMpz6MvK960ieP9Hu9vN/Zmz4Igp097Od/ppW7RA4Ebz4Wuw/xGGQliRvUwi9IP+hoc0sntbttybvl4dBBqOeFwe+y8VRtruM9ADPD3INBeugVeMmv4+bXHobKeYVGxn75KO/ci0DMRNLomrKf3cEQ4t06DnlXdqaGBypBpI79VAwcBpZ/oACoy0xlY7rxsm1/dKWq1ZliQC24gl8GvKith4bKynnmPNOQ36jTdsGk85hjs3vYIjLAq0QPAD6Yn5klpdymMQoeI6feKfnNCnbH2oOz8MB23XqFiDLFRWnTAnWKJG4R67DwI06yOtiS2pE7Fvgtbxs2LYvd0FS6xDNeU2PdWOfkJ5nDbwYzUH1SiV5m7p8/85yV3j7qO36uxn7n9IqmYYGQpsJLx0N0rdKr+vQ8wpuRQzjQYVruzoBmkYcOkJstSExuOrHIXGhJxT9BhUkSvDXzGfnW5QjRdnR4QbEuSCEBEaWBFjY5Xz+saSSHAWEFwEgPKbsIghZZBXeRaRBHl2f0Epuealn86nvBD1Ngx3mGTy9C2accq+MqIWqFsaKCJvAZy6qlpOzRvFcuRoW3m3aoUOHV9ClIZuJoniBusN0TDHdgIXfYMlTh9Ox+DlNn+cGJHYnxg4ij3XOMlNRYZ3VNFtar2bizEMKvm8IOLxk4ygnPKwodtOxEa52xfWveApeeeLsTMaNugFA8wA6a0r1iZ7lCZxwz5EsJ3NSiDoLPYhaxDFzuDCtY2+llclGbieL5KP1TgcWpmxrcOj+hNjAuNKpHpF8O6LEIOT6LXLGNQnFAUvMvOLDWarZbSBlI9PBO1Gn4hBWOktBoTSEwza1kLsqZq1jEYUNvZreaLV/2D2sDPVOnj8uFBpjeuSbWa0xv7LXU2Z8LkgvLTuR2TnJlNzRRyWfukI1v1eVWDd6OPc72BIRg0xC/jV4dty78Cfw85vbprZxCoD5btGdLTJ2Xk7lyumxvyfCDeywfYovL3VdceVLXMIZ28Tvlb/8pKQawH3tGEfOeFm6+0eCAsRLydK417HNCiloFPyWwh/qBUr/gZYiocU1RXypxbbvGsm9hdkIYENCw8ESKPzNhXpGfI5FHCSNIk0UPrrGu1tY4WoZ+3KkYVCOlvVyL1hMhpmiyOJ9aWXYkjU9KwWSZbQ/+mkqtijE0mYtUfZ08HVCo93hlPuDRkcD6ycekGLg2lPr6ppzwaPo8JVLzeOBUQHW2Db84kEd7WyeqLCqHK1nvQKReB0IbxPVxvbCVkXHS1jvsgAXrNKM77v7uuPab3B9VaKQzLiFDLUenqBpYH0R1Z1LwghRTyXhXztRIEFqW8QBFWwoHnKwisV5tliquR7/6zqsd3hm3MQxQbjmUFrpgh/sGm2joexj7lwtQ2g/GpfZ/C1GZTPuX9in35qknHKrQk0ViZbWo98Hv9OsNzpVEpZ1FKxsc9WmIbuvu42oNFgm97LtpbjPDT4PVCNKe8A4jxuTGwXYILfmQgCB68Dij7zaI8gmFBYiuO0pnco/lZVWiq+L5tNUAIO80ZQ9yvN0Dp41sc8hZMYJQYK4ykbq1QbiOw6Qzy+MHPNgq/VAqS1NZ2WstgfRRiussDMAXcjF+veDxVOXewVCud/+WS7lCY1NEEXLvq7mjaUZf4Ubaqr19tvZwvKg2Z+pOZ38jdU+Vc3a9udmulN6Y3zbmmsiitt1snJT4vl056naQ/T1MlwAWbIYJLKLH1wRkr2NFi2zYBJWmhJbXoIiI0yl8gcnYE4THt23iOaz45+6lLaRYPCrs+Ltd6OB/rpCjTf25K2W1OxJSzZBV7WEw3/hkyTkz+dpg94iN9eNB+e05+Hwh/NMDxWCjjeJXmuGE0UKO0TIppNvHAWKKIboUoVEABQDOoDlFqd+W/S0ijXc2KPzAA31TJ9ejUQWObzF28xNYqfoSoGHIqzgf3xhSyZBLM5pPhQ2bx2XglpWUHMI6BF3RRbYp991XbwZADhyDLqWwRWjUJxFjs5jm4kmnX9gLulPltSb6pdO3aRstW4QJTs7tQVuFixSwILIik1D78zilVGVWuOAfHfF17jKxvlqFSIxooOiwCQzvHIo8dU469V9XMDuxmbY/8qpo2PpCYRtMafwi1Y8EYciuExxJtFrU8m4rd7I4rZUqwIZHJTqZpvAVgfLnwExzfG6UadiseqUydzKOaMnIV3J2GQGrGLUXybuRjrAzaont7x9bk291D6YgDA9Yuq2at0OLTdtC2zciFVt9sHFlcqRTIRjk9MOqoEA87kNus1ZNh5AJu64o1aIp1SA+qzyktV/T7egKuw+OqMRELuRqPaccmOMjibMGt8i0DUzm0Xnk++SpfU6/MFWwub49k3u3SCjmQEsWAueUvXHs9kZXG9t8ejlvjpNeeYySNE9tv/OY7I7c+CP+fLIuxt2YcwK98fmcp5ClgRV01Z8eQzhOY0TEWcTw54GzFMaVuAedW3EdDvoJCF4bLk9qNF4sXBnsAVeuH6HhJV1kzrYeHB9zt48N7Kh85aC8pBcfPjhQB38WZJkGb9a37QcbpZCYMuviu9lU55+bjHmPGQqHUDPCQD730iRLMmDGuTIETg7qaGYluMJ7EabNSo0pwdGu1AQilG9HHUzWCyFWLU2WrTnSFSZXYJshXJPX7MKNDYVUjH+b1+MHygkSNo2yKWjKyqnUhvN1ELKQ07ISXakCpSfEAq3ESS9NFqJAsR0IUOxu82oepgbhoJ1hQWxQhknxvt1ASruoIgyJNoW2vCuuaFQrZvgrgN0mBJCykADVAflIt7AmTKpFJWFCNWR9PIFcQISXnT4OGHF11J0a9kjxLY4Hj87W+eQbYvVbZd0msLM8W+joCG1tvwXXwCFi4yt8Jsairp2a27PVDGhJYV7zrUCaHN9vP8PJoGfItsiy1ljESYxLa8mhoDZXYOlDXWoByHu8UkKuucttp2FfxBqBJLSMf3WkipUlsRZwsFXkg6hrURiSxighEbDu258qDqEuU3mkyzdRc5vbR61TmNlsGBlFvYmJc3GpRclkhAkYYHpEW7PZZt9KV8E6MzlwM6s5mW0Z3oOKiL6gZBbgy9TJ61iZWd5y4VBVXrLmaIcHLqWOrPGre/O64q8NbXHe3yy2WJqLpdnmKuBEtfbV0zDp71VE6aTIr2mlYKEsCzy0AYN62TZAXljI0/vDf1c3nQT7Mft9vkeRY9GVSAgkSBRCWhRgKxGGiCbPK9V0U2oarpdCkqbFzeJgZ5YDZ+Kjz4czbEdQjnZjXpikMk6ETWEGMsiU6gBX4IWVrSYooII2oDi4UUTqJ7BIx2CQ+jhpJhrFwtidn8JjdM8ZdgGIUL6DvhO11oHcrDY0NkmA0iKufR7pOZoSdiX9mgC5cmvynAOgDDgT0bWIqGncZ2TX9SL3Qm/vWRIvUQyVzX314XzQbZeQ+hW/G2VBpL3jEMxjqWFvqDa+aO1sJUC7hYcX9DiTcUi3XEql8I4LKc0lOrTuXvPJvNi9yP22uN5aW3ttr6qyrzXOso9TMAd+6BvwYWttuvmxWLtDYyXS52sX9IGrVx0l9t4e3WLfTVx/VtiQtb39Jr87SlE/lLdwxp3LVHKUGSRfTbaAvNMfCShfB2MQqflwAQGpDNfIMiQOeiAip2ILtgkErYW65W2wkHQkzHuA+tHDUDFm0Dzw1F0tvGwVTuoIREGFBDatq49CSAWBX0iPio+9Iby98204Bor3UHwV9wcLiW+xcSPDkAR4M4OKysM2mhlvTGQxGjeHmjBWaLSTlXz9WR+D/iJDCqeBz0w1euQH2VffBgj3qZ5rtsoJg2zjB1YF5Gb9kBI3rqaRLgzEPPofT1OcaJjogK+TMdCthqRmjENFgjoGPZsMCSbgELV4IXxyYl7tXDG5tvVQs6vmBz9Rhp4hUKFYIVTPmB48xqxgaNVNx7mVRuwTM4zc8fpfJtV9/LHSzeuiQzpJS1HrGkazsNZUxtkMmkmInZkmPAccl/wqWnfnQsxXbGfs+cjz1+rBo5jr5AycWYmc29OzQDFKZBD++/Rv49PVXhPssZV3jaXBH+tcKhWPsJv6CsExWmrSoONDCn1GVxDgjq57lqCpODVQuL94g2zNndAUHHgVj4F+fUMZQmanSkP9yhe5G4eOI0wT0PKeiQOOuUrBypRmBgyjHmWIWcrpxNRt8JDpNvWFODcKhVPeZnRGhdFIzqz3KtmUIZtR+P++eWQH5SLJsxAaMYaQ4o55iwQjZQz8jZaTvnHWCoKIH6f0iyR0FgNbGzQlfnxx1aXhSq+6kyhnbSmsXNWw/Lcvr+cht0zC2ydsq8KK8r+792o6cW9ae1TaOL9TbxSe4YkNgwkEAVaKD3lSbVDFLu9/vRZB0g16b9M9HmwWfEnUx4Iz9vqIKxgO0hFjecDyf1hQCcjHlfC6yWvppRcwGlET7HOL+uU/QNn+JW3L0ZV+xPdWuAStjcElT4bvSJHpGvluoOI9ayQMr1vCNHuONDH9MqOUOl/bUvKCAa7VS7Rqvd4msZ/iT0qz1vVa9vhzKs/LRtQIYymalX3i6t+d+4vRyP3qWvlbd7XORD5Zzt/9/4Dc9WJpHUVOvZvLpru//7+++v3//+v/T+BGEdf/wo7uMe5/Rrjb+jn6Fxv7pe+Ze4y7BHwY1st6l/7r/b70x//5LbajxJ0t9f7xn6F6r3bPVL3bvfhx/qVEH/lIt5J/9Ya0CFKYHUGNBA6Jcm3N5iZSlNgh01ip9SEjYN1j3uBLZ6Nyz9IcOqD5ieSD3WVAPSwntQ5bbmlFJ+M85MsNMOvcM4KN4QiV2KyyCdQ6C0ALAvbN/UVJnc0yFlvBMTUZ2d/dCdMeO150vn8y2wG0hhVfY0JL24+v3bxDuBrKPMtcHElw0MXvn7yGly+cHvZ5uzGhozw/duy8r673My5yYmua54WZNioKr4B7nzXaZ5boq6eDuE9nYHXMXm9vj4wNyd22QY394Y6UFSQ2G7TMzFn4Ez8B32pfb6DXi5Tni1WjYt3kNmVymn3B6k/5MPvYcOkQ9H0Pl3NVTuR1FAOHgMPs2UaNRNBr4/x8M4bt+7soPOfifN/r50ujmfQieTdVTeTJUprKY1oJWzLsuW4Ru2o9Ev13nMkSyG1xI6PMQqbgUdB/pY/c52I6BQY8VWQiK7o9ggBjiAgNoIDBk9pi94ExnP7u/BulIIAcBuxi9fw4iMLs0cKgP/uscQl5gs8093T1lDE1vczcAL/qOfm1D1E/kelz60Tu2U9SJD3CgW5rriOGh4w6kYHvIGqRqNnQWqgyht8Ue8zSgW/5sy4Fvj4ojtI+7dEE8bFmwp7eeJ8grr+iP8E/hkzM/XycUSjN//hvYpyLCtgjRb8eiVV5eS4tCfJdhLWHZxEwWouIXLfNTCDgyzklgYzsr8nn5/JYW/hStqFjNfCny5awqRPvp8lQB6QEzZ7p+VV5eAOKOdEcTkCdaKrcDNTITTdm4oY/dZxs7nVQxCmUFuu2IDKNAkn3UI7WBKSY3bkg5ue4JurO70TZs2Ahkb7Nho+SdWI8pzX9XmOi0J9XpXACBd0ajIhOZxGtXmvS6J7VUTkcGIvHkLDSoFrlA4HwCP8AFrTVCw6hcE9LRrDbUgtJfEj0X3hT1njdx8T7cQz8zXLnd67jgrbsaKOEIdPQH9p//zIRaPPTOAcyDJG1WwxtUo0jLor5zY33450yfHcGkHvbGav9086Q5Cg5g76mgY92O+sXnD/sD+4Gdb+sgWv8m7gBRscRjRRZ6yqKez8D26v5QYWV4ivC6JBGViAE79mAivflbtsVivTrHFR1tbTBxkYyNTAp99hVJx5y29L1Dro2IEJXkDGZLNPdgcP52b7M0oUGgfivum2vYsOFiWmPYrVvRc5NYtxyOtIJbkZvGeI01ZUQXc1juP9+r1nuH8nJYLPhqRV/csMHBdvSz+50j3s04iBiNtcMdsFwVNxON485g2G6gpXH7x/rZ/Q62Y8OGi803YPFyQr3Xr2rf7v7JZjw/JYNSg4I0h+MWKyl67q1PH93FDRuGAofg7PPA+FzM9ADH5eJ+Au2MrUbhVsiJfjuaESvdnW33vI6LC8XYke76F9+UF1L0VeuBf9OGpifWRsC8xwLeiPON1BsDrG/V0dQWPZ7eVRATA6fFeru1n6QjSb/uO8P7iVr/wCtf31c1zb4DeFh1EBiwGah1cbT0t4lR/YG8Ger2Be3t5JufLcMaDnLlW+BcoeD+HukXvtZYNLM7CvDIxmWWeFqTcKRQCtlXcWI+g1pwJSY2blhmiWc2MYf1HFBHlNaa+NmxB0U93r/AvGht2dT/VzR5/U0trS+Mt2+7yCZ/8Re3g1vJtXPbz1GreuOukhD/iFVRKv9daerUoqK0EFWw6MeCIHFk/cohP2JkJNFvaGV9ZGgm83YsNkHNaB+WiMMRsQmBDpY9vUB1kt9KU8jOw5lcF3qaTumv8K+tdf1KnY4ZRGpqAQ92zs2dKNdzTWLJUg4m8srKCAfJpUv1WDAjMrmgIJnlJRp08V7x8tfMEyFuSrE2v7frKtlJvtrVm7+2oVRGHji4vaZ5hbmgnEQqL1hhbq7ZfnCALGso/X4li+LfRQmk+L+YbiD44cqI5enPpDHpyyP8mMzgjtRPsh8Qakp8nvo4yfKeDvO2u71yA2BQubGkvpUzVnmL7RpCLejkM0ZMUi/EVn1jgPuAxRmZKGrmFjOoAfAaSXiqvTA2gVS6eCNd9qEBznbfmT5hYMqL1smxWys61hmjpRkzC8nyD0doXyH0/GCD6Kz5cemXlcT8WNSCcsS5LeK9p4JaM9tD2ot3++vZMuSpy0wiJhU4/Y5eyNJzIVfs+yNneW1Ask6s8zl7a+4eGp/2ww+iEWHP8jR29dd3ZgQpomoyDd7oD2T5zMIMasUIgsjYev/dxRfy2zODWk/tbbl9R8+dONMnFPadmdujmBF052t2ddpyYc+ItbXzAbpZx+potb7VtebA/twxnyKpyX1HdwGDt2ncUy+SBa7Jy6XkkvVeek+Z6E3eR5Q8cu4Gwmi0THYhX7aGkvtsCvBctxLzAgwfL5paSM36gpq50mslLfMLWpbdQPN8uP074yttUcWeF8Zh6pWeK6ma4kkW3q36/jQQkKttRPFt2AzYJlBjWGmQHfPjiwkZuxGsiaJmbjH6hnaNPIk1uohPpfKLRdH8Iqq0Wxkf9DtniUSLDhEOlY1G25qElOpiaiQN3Ft1lt0czu6hwW1ug84m49xuqis/eyzNtzgyHbCvbfr43OCAN4rFRiknKckajc8cmDP4IHvP570DAgZhtBdrV/suh9mDY9qdTdkr7pLeW8x5RCyGdW+184budZgtskOxrLvtIxBbY235eTEjuSQ3ZblUq5Q0lA5w1vr5reXEWrVmv34PhJTpFUvXDYjPxtae28LsAd4cwrHWRIMhcdT1QNdq/UceF0zhR/rVXQdcRwVrsML0W2YBw8ooYLb/fEDRLvtovO52rVON2TgYApUrqtyruz99uOKPBhb6hWGMCo9YibxvQDBNADAY5Drl+WDXJ4vQRd3HYvA55TqCwUAti1pglqC5YgR2fWZZo+1aYGXP2+h67Y6qO0mdk9MCPtbKl0eGyYaFEgEIpEKnUOqzEuGwLCw1nC9+S7AQnHSPFGsjakTt+Y1WivOyView/kEn1OGPTB7B1xGcgh5iL4dLQ2RnZQiNy+klWiG2UhcfKbdFsOc/ETi+2elRhNRGBX5s4eGv7jT1E37NjkwafDPW2TrvpzGR5BA4wVI/zWvtHBt4AyKs9ZyifI2mrF8smRQP/W6YrMHtlZuERjdQJs9OdqSVDKgGS8c2MGxxDbhWArCjl7pKaVp1lE/1Pf7aLNd+A9IwLz+1zqLXW5pSU5s4qvMrX6gucqXVSfKLjPQjOa0rI0dOhCESPbsdOqaKOfiYgAg7KFIoRPCmdJdN5+mJNld3xF1H3RO0KEl5senMsRWjHtK1xu8WTqduhNo0Nbivm6Ni5wWhRWVJm8LbAdHWrd/Rg0WiEPrTrdu6Lau2/kanN/Sjv9q6MngaNaIyWVeHDaIW9HBxx/02WpmjiZQ+SeKKS4wGk7JJ2TC6SJtWXJwm2wvZ5mjF7mUU25asy4fhTqaK2WntHH2epVENg5BeO2qaDfISDhFJUggRIVOL5YItaEBvECOdCcx0Ron10CfU/8+M7Uumitlh7Qg+lqZ9ki3YPfA6ixIieDH73bxy5y62KLlOpyzLECv7rg09IKPTF0K0Bi9GOLOAciOiQ8hUEXr4i61p9NJ5v0KJhHcnObmEFeCtLKfDSi5JvsP7/IYWvdQB6jlqkqvkJiRPYaEOCSM94UpSJ+t0XEI/rx5Ir6xMh2AV3kboBEqBQLV7MpQQcU3n//uGkg8hJQ7GpG8GEwGkzvupjwT7vUugZIhIfKBuHYIAM8N3kuEoCalbYcPv/p/J2wh1+EmWLCcZ754eMdvJ3pU7nOJ1ZlwtBtTXK+E3TUwt7jOQiAfdQjMTvAvFNtMHF5cPJrGt0DshM9TNIm6bEDshrIa2WL+964Cbxe1A13b9YpvY3Obi0ma2iRV68YQTaDwfl3F3RuKSSjBeMD1AUA8pn2u8T5roceKx0OGMmzMv8GgFOjfz1wF3eUQF7Wr58rRTU89dUy228FwK/JZqurnciNaZxeleqcP2EbVYnGu21Jioqjc/CjoG2E52cIxsILAl8FSyCO+lW0kfTBkiP0tPuGyEPFuMh34kvmrQ6pO0Oht26+h0E3Mnxe2oizFgVKZzzgjJd613Mwps6v6ZmhEcUV/fRyRERBCJfcuwiGA181P39Nqu9VR+k6+0xcQjZ3/PGZkYd+ZEtr2zZ5vjHJ8YyfnkTfzFxQ2Gu0QXdCJJr09KHLYnJp2iue1CGQAJa0GN6KNHSbOhG73a9rBHYyRGUQ7wadv+Hdnj15xu7AHwoj0b7U2AnHwCqPZndxSV9h50sPtaV3yY5pu19XCPDseDrevXmyTJ9CCwBfVPbI9sgowjZ1fMYqqYKp2BpQlUz56tDtSwDOJfHhvCIiIPjY29aEUQ5Iz/gmRF7Gc2ZYLLrltX0z52rE7PVRztMZnWb1CkmDKyCxLDzmWLMwiXvyyu3rtZE+KR/WPE8ew7bt6KkfC2+Om8NF95r6LrS/tLC9OE/Fx/ckEAdsO7UtLud49Tcy49T8wmNjRofN8gm+e0cGXbe4nZcXG+mkD0z3M3ZdzEBJ9N8gPbzzAw7s2bdo9cUuntL0Jyzgwo42vNRczxwL5Gj+eEMMPilRkmZlHO0umqKsxYYL+hyLX1GNNHtbZCCM8K1eoGGMHe2eihszkeG6ErbDl0dxfaIgl02Hr6aTUVnzkDcc/eOwIdTLJfLFax6WlrR8LxfFyue2OqU/VfRniS4CD6tTjzWfcht+G6lSMq4EJGHNZ9v+br7r63t+5716v75+gdW17rFZDhwHgJlTAqYAdixXh/DNQ++uL1Z6685+2NgBdlR+/Ye96nrnUMJoMPJ8Qjwykr7XZNtbmBertLg+juLmYBIyiDto72Bw3LCGIUMN0Pwu5PIj3k9cQ7+2y29xOvvJWHkELAHnDPj/hEHh2aF+qcTyK+Xvzu75lkMby1NrbaMyCssfIEJpcFbKYtBukIXCzbwekQjPciy5gqpm2/XUYWfHszugfD9DPUhP6cm1thhf1bNiMcALUzhSDoNInVY62AKMtBgYOUrP6Kxa3i5zNPX5s2xsNdH/vH+5StcldRYeg0jBdGhVMKFLU5wjjIel4Hr9k3eDw0wLFu3VAApete9Y/VNXbfW6tWKsSdnRHxuPcaTYUsPg5Xc67qryPdL32R6i3jLtTnXVwCuEap5uLJsrKXjzUAz8ycGvp+EU4+Z8uW/sD+RBjJJwnMuhzEzqTQzzFtgCGOri4Ga3KXiXGrebCI0dNto3YeB0sskl1YF0VuiOt0Cy7fSoVXV5IUJpcPDEosmscvy996Tl7U6OJlFRrNe1y8Jb2qKj3ihhDRq4tSKqOEfUw1MhgSrnVzCHdK9EeqhNm32BAlOsThtlbITGeovd3BNqxCU+p4iK+aicT2waxTrxRkPYIrozmHHU1/u3IEOm5e35fUEDhlFclUkYQ5YjaieGYGjxmAIjDjNahScTQEvH4mwemMNJFIJYsk3vQGQaQRXkMZUGcgHsYf9SDvJEXIMl5HyVRkIHXoAQX9j0bwKEMQFCl7bWR5IV7fkiIy0jxEKlkE6ZY3xotlgtfIDCqUwbRY+aMc0e8hhadliHQUEwoIkHFD4PxNBX2BNht5AxeJGRlFjkcPAwKo0Z1ipvpXXADnE+lohcA+UJwYgpc81gBZ7u790NAGWUE769gJEASkT5wxt8jMAZAeFiAfcn6nEt/B9mMsBwKQf/EJHMcEoEbK09TCwtR9IkXLajB23ySIE0/w1/tSJim+6/lZE5lOviQ5pzzVkupqkrOuz2uIi/6ZS5FduCg1mxRPnDIylyujPB5RWoz8USdZxuWSZaMCik/avXtpVfgtcs97IzsfK42Wn7C6UDR3fCpM1u+Qheek5qKhQg3Fn6zfpqprUoXoyVcoGmGoR+7Uu6EZSlh/TpOFOfrDZePP0dxQ8M9v4MgpI0+URnPMRUGSd+0jo8MkvTBKkXFZx+xpd0NUTXWqbXfTjtlZXBllBH7NT58+0Ls7apu0qa4gRHbXfoyVxM/eTr7JrPpl5D+epsrt+tELUpMp//Hj/7jeq/lSe/pvIcFnAWbRGQz6LL3MVWaPirL7kAVr9jMY+9dk9c7SeDEYS4o3APLZRzu3Mhhbd3qTfSLtjTwExbjo8Vvkl/AwcsnM5QDndzxRtHPNUQ/qhlnFzLpn0qst3csmiPQzhDV/2Zptf9UElxlmCBZEabDl3mmCUYKFMKqV9ApUArRuS5yASfclbFxsufh5KckzfgHdDODfGyROqOh0VRlJl2jQJ1LEAVV2JXxHMjI2smr9GEYGMAsYFq4gH7r2N8qcIw8J+i7J3IKgKdSMThUfGuneuQNiaxhCqS2RnR1ysZpaSKjDyyZl335SQD62BXdHzWmpVMNkg+cASESdsIIdm6+Rumf46oD5wG/H8+dczip9Xu7HprH9yue+rMtz8hM42Vya9GpvxsvPt2i34BfjaLjFeMRB9mXG3hnbzZMNbKw99Zit1r9twVLYcJxRwhhaBssWrKj1t/WlptqPiU3z25Yh+vm6sGyob968Ut+4uFiz5kFK7KodHL1+B2dVbMqDS1gvlIrMTsmZQddkxsdnambQc3Ql7FjsJfr9qk3tO9ht7Pb692+gCvYf+3sM6wI0GnqKDT37/2Ar0BvmZ/EazQyGLqcYODG4KFTO+WOfTb+OVW7K0tv2/cGRo1G4GA7MStUNOJGLh3glo1QIrbnGr2kAOUrey997lDLQ5FtbrcUZMHCQ0O9PReTYGnwzHsA9USs9iYWvSVzBCk6Dvb5SILM2/iMr2WiVMRDiCB3BQgC8acHBg4nhYwbMqbY+bV9r66FZdqyKrGppUVGULa1KsnK3t4QibW2xfI8Cd7mQGd0sGHpmPv9fpqy3sJ7Kw/CCCaR5qnUCJEfeVivJypbWqX6IVe1+LcWNwXBkC/e/Dyz6PGO4kGAYtef/5zM5ktjcSxdOY0Lh9F78UcPSzH6iXbJgpvbXEk1t4ERUBsusnd2BVWHTCapXy5IGxu3nCreHKbuVQ0+ftkrRv+SHbS88Zx8fyDyFr4i5+CxCFn9jgIwl75ga5ocGh4TyBaEhwaGB/MStU8BPJHH91ZUdyc3iIy+CwubNu4qltYz0xFydNz8sSPVHRvuR5+v+qEjgDErNUYeF06OlBr1YRHcyQTBNNxbxXW1hMWP4ELVeMVlZMfsUJOx/u5pvi9MYE1oSnBtny5NiG4vq2eJJZdk2uV54l419qjU+eE/+LS+8+78aSKJ1ApXAsocaE8E39234OtiC8xQwlEfv2CyW5tjEzHCykxyemRjbPGvmmzIvl1sB2OgCqWCnqayNU2+f+hwL0wOmslq+5TQKEuObt+kiTwWxNTphtbI0NLA8pOlkA62h6vRVCZl59R1tqsJEzqLzRuZ4HAdiqzQTC0fEstVTAXdK25dp/+67Y5l9a9ZE14+Bbcqh11vpx49BP5M/Nrb6jdhV8iyicrAgwgD6anLt9etr151DElfe8PDvvxPdNQRvP337sdEc4o43m+HEwBu0nu45qmUHCZ0O3voUHivjM+GHlavKlFGRfpGZjUkjepDc8K5vc9TkRx8Kq1hZXTMMmUi7JM8gFhlYNxQoJVWA7IghqPpHUJ2F/GwCt3E4TcDMmVt8tKCim9ELCluWUzNyEx8jdyW4kdyJ8mr5H/xcmubjzsaiDF+1bw4AqzI0gZpQOrF51EMs7cG6glGasAJNXBka24jGW6Ohu0pd6SC914czXE3Ok6YiM3tb1O60jsoPjAs7h5TXsSRrrSbcKfP+40mif9pSzEBVJZFZrPzOh53jpS1K0j37OD2jCO7yZAGwgMj7YYupACB7tJA99a6uiBrsOWhpqVEQS5oCjCqVMeDxvHAuuZatLfVwn6Gd8aftWNuN6zfcPT755mDy2ogIscA/3S1jjRRQU6wsrHQhpPsbeMmUJ4cZ9mU+2G2bV2XSop0qY0DJhnXd5HQEg9iidPLSdeHh1dXynJWkuNt7MtQF90nE+wUSm92deLXK8KlUuVzgE050P2a7ckV1pFp/l+i18YiqGTHCW7BcJekP7FdnrD/m3jBifY/dHdwwX67ZjIh6oo2/1fMUiSz3gsiAiI9PLn1Qsi0WIwAEAR4dANC7LFKICt/Zh89UhIZ4xgtKAvenxKhyXznYjlr7vwHMU79kIgjCX6EZ5C1b9vBWunD5xsjoAl+pQf/fIjebzW3RnZKSnw6n8qas/7y33R5Zb76zEE+a1wrN1u8zdz+7dT5tl++xzQKNp6A12R9xabypZ/ui0ujPJV2+BUlN28Q8evOiRVR3ISqMBDaWcTyQiWtvPxbuVU+Aid1W8mDpyY8jAi48IO6sxLNx1Mt6IxYnaCM3Lk8X3nrY8hh4g5pWQa4n6u9GWLQSxlOtKrtlTV0qjjyyVEy9x+tFH9kEjC0aKx+ZmLhQHnmuEOh4yHq0eGlJ4tOh0kilkg4eeppYIo2nIZjrBiH4pYyUX7gYHymPcJMCXuxdm+R1dPRrie1uLE8Qrk4Mn5nOYKqYjALbZpTizSqY102HhP0XTeyswKz5C9xQJttozHxggWM8nXuTjqGiK2fMfT6lcWPPXDKzJKfAkMHpBotEeNMvZxGtqYKtcZt6PmMuXclQ6YBQ06PkkgsLm2ugQGQeWFuz/SAmiGBmbWFRCjgII5lZiyKclJ3V4eLi1Vm2+XZI6NX5kaKZUsUSIfOEna1Fd7tJLiQXLxsZGgOn10q8X+BHLygjDTY6YXvzs/eLSS2jgGmRW1md5Hp6+Oz8fpox7K7qYMvpHlQx6pj7CMop3N+9c2eMtan1ItyNWi2iOtG9MT1PJavAa/P/039icQ9fQ4Za+UnlIhfre6OxgkhahNeqMjKoHPhvtudsG4aNuaJAnQhUUTDhagB0P1UZiYGaUXJK4ns1bGqYYWTUka3TKkid6sOsc0+VIfHFzEnSIA+hQnxCemNyMjebSNJKJN+QFE4mZSpPqI5X4+63529H7jbUma12Rd0+P7VLXRLZNXXcELWrbXdkwdvd6uI05AS3+d2z8lXc7sOSxaEOx6pZbR2npnSIEL2biNUuFOoDrjWAAbwzXQCyL8JHWPajp7DwYv9gXlxI6KQWptklODwYp94d8Um4Mxc6yIJOOr5cOOT09CC9MVyK8SSzgGeET2VZhQgXpYkXEl7b7worx7VNdh7we6m3phbKIb+gL/04af4iLQK/fcrzqv/4m/c/q5qygtKzHBcf8nXfd3cYYwKbG6uRm82n1hY8KPS68ffps23agUZQbDr1HY5omJPmamjM2HS6QRNaXEInmSW+ixGZRDFe+2k9ca6VHJ6VbAvfkXtp/Pk/udrp0NTTZG2i4rDJS9SST6eGHlbJ/ef5+KXc8B3JNr6G7votTEtZrxiPbXBjZGZ6FVEXd1K+ZucaKfLaj2W4AXj2NiC4Rpf2NnEUmthBDoQJSNTjO87zDzorxzztr3J+EqHB2kBI4vlGhpYPajNYqeNyx7vzt3I3VqxicPT9EI+18HtpvIuojZtiuYdN1MYib802+HzTt+cH/1fFTPC71gboHGKQwY/OIfzRYwW8HPvMD//uYa9hFRvF3y0PsIrTuNjq8gn57kH4g5BzyMZwtsnP/o3zzvTESn8E6gxfXwPdj/PHH2usUH/Ak7aUz6dfAwTCPVrZXR7/kZ/3EhwQbW0g6q26lhAjtUu4tW/A75qVWuoTpLfQ2cQ/uk8tk2Of0XHvHvXqV3EwKIIgPdBHxW1stLqeJd/r7b0aslH2dvng33ivLE9MDlBpZ74fnY3WvptJB2ieG1B0pURpjE3Cq3mN19aHbbuODJp7m6765QAt9Q06KofwoVBpBeb5uWlQsxC/yivLEyv54aT1FJ/jLgC0QYnLpGntwf8Sc/MTKKWufhoNVnM8O5Phdt6VruaH4BBJYq4hcfmenprV03ZtvGw/pf/O2is89QdXKoWp8vNweWE822gW+NRIXCaNnYdI7aukK5mlVKgsne+Ote3W05yaVND9xw+D9EdG58EF9Al4SQ8UP4xcMtkZtLGR6OEA9rUsmG0pPG7fiu5Aiun0/4RFWdYfHi4qVuLqeMUZ6iZtmazs2RHVQ3V1gYWFG1Msw9fhL7q792LJsTHX0JUVF3T5QnwAIcdbG3fuN35Wlk3SchkZCBUpNnMUuOJmYcBvQCD921GHIJ8KOCzenURbOfdP5doPn3rx9f4f/owv3RSar9QUr5jvVyhnh7vgSFgMBsGAS4DQAuH3Gu0V6QE/qpnpDKvf1fzS2tywNP+qn5WRzlT/GED/kZXPSX77lg6UuzZIGDqGWTtLZOvqlLBB7NAEsVPEOPB5sSbJngSxzw/QPfnQfAOrwOIsnTfnY6QidhUWkUZj9YgGwUnXfoVIJIH/E33mOlNmYCZr7nxWNiu7KCPXS5Y5Sxh3/e2XLkRIZ8ISgh9sT4DzLPjVfV82nsj7da2K2Bi/jJcoCNrk1l0YA01qBjNuDRTGdLttiouZzVvWHJ9OPP9HQFixK+nLH+8LhZrZuWkZRexsdvaC+dmsrEDTlAbFUalyKuBpVFkSQuOgIgQ82ahIS8VzuQQEJXBolbFUPI0mR1ECjSYnT9fY+rZs8RptISvyxODa7qD8J49TnqU8fjI/s91rB09EsrSFaxaXcbN+fhmmP/zpvXufHg7Tv/w5S/OfPaDqjLirC3vv3JEdNOSeI+fuFbscrDoT+yIM8frp6NYD4+sXtD1KTOREVwqo4qAyiSSkAoFyvjghJ+LfhQs/WqefG7K2OYsl8B4dMcgDsizNQqHF7K+Ry48/jRPmBB7pDs/dnFwYG7M9j5uOgBTDlLFPZv+xE6Fh9h6fXQTG3pVJ27VjnfPm/Tz2eV1LGkYz96gZ+5cL7dm//yyuutPHP1lnZhR7iNWXT5dHEEmUJ19TP1s6H8nXd3x6yNpbPZ4jPZI/f+l1pxsWg/x69ro+KCUyRVLsqTu5M+PG8A1exw6Ii7brdIqH1PTE/0oIHOC5NdOe9LwuiThLJbEHbGaBRNyDlEElW3EnLTlsebUFHy3LPp81FsOxoB1IqFZg+aHJmK/hMCctlZl3lkrqAQfbQM4mK7CqOJyC2ujqKyOrJ4vBW23LOnbggD3LtmCBLdu2ZEmBUTlTopqpKigAvCPMkPfU0+CnNmEsUN2KjGUXeG6SBfPd1rwDB8Ru4vkLJHhZHkTPa1L3PZ/6O024ezcFMnjKkL2r4UqcDDvFb5p67mpn/ZtskMj6f5Mi2wJTy82UCSYpOsqqbwYsRI1tv/eRrGv1fjebx9dnQ1nqrYnOjvJve8wRv6Ne/HNlBnVua7Q8TGDh03YxwsZOzeoTHwRffe8d4akIcTmTrL13Yf2QDzVU4F345+2pjl1ptxP+NMZPrjVgAgO/DGE1iMWNrIhIzcLKcvLw7dSO3eO3J1W+vlW+jAIGho256uVOKlNxCtiiKhzDSEcZHwjDncYnk85COpk0fvQHHG6gUYacw7R18NkP60mlyjENh9NTEw/IjpvpAtQzyzSameVqv/UhDz4eVnz44NBij7DFfH5jmDKtOY8mlm4dc3RaY40VgHgiCxEXWNipDUmxuZkF7lKvokJ1cpbF171voIzxNpBIcPIA85YMDIHv5nmCy1p8HQGVs6MFuHm4DJHWW99N6NUeCM+I6dd630xjzWP0lZSQfAJ0tBw/eoL+1L6FwsxMiuw7tUXofsc+XYAPqfRk9zHmsdJuar37M2LCezn7x/GuuCRU+fZ5hIxEKmalpIgIiSQiz9+KT6EknCt+fD+nV0Lo1mu9RRm4eThBtJyNEurwvcB+jim4+6z62d0CULEiqyNZqpJS1X0S6f6S/eL7HohPn0LIMaIYyTYJgO27sAVZSZckNc2QaScAe3AxwZDXj8NyYzhF7EzawtQep4XFrVu8jrtihXiW/RPDNnQGnD7FPeRjccvPSv0NMj96Ibd1xY4duhkQJSWoBd0x+ltOYA7roMXTpt9eBYpDujbn1ZQhKPIkMrrMb63t/0si9lvFWt0nE0v+ArEWBumSVz18b3IKNVK/Ce04PPdcbGwsUK6trUBH0vrdNLC2p3czum3i8zm7O6Y+22QblqDItumzqY7dOeeTu9/7nrDK6PKszHqCfMt89M7jVoYVYqsmTXy6QSr5rMvF+GJr4344alolS0A8jjn6Q1wt1hfDvZ2nIECTtNf3DMvWOFj63XqWY83ae2+09xvh2j8aKqVTzOkIdXiY68tTjNCp3Dc/vH/wYU19m8WHCDtrqtKLb5QrsMPDATQq6/QwViE38r2U1Bt7WR9Lm3XNhwfvf3jDWZJLu64wqenJsLEcWsLca1oP277bAdeRHVpcMyCR6LA0Eu6ssOV9ab3TyzcsZv/+U/e21gpw/1dW+927j0lpDNmkZuhHrup6JWmi4OUv8px1vxvE+gnjhg296YwFpPd0r4yZcyiUaTlsAhk8HGwTDCPDTgChdiiHs1tNRrnc9sgvLWjtoi195hwPtf+VOStOHx96kvZFuddr1zmn0e3PY2W0Y8PnG6pSo36VIPReqd/RQ+fDVTNIwmolFY7CawowiLsSYOBi9KFjfqWBR0XcReRzLumzyzIzCfvGZ8nXS7H5NAQQ+59DNj6FOAxGpFCKJsItNodSkMDxlbjSoSvqUW531a7tsXE3UI6Ny6+t7eq95iZ1u9YrZf/n2NBLVU6PSGGsK2mAHonEPh/7L7eA9j03u7Bv8rw4ms0zvNHMj9TEzso+79G/67VjoHNtRmJiCtmWkMfdlbEzZ2FsY+dnWnm78ngJNufit6g+NIECMCoB1WNZy14dmL7dbMvmTJZdF7o1PK9i3Xt8eDj+/bqKvPAfNxBWEp+XF/+Udavxdnp1G7y9npIN6WyGSSE1MjDWHyItkT9YMUaGVMkwsknu4aLupD1v1cTgr1potzcfs+6OiNgFm48120nL8WHXn9twt3Iw6vYB74kdmhP/D80gpNeakmHKzTXXpqSYzf4UpowUSQm7FABaWrKzkK2JrKxpy4aBwEKgPZ0X3AgskaTUBj+OKUWHmo5GVEaIqBFOsxK+D/R83paJ9PTlPBkfv1AeWPxdYPH7pOPOnJ7+Ghcfg+5I/kvDy4TbxzUPn9+1iYJlTR/ll9y7HvH5i5bWFWNry2aoM4c0X/56V7NhM2rxSPl647vbuc4ZYyv0cj/d7JyuupW7G2yCg23pa/3DwjiZTKPB4ePj8TiJt0PjVCkL+eQmepFuMltEbyLz9zeh0oUf6RGoT+whKuKwRe1bfhE2TkHccyLVpOdIuPrSybKyRy81mpeP/BmfvARZn/ySU65FtNm/NP3+4AXGQPzwf5qsVCIeDvhtgj0UmS1eN38WYS1cvtKHLEpXyaMOvG4I9Ih7M2hiUuH3yTHEQCS+QoaHm7s02/P8yGu/m7ivn5z8sm74ynRlvQGZt+IVJDnQhzQUuL5uXYhpLznu38U84W/3F8+pEv8TzAL/qb7F8xabEH8vBpPnH4B1ZXgFPOtdfJN/ge03ssCLRbqTayi58m1UolZnuA/jQSkAph/1Odz+1Q06mrOyzga1AbM5GyIg14wt5hb3zf1mM5l1x5vM0wMr1rtYuJjfh0zIpRuerL7/yOLPPzniCQCVLYvW+bzxrdu375sXkx+v7Z5LJGTzVDvy8vYrFGI1tvzi+PiTHP0mF5hcb7tuO43a/Sxhl3E+l/8t+vYDy3OcVPvq3kkc+2ley6YxzPMSBfTpwsAEU8X0eHRUR167bt1Sim75CZRhZNivInpiuY5KfDCLssavnVmw5DKdf4xYovSXfPbIY6cGTDZbITjdCq/jdO1eMqTd/ZFcLq2SWttblAHz14wt5vIpxHzE23kPmiDO5SUQWWOVDAzI5eFJYprUTa9SM8UaKEZBACey6vowkO5kKQ3isPDK7VcHRgcARrJOpkM2WadadcRXE6kNE0dTAE0ynLaBq23MdPJQgEdKw7Q5M0fb8AowoCKDmqVhzZ4dCE+i2pBAwMdUMxiefHlC1+0Kc3QBCqjS8bGA+kPuGr81uR/UW1EEKZ1RQbS54naXPIHvyWDEVOMJCQaW2kihQ8NSS53twZNjXL9eEfnkSWTBgxfImwfta9wKCtzWtD94g7x4cCScqSjhcqbnqNxWdEKBRC3J0imhbCb9fah3b9P9wAl4U5ebU3+Sg81JjpYF3On/vvw++z689bwngHM5U7naD0PK4Wv5s+0tcpZzK6NPZM3+LCd6FlFG0HDuKuE9wyWyT05ODAPm+OBKiaoqNCEO1xjZ8Y3Ty+Hi4nHutISJONB4aiBMODdFfRKTmnipURP2eHPVms291anzg6+dHpCUQYfeOQiyf/s9cATk8zxmmP196YacS+PPf0l7nBUrSsrPS8YSMACIhwn9Oz3IEhQmtASlB5mEfpN17NRsC5fRx5ic6cNhfphKS7QRw0ilLxPrvtvcZlYWQDIGcsQ9FIFKQLGtsaxvmpH99Ox6HcxB83REdC8MAK+MJ2nuoW1oACTYSBfSDpYDYpqyzfkhNJozNnOs/OLE+JOcwndQ3uXpdynaVwWiu8Mx/APTvj2JcbuSMD1nW+ZhbFpUuvr+hKEyQF+lYeJ+3J+WFvuwzfTQTR/m1S/IBT8EAUAQv1yIonkPa75Kv3vG5+mTliXl6hPY7ysEav2kzGVMPp29hMEIhPUjzuruQcn7uqeyVIs8Vtl/+7IxUJkOEUiETqFEYF++Vh2+ieAkNOHtC5xkUOZy6HYGBosUCVSCeh3E/mwMDpkpkAhmpAJzngIEg3QIlIIFMVqcG56ztCC9h0PYIjuHYFGdQnDIS5azrsC4BH8DdsWtwrkQYImxYB0HwbvJzsn24Tk96QXrOXhX/CrGoMcFW7+TSnDxMuGb8IXyfXgEg1zDyjGAQCG+GV+IY+Cpzv6+JyhWhp1ZnDVzZtaTm6kdkI5OuycOh8tQ8ftlBxaNEiz4QvkWQiLT1zeKJv/JDoyaZSr2nj1eW8204vqSmJi+/PxDxGKaqf2PqVvfevBwVH1EeriqvVzvo/cuds1ykbMVHLOZo2DLXbJci72fn8nl7arw9Ag9Fdz0z2JjM2Z5yDxkxIyWc+cKCubMuZlBkqEyj1kZNTWRNyzoTGgmuWRnb7E2r0EtMyAZM8yDSHhODZLuqzKfknIiXYxvxm/YuXODXxsjnWlhpjOEwwKpYLhzSYGZjvyyhNdNChFgkZGR2RVIPtDveztH/Ah1eAvFJS2copzmGZVkKyDplkyE5BGVztcIFR/Rxq6cqZGDnpSetD+DM2LFlebag9u5mm/Dth+sbbbZaPYAm8129t1jPbZEBwhADmQEmsjs2TrKygi+bGT7KfyUxbPu3VW7gXkqBDScmlevqjkaCEktBHBTh6fMKlb4KejZAACgHS7IN2qGz9iwGE+gchA0D1aGPB0NWanHIDQqNQ+75G83dZ5SSUdlPT1GU8/61zuPeH/njdbFc8xo+8024xU2L1io7EdY9a2Wef8G0VfeAsfnCTjb1b+Ul+WUlf8ygvXEZV+//9+qudFmjqJGAea8vtf9/e6O2rwRzogz2Antc9n4qsX58/Pz9X59N64dn/rt1xUr8rH411Xzzr/u2xXo4JocVeYvyFcePaI0zDEojooe6A7ShLvfpZSRm/IUbtTT1gZ/MlQEaHDRFADygpAYFllpSDcgSJMIFZrjo4WaKPshnRZ5aJ0DlnqHG4LS/fv6/DOEQsIebzc3yDmi9d33epru60uffr3Pt2GyASScYDGLxY0N4m9FHAzyR2FtSmIIvGRpCMKFSgb1cp+mXOdoyneBG114EqwALRYuYKwVZjhbMvyFo85Ltmhb1n1L2v7J5bBUMGg/eeXVNAY+EJiwE95iq6Y26vGfQ6hq9s+TuWUrDGwMDbvG7Sv6zD3+csqX81R5LMZGf71/Qbu2BPapYOl5LBWDjWrNYWgnJ2cHSkV80hFSwEVqA9BPuC4iezCI8V7tZYe8RDa7IsrcdHQTuWQuiGqsPzywWJa7u7lmGGNilZ9Ufk51eWc0VpA8ruO1qpiY5vE7xF4GJfs0SZY52f/YwsNd120kh4fZTyCYr4b6yDQI6JV4GLzs9vWZ9ol4sn0tKffxjdVqYyOez2adVnYZpl0F5vDwknXrVWcrl7tiWfJclhFwGvH+BwgZ9UG0LuOSFW25MnxbG5/HILrMV0nfu4CowXqnsG9ajOq4PyDa3BX2O/71hIG2YRjGP7nlRbg/9++/l7UjBaY6iy0eCOlGZbc4dP9LTogTvYOit1PfPYKzXevF67cdWptdKpNf/6S5NNgmWVKohRO/pfloKz2s1BIkc/16Rq6Pd8FVCFHMq5eHuSJFDe35AefPf4OnrfNcrl0WlaK6d5qEYBBv17/L2J/csMPM5CSZ7Nq1NcdmzOCU7dsnQ+Rp2V64VaEKSQ8DQu+vh2F31bpXWVWVXa8AelTuZOgpOwA3EhRkwCDLIWH/sJGdGZg1fz4+6ysH+/ytwX9mR3jnw/bswMiamnjV/7/FSEKTlKlffx2j4POUKrK/KCK8Qm+oxmPb6Bg87UtPhqpqXqG2fEZWfmZdLKtkfrtfJsNvKyPwaBjzNEDpbI/0hfVhxYgieM3796rqsER5agYgTJv/4p9prF3FN7k/N3/66avQV+5EzT9z68HzeVZvTbO5O4be5ppeIJgr3Y73+gsxgmX0yBExoTlgdQ1tvqHd924uD8Ip648G9v8cQVmC+D5aXhx+qqBgTKgumZF55HCoMYePEBL5tZuf35rLRbiGZmq8C9de3dWQ0vlpOCLxZ6bKzwxIgQKiKYIj0PF7+2quoWO3SLS7g2tYvfrV/xqNnnvrtkh0+5aBq9G8+n11qaueqUXqKZM25uYmb5RINyb53o3Jkk1Ascbdl1KK7PV8QGcvo7C/daiQEZ31tvXZNL1Mn6fXq3a45eWV5alekFWqlpNXdrZ8o/ILd+xouXKpRaVasV7DOiG5hr/7B1p0U7p5028vqPxdQyLcrOrqTjaF1axyMxV+WbjKbTGLuoMgTGJlGBmd9pmWc8QM1Slj9W6TcgruSQbfiXb48cKJcVlHoHiHbCtr6dBqraYPHorruo5pS4kY1IlF5FF4VZcvlxSXDBQVoxI58GxR3rBMFhdl10YHLCLqpNdFB5zwF0AEOl6U8El5DXBvW4y7edzdxuk1tbRWuo4J9fxvaOgHmucPY+w/z5Xt6f9R83YbLbe5MN02Ys3ZMKZT5kQ010XMTkkNn70WTGHeyoCijupH5HCePuHkREZwc0adm4iM2548tSNuVJFS/RQ2z44A/mDj+cDzXHWGXK4yBTACTCq5Qq128i+oP4kLfKfDMXj2+RNSC/K4xuaGJHMirNuZExl3ovJhGYi/QIYQf3JiB3Uo47v5hScpksFblQcWCFV6ZEZV7AYJxRIJI9aUnnAuwdXEWt4fi1kbCNRzVAi0LGfqNgd6G+oXOjY46vccmkdtpi6O6pm+uZuI3/l4hJLjLQMaHytzZakXtRmlLaGiS2jk8Mxab1E+NnCTVe070BxPDvPMr8H7ExRtpSWltKqCEICv8TKELbxsXJDOJXFFz9CKobda8vK8pICVPzRMt832jO0J+wsLU1IKM3Jza80pMl+UkU4xZYiNGa0hdWP5RWtru6S/TrfC6H7kiQFeuF9BSmFhP7svbiNGPRiZZqU7nHWivmmaKURiVEhjHFfUMwNhg/tQ4NCzHwvKSPgQPsJDnz1zmGnscuzbm1mWTNFq1Iwu2LfP0QqoioLJaf56X8s8lP125EktkmLZYKyVdF81OakqI02ySDqzpHSov50UIcPI4I4E5bCGB1995bOBUeT/hX8RYwO5eEJLN51gPmtdEvw9rXnpAemsmXUBE153RbSsvH1Lolpw67ZfS0T6npcJqJvJEnlVyfS6OlcUkKeTNTfn53ezki3VCnmhgsd1mkkNdIAxSy/XbbbPhljlCtulh3/++l8VcYY9Ns5+CF/1+5u/l5C2cB92zp5d9Dl3y2OJzocQj5V5P/W2k898ZvAZNQp2KBbmnjYE5VtW1+Ltjj0LUOv3HRDdax2UqG5oumA+ZU1iPIUSn+jN+VEodJgikNZejUgm+GywfME3Ekjwv7DEKQKZ6J+zCiVCwcIUzKrIlEsKX1IUP+E228FHt/sSYY5cH1lFG8nr/ZpMvpm8LmXd/r7MIE3QdYNHddXsZYrgFSuWbVCbYjZQ8in5hGqK55WVvt1RjVKRm25W1M6ohV5IATmdkhHV+P//nl/Vp++68OLFim2R8yMXYHct9NoRNTsKJqYtwyG16/BNnNPYa8iynox5pOukeRlzAWLAfnk4TRlLa0iejJQQZQ5L5V+We3/pLb8szLCwN4F0mMHL6GQdxWKfgwRK4aRMxiwQJ+MZZNB0GLF+ehTDfggP1jUxGCXsjKik+V0urnjbB3cf7iRSQtK3TOfhRYcGDUsypIwuI4OOG2MeyZEFHwUJjQRHysLHFXoz2cLA5i0vNac85VmKuyLV+Q4c6UrrBc8E630fWrVth1e9hw+Jh1Di2u1K6/oilrY9gAHJizNqEloSnIpT1hn2g6wnOooXY+PU+o88a48V2R4bgPa6fWqscYVtac3DeKy+Yw2eZfa0Kn+Wu/zJnG2eOc3S05JpW5ZtceP9/qw3Lha7iqef5hMbsuo7V7DUjBlpotW5aZdLtqbMiinkIlS198hdz2+fT90Nf57nCBWoauksl838xtzUlSKG2C8iRqVvmCWLDS0mZ0RuffuWHuW4kRN2ZdnRiCfzKgLL8Wbzp933IjizaUnu2jRtPM33RfymKUo28EWNhTaBVBCkoxjjCsoqLKTqlnkUGb4ZT+H9rCzJgTxLhYwKlLwIWqVNfDk42Ya3yKPIU7MIuFBheVIWT1UXKDoplpotZF/uD9R8Ho3P4/JsjynM+GZ/+22HMZrH8X7jxrBrPdoYYRDiJLOEIFdGX/N/OwZsWnCVK3x4cZ2HQjJJaVX0rNLWmMXDVoWCGAgZpO6ytWu27XWBWJIUOxwc97E2WWWpCxbAlMMWhUT8/UgU9kpCCNdiwUq7z9IiXtiJFYCNkwtx65mzDBk15+8H0j3kSYRb/x2a2G1rG4I5hrC/HYIAho3BAQoPJyhQHRGjNYzocF7VF2zXAO1QDqJ22DLuLB+ra3d+c0fTOyTn0Cn9lL7KskLf8zk5iqfI5h3LnMg+n91onfIpbNm5vOjzvbcYzncDaWxRPoXNO5G5xXJZjuI7ZESmvVU9tIM5AGqSwvIHdQ/KR+8X9WWnIOegUD2znkodAkKwhxCMypsG4AzwrjlavtNMjJrzDLINC+psACDdRdFTPuuoSC8eyJOycsLvUapu8m+Ufw/FfX0eWlP4B7A7UvxcsUuLomMopjDUiSNwneGCs4l+Sh/2fNSMdmvhtGE/xD/5yXo6j7In1HScFqQylTf+m4KBhWLnyME9WrPthrEnvdy2nqtpW3cpv05Q0h+nP+vgdCtdtbmt1uBE62Qwu1V7MWkvxbyJymE9FWP+/iuTJrHVdnJ4VmJss8Xcz+53HybNsYlZ4WSvtNNsMumc7it58OJLL0Uvfor0HNfBAn7kFn/b2to5RuMdjJLLAhAMwkADyEF6Xbxf+V0FvdyhHyaKerlNJCOXpjsvj8M2ECWXsRAMQk8TmQOWTRvzrrQpozTlJZZCk+ThL6KfXhQeWVos/5RaWjeNUS/txdJwltZTvi6W7jN23xdbjt6x32LstjuaWTO99EE3kpJo6z6TELtO/OUn2CXXxSbUPAGLmHv//okH95F2xrGvbT7s95MfI70UcuL+fRDn/RPik+Alw6hE7w/49L4TqbC5iT6hFdh4y7vtPtveN8Hsqj8Xc06o++XXnNuptx2eEx+nfQxbfsl5mPoQQ5GQwgj5rX23xAwtehzkJYU8r7iRRR9LINH+W0iAdwWX80J9EnNj29zrc2CElyzBJ8Q7vc3bfLY/eAVMLxqQdSy7sMqcZjalmV7KlWvR+Tk5I5gtfWUfF7xxPcAt7PRk4UaB+HIlzyDFPE0DrzLy6Ge5gbFxvzo8+vpf94nWxmnzOhBfEsQAUwxCNVXk+TE+25NEd6VBSho3VA7mJS3f9OWRtJm//PmZbT41FtXfCzKCP2g94lXSybllae7gSGh3LoxQaE4aZeTCHZqE09FsucXpLPE6Yh3kR2gJTV3fYBqavuwzrVu0AnHAHz/PUinOkWGaBOtJReRYJ1aOUD2xEtrwiJNCPYsaUatAu6X1DNvXBaa3+AIba3ULi2/5xytoPyUksaD55tVIL0bDmo/0XR9WfVjVpf9oTQMj0vPmtWZVaAhlv1dQyz+ehX+6Ant729V3lKOuB1a7bAzwAGdvuOp+V5ijjH+55XHgnl1mPZ3/6HTpr8lLC/MWEapaUK1KJO+6JXoR1Ix4SdD15iPmsltexlffNKx5ZHb8htG9v9U+ImGYsmBHDL9n2l/hNOSPLdrpTtV03YvnZdQ4yBXw1CvFDEPtdIcasFeD51Xfvs2SM2XMykqm3F+WleUf4E7IAIOQAeEIYIAXDBCqKEuXKIjJzs6/lp9kMGRrYwS+TyDQare7S0o05Guza5KK+TfombNvzjoCHVVsHGgM2MUt1cJy/asS1f7PrCg+AwBXWMbICMpcOZMXNoA9ExevGBIUNzeQPTc2KNT/BW7Xddp2fEoxGCFxcS2BbgJ6quvUs32pERFoBNt0+kpuWBQc+X4Gsd1Q8/865C2LLhBU6enxwZEZvCTfgx6pS4/x1s44sPebG7OLMxv/+XWM4ra4bkn2/jONXTt+TGQ7xjwpbyaUwicFBPn27p7u7nfUHXRghn4LOByYPm5aYGTEa5RflzT7c7b5kKhJ0lumFXxM9//Hk09fWmtGJp/NC07OjlhY2UfwjYjwJfRVLoz45p4f7AX1tFTdkvnEP6hS4Okp1/R5blxpV+FstKjHwJsXJwWDcLJ3pqAGh+xIgHFv3ZNSUnt+dWki4VZ+CcERal6iH+0MubPV9dklmQ3//vJtZ+PMJVmdDTt2/LBhdCIfPwNArDdEAMy96Qdh6ldGFVPJ2KxkKJnmvhYsBYgQ2LV9EbT09RUYFxpr+5YEn+T97X+H1j7HBJOaiOnHUkVOClPFfKRj9KT5kRSGridb9+g/t4juCRK2nEApdArNF9kypAMm6U6lGG/2i4HTUJjXJcnORioQoAKKUiupWVnGMtIq1IyuqqzeKZP1sR1e3gCwi2KXpWmze95adi0d3GuU7ZCIxdxqLpvtijkCWj+UYJPX7lOqcuLlOkcdCBtzsT7qWJDwAu8Chz3EGwoKKitzzOHWcJ494xhoI9wRNvvC7125b9547YqZ2RI/gGxsibbI6/eTssFPkSwKGjNnsSQfkYh1F/rMvYtfbqtlvfNSb+i+nqaChH068NPaGRJB5Tf5tZfikJ8yy0YnxkfKjY/cTI/KR9aTj5b9lBV3qbHRcJdoXVD7pQVzZllXyPGk0jKG30OLxlImR70bO0nBRlNRL6ylx7Yt3ehwMNtESqXIaYoWxSalyMLWmSfsjju1bZDxVG30wxVOv4Bh28FhS4zjUrlGzux4PofCaMfGjPItHvjQC6GD7/gPDIiyLbvXf2wJ7zU3iAtcw6gB4iREms3TYDV42jyDDi5lFjBwuHzPdWl7zlD0AaBcwZlDYz58YxBnqCWV1qgjo0xcI/2kdn4Zq9SvBkUbLJkIzZNkZIiDwE1gSDLlXiPNbvA9/3OF22h0Y8Z8K4oDNrYVwb2t46u8qJe/D8kTqyHxtoqVjS4y8Tgttga7LnVv+vhsQxwUUv0fMlUMvNicQ5bXcwihNRItRRi1xObR6SciLiGK/Do91q+LEuowXjzxziqeRL/doHcjuGIFwQgKwDUgCDUPqtdiFLKAepLshbsS3PSG7RI9t3qnmOeFoVA+jxaH2yFOPAzWyyufqylOSqLF55Z/iGrbWplpL5mFVQqnnNHq8SkFsdWu0trAk6xg3+y8BT/odLnYolmKkI9PsDQZce46LmctJ1pHXrzFW+jt/eDkyUFPTO/JS/e919vvn/qPfFSnC+Ineb5vn8O1bYF/R38ei/iig0n0r2g1Vr8jWtcS28YXSkae/WjYZwqSeYZn28tD8HNrdF6qNAeDQzrOdp2Y99K8tOib0bmpix1z5rMbMThMDnPy1Gh/RgOZ3Me4ybST30e/v6iOkC8ehHlKWtBzZL+4b8ULNvpTao3IOSfXHdqIbGf6g1j/u7+Dh7n8lJFdIqE91TyHPxElXZIR6vDaWQiGisqxdqwcpWIQZqx/8am9ufz4+Fz+3lP+xbHMbA8ZcvNrLqt2ptJ1081YYqlox6pGIbJqRyKPGHtzk9K1QmZhPU8iQ4UVPDuvQoiCoFen7Cqoy62vz30hdi/CySqK5IryIm/maHxLKuQVICgsjLB60kdCunv3TnEB17gnLojtIrQNf7KELqKguE1mbgH3cHcHFo+pH69W/DlfgiXhhMockmxhxwXtMRaId3a7a50Q3YPxTXhG9oP1VG67L7ks6FNIVVA5+WwEEHGXHEFBfkCGAJK3H48AYAlYOwxBEMJ+WXpT3jZ5p7xLAQex86kcMRU4MSDq08NF1k9mW9q3/LcTX4d/JKY/ChIpFVF14CspmZ7M8VfZuDOn3DnuVcf5a8bEv8IJL0uHivDVpyu4ezUXbMkyXh5Pv3RpHlfPLdU9PT3xoY4ZVHD+7T8Grz9LPp3ce8rdvTmva5v74Paf4pvJBHtiS3Nj80yzZc2n3ykg8pqklZqg6P/vBuYZZoUgN2YH7syvX/0abs8Yzs/uElLh9yRSmmJ5TBOZ3BqlUhH2eHPl2Tmvky0KKjbIawSxsSIiN6Ap4i5mo9rfY7LCIunq06NuOGzAsrh4ejbZ0TyvyTrxZzrqSrKp+ITGmxfH9aSVvXr6DYL5/BUw6NIbhBoXEhjxeUOoIpRKGQzgor+EwlAPA6l/rfbwaHyt/4GuXeqxKvPmnk2fMou2Nj7FxeWbC8UdqO68ltCAAgCFIvRNUURIwCdwadvyzrflLajPpZdZkJdbv60+Rzv6OHSIIgqXh2mtrgMtvjD+lwuFz0fVYx7Zs+dmwralHlotJLYl3IzKjqR267/GQ6Ox0pjx5npITp3Tst3kSRkLz2I6XMf8FvHKkw1JoK8MTgqbxzMaH+Zi8Vxtppr57oouTPzp4o7MyKgd3Ri/vX17PDqKjMh8D+4uf05cKFKjSam8pCFJL6jzxGA252xEZx6fILn8z48Ik7ZNY5uWeOja2jW33vQZMr7s/y6k+6pN1joqhnfiq0+jSuEFLHI3nRooZCYlna6oypt4rQn0aH/zlsSKSDtbP7z4k5svWltWjCX9sxXe51blDCG5as+td+oXXE4CmDCy5XYQ3S2xM7okvkr85oraOOWy5YbSllYZYWZjHGpEcajGVtmcyUdaW8rHW75MaQ75r5kaYq4Mk43xQVahMMsTi0UAoVLFa2ry/65dPF1cYiSRMESiGw7BIAiKFZ0h1dNWblEdhkPTatOemNhZXCoHADAiWVeDgdi+yEghGxe1Ew0NXTIRBgBhc7mzYmP2FGZMHzpcYF3pWUk6I8KiCIJBcG5EIoZEMpZAsYe59q/82o8kVCoCCBbrmRgr3BwcbyQXaEtsoicG8zABEO6sDWCJ6NOkSs+V9bwuhdyYUXg/KILM3mxkylaqLStp9aTT0W86wGUcDFyeJRRag9TRL55fgc4ouE8k3VdZrdzjS7ja//9/fwSDF3iXxsUtDA4JSkn+psnyT03jp0qFFAFvPIFCInnSQ3auRwBsxVu3iepd7uRV6hGQSKXLM2Iv11lS78K1lau2+dY03DDIqzBIldxwo6HGd9uqldfupjTXncrImCOVKhFA8/Ly7rjUi7ZtLbYBAut3htA9SSQKAe8NiFSpPNdY+7el6V4KJAeHBC8MUpd6C/CYyZtDHeT99lJK/l3vIdcWbnsjCCZxFe7JW1v27ZIAoq90PkAL49aoELeTwPAKvnVcXAZ4Egb3t7TpRtNqr9VdW13trlu7FhyGTZyhZZ8UmLXMdIbdhEVf5r39PXFgDs1+lCBtL9nCnebOzrveg5m0ODErKcesC2VcDuS2BXcGYOclD4TPMNzl7lnkPxiqkuj9k1kpn/d7ZxjSvx7u94NgnqrJ0NU14OZ0G9ADhqb31xorgubb9VPuK2L+WcKjyUeEs/nDtohh+4Lg2+O7tt8cy//25vZd47dvpW00LNdvTLsFke2qNYaurgNuTrcDXV2GNQloxlbjJuVZYifxrPJK7oodOIMhWXbg3O7dtSlzaq3rbXK86Y+XMbX+2j0WTxhvaf+b847Avom2ttVtKyb6Ax8eVp4lPpx8GBfk6Izfbey9eTP/1s3eje9uf5a7S7Fcviv3MxBhKW6ngfx1ldy2JwMYAvKnAwMYBFGscDx7BGgIILBcfx1QwLABEARwgAAypORV65wIFmOmD3KuD3pemz0ySOhNpPutbcCni1pXwEPbWRk0oq6sp0GNi+GYB9gEthvkxODUDXexmtE32zwYHBoMg7P7GOpWt1h7+azu7GAHvvkcod2ys7Jss4EZgDaEHU8F9Gt0MivxFGXB95kMN0vv8aHP2RSQleV22qvpPoh++3yEgNcE1NWFFGQGmr558wM10yoFsQzLiYS7Y/GfVvtJIHn3Waz589mZ7ETwmqbsc6Iqz8mqjzT5Ws61sTnLW9YySkXpJ46XlD78IkO1TPz7dOwyVfx5YEbpo4cZn/27qKS6yk2dMVuavqXmxvTVlrlP+H6ennXl5WfwIlc8frzOclMgLJPyyxqy2e98G77+R69neNK6agAGDCZspOHO290d0tqRb2XIwDtreX7Le7n3ree7O1Jvb9j8p5ap9d8LeHoyZfEOVv+uN+cr/vjQ/uGP3PNv+u2Bjo2bZ5jqw+pDXwIGvNY/Ftjf98ah11YLqoVfIkaMqzne9PUHHgOxVqAS2IRKomgaDFdMi7FZc5CMzHwD4jaChWCbyIH/hwF3Y4BxPP/zAf7FCj31vQd5pN6DvfWfsLCOiuCuONICdx88OAK0MXJ0G4rZzEHQtwmDUHG7rc9mCMCGrdvJV3tufUUPUTa1tDCqKhmtrWIzZuW2pyGeGsHOJUjzDr6axmD0Le23v/Xto9Opat6OdZ8RxAqWw+m7JD5R1RwaIk2UqBJUoSF1Bdv19bQbfY4AJc+Q3yTdulG49bsQwcYQZZMhH+K3rZll2dmkUM7BhFgBrCFzMEpF02HLrNO4HQC4HadnmQ9LbrPT/BH2SdrU/aWwaEPgRU2i28twv39U4ZH8nuSGg9+oQyFMD+MAO6wEwAxwLKYHpmjhwLuJE3D7jYjRxqgkG0BmRDLlV4MdEcIUtCNCzXoXIdhBsqkEnlx2GBo0mfWkKg/nGYQC+4Aqbd0AQhBCOQApiCujGDTALNemVKe53sSdDyMUhELlosQIGanoxhjreISU4BFy0qZJLCGHRkUapYsgWwDN7U4FHXClwveSsG47F4EMOSzbWYxQgKIGicpCsC00CGIMHtahpVhrUEJigoKWxcASj8UUyWjB+EQdLg/Fgw5Sr1l2bglHww+BBHkEdZAsAXWTlYYtsmIxD5hXlI6OfIhCDuJRA0qhXRXzBe0AQkRPDFVckslKcUSoaEnQZIPfYnCYqtXpdyTj5DalgC6VBDHAiQq1T1sgO2wzdSZokTfffQj8gOFJO5RtRCiUgujkclYAsB5IbNU1DWyoBKohAa0cKqK7UT3xTqoX7HJOVIXECcSHFi0tHeNcNPQqrSNW3eNj9xxMM7j3bv8NYdXJm2I3Aq7gk98FA0SIFlgumCtwEKy/Cx7cYLsgQPCTIVdgwB8XNiE4F+TF2V0w4A4cgcVggsBBsOQuePCB5YIAwb2ruYIUhqEeFsEsmAfm8eAaWADzoQHgF7YBv+0LgsKQHl4Hi2EuVNUp+GWhzgm0JntUmIRYlLBmLQ9lQzxEQjTArxzlAY2PjLZgZTDReFbUVVjz7YmqGHtRi8lqWPqwMvWEjkBNRJ7AoqLx99KSyqyZivJ/V+kB8dBES/j66B8TxK9p4t+C0ywvyqpu2q4fxmle1m0/zguCERTDCZKiGZbjBSBKsqJqumFatuN6fhBGcZJmeVFWddN2/TBO87Ju+3Fe9/P+/h+ACBMahFHMeJJmeVFWddN2oh/GaV5WqbSxbtuP87qf9/t91NbHXPt+3u/8CRogFFWTumFatuN6PgBCMIKyOVweXyAUiSVSTCZXKFVqjVanNxhNOEFStNlitdkdTpfb42Xc3D08vbx9fP38UWgMFocnEEkACMEImUKl0RlMFpvD5fEFQpE4kfri//jwNIBzn2UAA7SmqDk8vZwubx9fd34PNgAAAAAAIEmSJEmSFBERERERERFRVVVVVVVVVTUzMzMzMzMzI5YkSZIkSZIPAAAAAAAgSZIkSZKUJEmSJEkyMzMzMzMzM3N3d3d3d3d3Bw8AAAAAACBJkiRJkpQkSZIkSbJt27Zt27nPuh7DQFFzeHo5Xd4+vu4FAAAAAAAAkiRJkiRJERERERERERFVVVVVVVVVVTMzMzMzMzOzOgZA0RsAAAA=) format('woff2')}

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
`})),ZN=/* @__PURE__ */ n({startStandalone:()=>QN});function QN(){let e=document.createElement(`style`);e.setAttribute(`data-mm`,`primeicons`),e.textContent=YN,document.head.appendChild(e),document.documentElement.classList.add(`dark-theme`,`mm-page`);let t=document.getElementById(`model-manager-root`);t||(t=document.createElement(`div`),t.id=`model-manager-root`,document.body.appendChild(t));let n=WC(s()),r=qN(BA,n,JA(navigator.language),{standalone:!0});return r.mount(t),r}var $N=t((()=>{c(),VA(),qC(),QA(),JN(),XN()}));function eP(e){return{mode:`comfyui`,fetch:(t,n)=>e.fetchApi(t,n),on(t,n){let r=e=>n(e.detail);return e.addEventListener(t,r),()=>e.removeEventListener(t,r)},onReconnect(t){let n=()=>t();return e.addEventListener(`reconnected`,n),()=>e.removeEventListener(`reconnected`,n)}}}var tP=t((()=>{})),nP,rP,iP,aP,oP,sP,cP,lP,uP=t((()=>{W(),Ih(),Gg(),Bw(),kC(),nP={class:`mm-missing-intro`},rP={class:`mm-missing-list`},iP={class:`mm-missing-main`},aP={class:`mm-missing-name`},oP={class:`mm-missing-folder`},sP={key:0,class:`mm-missing-err`},cP={key:1,class:`mm-missing-err`},lP=/*@__PURE__*/ zr({__name:`MissingModelsDialog`,props:{store:{}},setup(e){let t=e,{t:n}=tC(),r=t.store.state,i=Ec(()=>r.items.filter(e=>e.allowed!==!1&&![`queued`,`sending`].includes(r.rows[t.store.keyOf(e)]?.state)));return(t,a)=>(I(),R(N(Bg),{visible:N(r).visible,"onUpdate:visible":a[2]||=e=>N(r).visible=e,header:N(n)(`modelManager.missing.title`),modal:``,class:`mm-dialog mm-missing`,style:{width:`36rem`,maxWidth:`95vw`},"data-testid":`missing-dialog`},{footer:P(()=>[U(N(Nh),{label:N(n)(`modelManager.common.close`),severity:`secondary`,text:``,onClick:a[0]||=e=>N(r).visible=!1},null,8,[`label`]),U(N(Nh),{icon:`pi pi-download`,label:N(n)(`modelManager.missing.downloadAll`),disabled:i.value.length===0,"data-testid":`missing-download-all`,onClick:a[1]||=t=>e.store.downloadAll()},null,8,[`label`,`disabled`])]),default:P(()=>[z(`p`,nP,j(N(n)(`modelManager.missing.intro`,{n:N(r).items.length},N(r).items.length)),1),z(`ul`,rP,[(I(!0),L(H,null,_i(N(r).items,t=>(I(),L(`li`,{key:e.store.keyOf(t),class:`mm-missing-row`,"data-testid":`missing-row`},[z(`div`,iP,[z(`div`,aP,j(t.name),1),z(`div`,oP,[a[3]||=z(`i`,{class:`pi pi-folder`},null,-1),Ka(` `+j(t.directory),1)]),t.allowed===!1?(I(),L(`div`,sP,j(N(n)(`modelManager.missing.notAllowed`,{reason:t.reason??``})),1)):B(``,!0),N(r).rows[e.store.keyOf(t)]?.state===`error`?(I(),L(`div`,cP,j(N(r).rows[e.store.keyOf(t)]?.error),1)):B(``,!0)]),N(r).rows[e.store.keyOf(t)]?.state===`queued`?(I(),R(N(Rw),{key:0,severity:`success`,value:N(n)(`modelManager.missing.queued`)},null,8,[`value`])):(I(),R(N(Nh),{key:1,icon:`pi pi-download`,label:N(n)(`modelManager.missing.download`),size:`small`,disabled:t.allowed===!1,loading:N(r).rows[e.store.keyOf(t)]?.state===`sending`,"data-testid":`missing-download`,onClick:n=>e.store.download(t)},null,8,[`label`,`disabled`,`loading`,`onClick`]))]))),128))])]),_:1},8,[`visible`,`header`]))}})})),dP=t((()=>{})),fP,pP=t((()=>{uP(),uP(),dP(),fP=lP}));function mP(e){return Array.isArray(e)?e.filter(e=>!!e&&typeof e==`object`&&typeof e.name==`string`&&typeof e.url==`string`&&typeof e.directory==`string`):[]}function hP(e){return Array.isArray(e)?e.flatMap(e=>mP(e?.properties?.models)):[]}function gP(e,t){let n=e??{},r=[...mP(n.models),...hP(n.nodes)],i=n.definitions?.subgraphs;if(Array.isArray(i))for(let e of i)r.push(...hP(e?.nodes));r.push(...hP(t));let a=/* @__PURE__ */ new Set,o=[];for(let e of r){let t=`${e.directory}\u0000${e.name}`;if(a.has(t))continue;a.add(t);let n={name:e.name,url:e.url,directory:e.directory};e.hash&&(n.hash=e.hash),e.hash_type&&(n.hash_type=e.hash_type),o.push(n)}return o}function _P(e){let t=/* @__PURE__ */ Ct({visible:!1,items:[],rows:{}}),n=e=>`${e.directory}/${e.name}`;async function r(r){if(!r.length)return!1;let i;try{i=await e.checkMissing(r)}catch(e){return e instanceof AC&&e.status===404||console.warn(`[ModelManager] missing-model check failed`,e),!1}let a=i.filter(e=>e.missing);return a.length?(t.items=a,t.rows=Object.fromEntries(a.map(e=>[n(e),{state:`idle`}])),t.visible=!0,!0):!1}async function i(r){let i=t.rows[n(r)]??={state:`idle`};if(i.state!==`sending`&&i.state!==`queued`){i.state=`sending`,i.error=void 0;try{await e.createDownload({url:r.url,folder:r.directory,subfolder:``,filename:r.name,pathIndex:0,sha256:r.hash&&(r.hash_type??`sha256`).toLowerCase()===`sha256`?r.hash:null,size:null}),i.state=`queued`}catch(e){i.state=`error`,i.error=e instanceof Error?e.message:String(e)}}}async function a(){await Promise.all(t.items.filter(e=>e.allowed!==!1).map(e=>i(e)))}return{state:t,keyOf:n,check:r,download:i,downloadAll:a}}var vP=t((()=>{W(),MC()})),yP=/* @__PURE__ */ n({startComfy:()=>xP});function bP(e){let t;try{t=e.extensionManager?.setting?.get?.(`Comfy.Locale`)??e.ui?.settings?.getSettingValue?.(`Comfy.Locale`)}catch{t=void 0}return JA(typeof t==`string`?t:navigator.language)}async function xP(){let[{app:e},{api:t}]=await Promise.all([import(
/* @vite-ignore */
CP),import(
/* @vite-ignore */
wP)]),n=typeof e.extensionManager?.toast?.add==`function`?t=>e.extensionManager.toast.add({...t}):null,r=WC(eP(t),n),i=_P(r.api),a=()=>bP(e),o=e=>ZA[a()].modelManager.host[e],s=null,c=null,l=null;function u(){let t=e.extensionManager;if(t?.command?.execute)return t.command.execute(`Workspace.ToggleSidebarTab.${SP}`);t?.sidebarTab?.toggleSidebarTab?.(SP)}function d(){if(c)return;let e=document.createElement(`div`);e.className=`mm-missing-host`,document.body.appendChild(e),c=qN(fP,r,a(),{store:i}),c.mount(e)}e.registerExtension({name:`ModelManager.Sidebar`,commands:[{id:`ModelManager.Open`,label:o(`open`),icon:`pi pi-box`,function:u}],menuCommands:[{path:[`Extensions`],commands:[`ModelManager.Open`]}],keybindings:[{combo:{key:`m`,alt:!0,shift:!0},commandId:`ModelManager.Open`}],setup(){e.extensionManager?.registerSidebarTab?.({id:SP,icon:`pi pi-box`,title:o(`title`),tooltip:o(`tooltip`),type:`custom`,render(e){s?.unmount(),s=qN(BA,r,a()),s.mount(e)},destroy(){s?.unmount(),s=null}}),r.tasks.attach(),r.tasks.load()},beforeConfigureGraph(e){l=e},async afterConfigureGraph(){let t=e.graph,n=gP(l,t?.nodes??t?._nodes);l=null,n.length&&await i.check(n)&&d()}})}var SP,CP,wP,TP=t((()=>{tP(),VA(),pP(),qC(),QA(),JN(),vP(),SP=`model-manager`,CP=`../../scripts/app.js`,wP=`../../scripts/api.js`}));async function EP(){if(window.MODEL_MANAGER_STANDALONE===!0){let{startStandalone:e}=await Promise.resolve().then(()=>($N(),ZN));e()}else{let{startComfy:e}=await Promise.resolve().then(()=>(TP(),yP));await e()}}EP().catch(e=>console.error(`[ModelManager] failed to start`,e));