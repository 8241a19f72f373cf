// Sign-in for the pages: the user name and password stay in this tab (sessionStorage) and go with each
// API call as HTTP Basic, so the browser never shows its own password dialog.
const Auth = {
  header() { return sessionStorage.getItem('auth'); },
  signIn(user, password) { sessionStorage.setItem('auth', 'Basic ' + btoa(user + ':' + password)); },
  async api(path, options = {}) {
    // X-Requested-With: our own page, so a 401 comes without a Basic challenge (no browser password pop-up)
    const headers = Object.assign({'Authorization': Auth.header() || '', 'X-Requested-With': 'fetch'}, options.headers || {});
    const res = await fetch(path, Object.assign({}, options, {headers}));
    const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
    if (!res.ok) { throw new Error((body && body.error) || ('HTTP ' + res.status)); }
    return body;
  }
};
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => k === 'text' ? e.textContent = v : e.setAttribute(k, v));
  children.forEach(c => e.append(c));
  return e;
}
