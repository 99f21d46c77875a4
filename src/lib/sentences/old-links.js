// Runs in the <head> of /sentences/ before the first paint: a link in the old form
// (?cases=…&sort=…&highlight=…) is sent, in place in the history, to the page of the view it
// names, read with the rules of parseState in state.ts from the map in the #sentence-views
// element before it. The map's paths carry the page's edition (/ru/sentences/…); the view slugs
// are the same English city slugs in every edition. Until the view's page comes, the page shows
// nothing rather than another view. Its hash is allowed by the Content-Security-Policy in svelte.config.js.
export const OLD_LINK_SCRIPT =
	"(function(){var s=location.search;if(!/[?&](cases|sort|highlight)=/.test(s))return;var e=document.getElementById('sentence-views');if(!e)return;var m=JSON.parse(e.textContent),q=new URLSearchParams(s),g=function(n){var v=q.get(n);return v!==null&&v.length<=1000?v:null},c=g('cases'),w=c===null?[]:c.split(',').map(function(x){return x.trim()}),k=m.ids.filter(function(i){return w.indexOf(i)>=0});if(!k.length)k=m.ids;var o=g('sort');if(m.sorts.indexOf(o)<0)o=m.sorts[0];var h=g('highlight'),f=h!==null&&k.indexOf(h)>=0?'#'+m.frags[h]:location.hash;document.documentElement.setAttribute('data-redirect','');location.replace(m.paths[k.join(',')+'|'+o]+f)})()";
