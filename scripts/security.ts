/**
 * `npm run security`: Electronegativity over the app's sources and built page, failing on any
 * finding that is not excluded inline with a stated reason. Electronegativity always exits 0,
 * so the findings are counted from its SARIF report.
 *
 * It lives in .ci/tools/electronegativity with its own lock file: its old dependency tree,
 * TypeScript parser included, must not mix with the app's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import electronPackage from '../node_modules/electron/package.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '..');
const toolDir = path.join(root, '.ci/tools/electronegativity');
const toolBin = path.join(toolDir, 'node_modules/.bin/electronegativity');
const SCANNED = ['electron', 'shared', 'renderer/src'];
const CONFIG_WITH_EXCLUSIONS = 'electron.vite.config.ts';
const BUILT_PAGE = 'out/renderer/index.html';
/** An exclusion must say why: `eng-disable CHECK_ID: a reason of at least four words`. */
const EXCLUSION = /eng-disable\s+((?:[A-Z_]+_CHECK[\s,]*)+)(.*)$/;
const MIN_REASON_WORDS = 4;

const SarifSchema = z.object({
  runs: z.array(
    z.object({
      results: z.array(
        z.object({
          ruleId: z.string(),
          message: z.object({ text: z.string() }),
          locations: z
            .array(
              z.object({
                physicalLocation: z.object({
                  artifactLocation: z.object({ uri: z.string() }),
                  region: z.object({ startLine: z.number() }).optional(),
                }),
              }),
            )
            .optional(),
        }),
      ),
    }),
  ),
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.(ts|tsx|js|html)$/.test(name) ? [file] : [];
  });
}

function exclusionsWithoutReason(): string[] {
  const files = [
    ...SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir))),
    path.join(root, CONFIG_WITH_EXCLUSIONS),
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const match = EXCLUSION.exec(line);
        if (match === null) return [];
        const reason = (match[2] ?? '').replace(/^[\s:-]+|(?:-->|\*\/)\s*$/g, '').trim();
        const words = reason.split(/\s+/).filter(Boolean).length;
        return words >= MIN_REASON_WORDS ? [] : [`${path.relative(root, file)}:${index + 1}: ${line.trim()}`];
      }),
  );
}

if (!existsSync(toolBin)) {
  console.log('Installing Electronegativity into .ci/tools/electronegativity …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', toolDir], { stdio: 'inherit' });
}
if (!existsSync(path.join(root, BUILT_PAGE))) {
  throw new Error(
    `${BUILT_PAGE} is missing: run \`npm run bundle\` first, so the CSP of the built page is scanned too.`,
  );
}

// One folder with everything, so the global checks (CSP, navigation limits, permission
// handler) see the whole app at once.
const staging = mkdtempSync(path.join(tmpdir(), 'throughline-security-'));
for (const dir of SCANNED) cpSync(path.join(root, dir), path.join(staging, dir), { recursive: true });
cpSync(path.join(root, BUILT_PAGE), path.join(staging, 'index.html'));
const report = path.join(staging, 'electronegativity.sarif');
execFileSync(toolBin, ['-i', staging, '-o', report, '-r', '-v', 'false', '-e', electronPackage.version], {
  stdio: ['ignore', 'ignore', 'ignore'],
});

const findings = SarifSchema.parse(JSON.parse(readFileSync(report, 'utf8'))).runs.flatMap((run) => run.results);
const unexplained = exclusionsWithoutReason();
for (const finding of findings) {
  const where = finding.locations?.[0]?.physicalLocation;
  console.log(
    `finding ${finding.ruleId} at ${where?.artifactLocation.uri ?? '?'}:${where?.region?.startLine ?? '?'} — ${finding.message.text}`,
  );
}
for (const line of unexplained) console.log(`exclusion without a reason: ${line}`);
console.log(`electronegativity: ${findings.length} findings, ${unexplained.length} exclusions without a reason`);
process.exit(findings.length + unexplained.length === 0 ? 0 : 1);
