/**
 * The store packages: runs `npm run zip` (production builds, as a release would), then checks what
 * each zip holds. The Chrome and Firefox packages: a manifest with only the permissions the
 * README's table lists, the strict extension-page CSP, every file the manifest and pages name,
 * nothing else loaded from anywhere (no remote script or style, no eval-by-URL), no source maps and
 * no test or source files. The sources package: what a reviewer needs to build (package.json,
 * package-lock.json, config, sources, the README with build instructions) and nothing local
 * (node_modules, .output, test artifacts, the corpus); rebuilt as the README says (with this
 * checkout's node_modules instead of `npm ci`), it gives the Firefox package byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Run with NODE_ENV as a release has it: vitest's 'test' would build Preact in development mode. */
const env = { ...process.env, NODE_ENV: 'production' };

type Files = Map<string, Buffer>;

async function readZip(file: string): Promise<Files> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files: Files = new Map();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page: string };
  icons?: Record<string, string>;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
}

/** The first column of the README's permission table, each `code` span in it. */
function readmePermissions(): string[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Permissions'));
  const table = section.slice(0, section.search(/\n\n(?!\|)/));
  return table
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| permission') && !l.startsWith('| ---'))
    .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** Every local file a page or the manifest names, and every URL that is not local. */
function references(files: Files, manifest: Manifest): { local: string[]; remote: string[] } {
  const local = new Set<string>();
  const remote: string[] = [];
  const add = (from: string, ref: string): void => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) remote.push(`${from}: ${ref}`);
    else local.add(posix.normalize(ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(from), ref)));
  };
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) add('manifest.json', f);
  for (const f of [manifest.background?.service_worker, ...(manifest.background?.scripts ?? []), manifest.background?.page]) if (f) add('manifest.json', f);
  for (const f of [manifest.action?.default_popup, manifest.browser_action?.default_popup, manifest.options_ui?.page]) if (f) add('manifest.json', f);
  for (const f of Object.values(manifest.icons ?? {})) add('manifest.json', f);
  for (const [path, body] of files) {
    if (!path.endsWith('.html')) continue;
    for (const m of body.toString('utf8').matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"/gi)) add(path, m[1]!);
  }
  return { local: [...local].sort(), remote };
}

