// A client-side app: data lives only in this browser, so nothing can render on a server.
export const ssr = false;
export const prerender = false;
