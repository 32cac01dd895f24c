// A build step (scripts/build.sh, after the prerenderer): which other websites may frame the
// exhibit's embeds (/embed/<lang>/chart/<id>, /embed/<lang>/event/<id>). Every other address
// refuses every frame (frame-ancestors 'none').
//
//   EXHIBIT_EMBED_ORIGINS="https://www.zeitung.example https://*.stuttgart.example" node scripts/embed-origins.mjs dist
//
// EXHIBIT_EMBED_ORIGINS lists origins (scheme and host, a port if any, no path), separated by
// spaces or commas; `*` (the default) allows any website on http or https; `none` allows no
// website. A malformed entry stops the build with a message saying how to write it.
//
// Writes dist/embed-origins.conf, an nginx include (http block) that deploy/nginx.conf uses
// for the embeds' Content-Security-Policy; scripts/serve.mjs reads the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FILE = 'embed-origins.conf';

const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/** The frame-ancestors value for `setting` (EXHIBIT_EMBED_ORIGINS); throws an Error whose
 * message tells the person building what to write instead. */
export function frameAncestors(setting = '') {
  const entries = setting.split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0) return '*';
  const how = 'Write each website as its scheme and host, such as https://www.example.org or '
    + 'https://*.example.org (with :port if it has one, no path), separated by spaces; '
    + '* allows any website (the default), none allows none.';
  if (entries.length === 1 && entries[0] === '*') return '*';
  if (entries.length === 1 && entries[0].toLowerCase() === 'none') return "'none'";
  const origins = [];
  for (const entry of entries) {
    if (entry === '*' || entry.toLowerCase() === 'none') {
      throw new Error(`EXHIBIT_EMBED_ORIGINS: "${entry}" cannot stand beside other websites. ${how}`);
    }
    const match = entry.match(/^(https?):\/\/([^/:?#]+)(:\d{1,5})?\/?$/i);
    if (!match) {
      const reason = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/./i.test(entry)
        ? 'an origin has no path'
        : /^https?:\/\//i.test(entry) ? 'not a host name' : 'it needs https:// or http:// in front';
      throw new Error(`EXHIBIT_EMBED_ORIGINS: "${entry}" is not a website's origin (${reason}). ${how}`);
    }
    const [, scheme, host, port = ''] = match;
    if (!HOST.test(host)) {
      throw new Error(`EXHIBIT_EMBED_ORIGINS: "${entry}" is not a website's origin (the host "${host}" is not a host name; write international names in their xn-- form). ${how}`);
    }
    if (port && Number(port.slice(1)) > 65535) {
      throw new Error(`EXHIBIT_EMBED_ORIGINS: "${entry}" is not a website's origin (no port ${port.slice(1)}). ${how}`);
    }
    const origin = `${scheme.toLowerCase()}://${host.toLowerCase()}${port}`;
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins.join(' ');
}

/** The nginx include for `ancestors` (a frame-ancestors value). */
export function includeFile(ancestors, setting) {
  return `# Written by the build (scripts/embed-origins.mjs) from EXHIBIT_EMBED_ORIGINS=${JSON.stringify(setting ?? '')}: do not edit.
# Which websites may frame the exhibit's embeds (<base>/embed/...): the frame-ancestors of their
# Content-Security-Policy. deploy/nginx.conf includes this file in its http block;
# scripts/serve.mjs reads it. Every other address sends frame-ancestors 'none'.
map $host $exhibit_embed_ancestors {
    default "${ancestors}";
}
`;
}

/** The frame-ancestors value a build wrote, or 'none' (with a warning) for a build without. */
export function readFrameAncestors(dir) {
  try {
    const value = readFileSync(join(dir, FILE), 'utf8').match(/^\s*default "([^"]*)";/m)?.[1];
    if (value) return value;
  } catch {
    // An older build: its embeds are refused like every page.
  }
  console.warn(`${dir}/${FILE} is missing or unreadable: the embeds refuse every frame`);
  return "'none'";
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  const setting = process.env.EXHIBIT_EMBED_ORIGINS ?? '';
  try {
    const ancestors = frameAncestors(setting);
    writeFileSync(join(dir, FILE), includeFile(ancestors, setting));
    console.log(`embeds may be framed by: ${ancestors === '*' ? 'any website (*)' : ancestors}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