describe('store packages (npm run zip)', () => {
  let chrome: Files;
  let firefox: Files;
  let sources: Files;
  const zipPath = (kind: string): string => resolve(OUT, `${name}-${version}-${kind}.zip`);

  beforeAll(async () => {
    for (const kind of ['chrome', 'firefox', 'sources']) rmSync(zipPath(kind), { force: true });
    execFileSync('npm', ['run', '-s', 'zip'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    chrome = await readZip(zipPath('chrome'));
    firefox = await readZip(zipPath('firefox'));
    sources = await readZip(zipPath('sources'));
  }, 120_000);

  for (const browser of ['chrome', 'firefox'] as const) {
    describe(`the ${browser} package`, () => {
      const files = (): Files => (browser === 'chrome' ? chrome : firefox);
      const manifest = (): Manifest => JSON.parse(files().get('manifest.json')!.toString('utf8')) as Manifest;

      it('has a manifest asking only for what the README’s permission table lists (required and optional)', () => {
        expect(files().has('manifest.json')).toBe(true);
        const m = manifest();
        expect(m.manifest_version).toBe(browser === 'chrome' ? 3 : 2);
        const asked = [
          ...(m.permissions ?? []),
          ...(m.optional_permissions ?? []),
          ...(m.host_permissions ?? []),
          ...(m.optional_host_permissions ?? []),
          ...(m.content_scripts ?? []).flatMap((c) => c.matches.map((p) => `content scripts on ${p}`)),
        ];
        const listed = readmePermissions();
        expect(listed.length).toBeGreaterThan(0);
        for (const p of asked) {
          const bare = p.replace(/^content scripts on /, '');
          expect(listed, `README permission table lists ${p}`).toContain(bare);
        }
        for (const p of listed) expect(asked.map((a) => a.replace(/^content scripts on /, '')), `manifest asks for ${p}`).toContain(p);
        expect(m.host_permissions ?? []).toEqual([]);
        expect(m.web_accessible_resources).toBeUndefined();
        expect(m.externally_connectable).toBeUndefined();
        if (browser === 'firefox') expect(m.browser_specific_settings?.gecko).toMatchObject({ id: expect.any(String), strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
      });

      it('sets the strict content security policy for its extension pages', () => {
        const csp = manifest().content_security_policy;
        if (browser === 'chrome') expect(csp).toEqual({ extension_pages: CSP });
        else expect(csp).toBe(CSP);
        for (const word of ["'unsafe-eval'", "'unsafe-inline'", 'http:', 'https:', '*']) expect(CSP).not.toContain(word);
      });

      it('holds every file its manifest and pages name, loads nothing from elsewhere', () => {
        const { local, remote } = references(files(), manifest());
        expect(remote).toEqual([]);
        for (const f of local) expect(files().has(f), `${f} is in the package`).toBe(true);
        expect(local).toEqual(expect.arrayContaining(['background.js', 'overlay-pacer.js', 'overlay-courtlistener.js', 'popup.html', 'options.html']));
        // No script fetches code by URL: no importScripts, no dynamic import of a full URL.
        for (const [path, body] of files()) {
          if (!path.endsWith('.js')) continue;
          const text = body.toString('utf8');
          expect(text, path).not.toMatch(/importScripts\s*\(/);
          expect(text, path).not.toMatch(/import\(\s*["'`](?:https?:)?\/\//);
        }
      });

      it('carries no source maps, no sources and no test files', () => {
        const paths = [...files().keys()];
        expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
        expect(paths.filter((p) => /\.(tsx?|mts|cts)$/.test(p))).toEqual([]);
        expect(paths.filter((p) => /(^|\/)(test|tests|e2e|fixtures|__tests__|corpus)\/|\.(test|spec|e2e|bench)\./.test(p))).toEqual([]);
        for (const [path, body] of files()) if (/\.(js|css|html)$/.test(path)) expect(body.toString('utf8'), path).not.toContain('sourceMappingURL');
        // Only what a browser loads: scripts, pages, styles, icons, the manifest.
        expect(paths.filter((p) => !/\.(js|css|html|png|json)$/.test(p))).toEqual([]);
      });
    });
  }

  describe('the sources package', () => {
    it('holds what a build needs, the README’s build instructions, and nothing local', () => {
      const paths = [...sources.keys()];
      for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) expect(paths, f).toContain(f);
      for (const dir of ['entrypoints/', 'components/', 'lib/', 'public/']) expect(paths.some((p) => p.startsWith(dir)), dir).toBe(true);
      const readme = sources.get('README.md')!.toString('utf8');
      expect(readme).toContain('npm ci\nnpm run build:firefox');
      expect(
        paths.filter((p) => /(^|\/)(node_modules|\.output|\.wxt|\.git|test|test-results|test-output|demo-screenshots|bench-results|bench|corpus)(\/|$)|\.zip$|\.log$/.test(p)),
      ).toEqual([]);
      // Every file git tracks under the source folders is there (the build reads nothing else).
      const tracked = execFileSync('git', ['ls-files', 'entrypoints', 'components', 'lib', 'public'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
      for (const f of tracked) expect(paths, f).toContain(f);
    });

    it('rebuilds the Firefox package byte for byte', () => {
      const dir = mkdtempSync(join(tmpdir(), 'dm-sources-'));
      try {
        for (const [path, body] of sources) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), body);
        }
        // The README says `npm ci`; this checkout's node_modules come from the same package-lock.json.
        symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
        execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
        const built = new Map<string, Buffer>();
        const walk = (sub: string): void => {
          for (const e of readdirSync(join(dir, '.output/firefox-mv2', sub), { withFileTypes: true })) {
            const rel = sub ? `${sub}/${e.name}` : e.name;
            if (e.isDirectory()) walk(rel);
            else built.set(rel, readFileSync(join(dir, '.output/firefox-mv2', rel)));
          }
        };
        walk('');
        expect([...built.keys()].sort()).toEqual([...firefox.keys()].sort());
        for (const [path, body] of firefox) expect(built.get(path)!.equals(body), `${path} is the same`).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });

});
