/**
 * The Content-Security-Policy the site is served with, by CloudFront (infra/constructs/security-headers.ts) and by
 * the local server alike, so a browser test of the local site proves the pages work under the production policy.
 * The pages load only the same-origin `style.css` and run no scripts, so everything else is refused. `img-src data:`
 * leaves room for inline SVG icons; `frame-ancestors`, `base-uri` and `form-action` close clickjacking and injection
 * routes that `default-src` does not cover.
 * @see https://www.w3.org/TR/CSP3/
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
