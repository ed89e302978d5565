// yaml-language-server (the engine of Red Hat's YAML extension for VS Code) over stdio, with
// kplan's plan schema: every completion it offers inside a measure, at the start of a new
// measure and at a value must, once inserted the way VS Code inserts it, leave a document that
// still parses as YAML.
//
// Usage: node yaml-completion.mjs PLAN_SCHEMA.json MEASURES.yaml
// Exit status 0 when every completion is valid, 1 when one is not (each one is printed), 2 when
// the server could not be driven (no completions at all is a failure too: the test must not pass
// because the schema was not read).

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';

const [schemaPath, yamlPath] = process.argv.slice(2);
if (!schemaPath || !yamlPath) {
  console.error('usage: node yaml-completion.mjs PLAN_SCHEMA.json MEASURES.yaml');
  process.exit(2);
}
const schemaUri = pathToFileURL(resolve(schemaPath)).href;
const original = readFileSync(yamlPath, 'utf8').replace(/\r\n/g, '\n');
const lines = original.split('\n');

// The places to ask at, each a document with one line added and the cursor on it.
function at(name, afterPattern, lineText) {
  const index = lines.findIndex((l) => afterPattern.test(l));
  if (index < 0) throw new Error(`${yamlPath}: no line matches ${afterPattern}`);
  const docLines = [...lines.slice(0, index + 1), lineText, ...lines.slice(index + 1)];
  return { name, text: docLines.join('\n'), line: index + 1, character: lineText.length };
}
// The first measure: its last field is the line before the second measure starts.
const measuresLine = lines.findIndex((l) => /^measures:\s*$/.test(l));
if (measuresLine < 0) throw new Error(`${yamlPath} has no measures`);
const secondItem = lines.findIndex((l, i) => i > measuresLine + 1 && /^  - /.test(l));
const lastFieldOfFirst = secondItem - 1;
const escape = (s) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const cases = [
  at('a new field of a measure', escape(lines[measuresLine + 1]), '    '),
  at('a field of a measure, `s` typed', escape(lines[lastFieldOfFirst]), '    s'),
  at('a field of a measure, `f` typed', escape(lines[measuresLine + 1]), '    f'),
  at('a field of a measure, `a` typed', escape(lines[lastFieldOfFirst]), '    a'),
  at('a new measure', escape(lines[lastFieldOfFirst]), '  - '),
  at('the value of a measure\'s form', escape(lines[lastFieldOfFirst]), '    form: '),
  at('the value of a measure\'s status in a new measure', escape(lines[lastFieldOfFirst]), '  - status: '),
];

// --- a minimal LSP client -------------------------------------------------------------------
const require = createRequire(import.meta.url);
const serverMain = require.resolve('yaml-language-server/bin/yaml-language-server');
const server = spawn(process.execPath, [serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const settings = {
  yaml: {
    validate: true,
    completion: true,
    hover: true,
    schemas: { [schemaUri]: ['*.yaml'] },
    schemaStore: { enable: false },
  },
};
let nextId = 1;
const pending = new Map();
let buffer = Buffer.alloc(0);
function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolvePromise, reject) => pending.set(id, { resolvePromise, reject }));
}
const notify = (method, params) => send({ method, params });
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.id !== undefined && message.method) {
      // A request from the server: configuration gets our settings, anything else null.
      const result = message.method === 'workspace/configuration'
        ? message.params.items.map((item) => (item.section ? settings[item.section] ?? null : settings))
        : null;
      send({ id: message.id, result });
    } else if (message.id !== undefined && pending.has(message.id)) {
      const { resolvePromise, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolvePromise(message.result);
    }
  }
});
const timeout = setTimeout(() => {
  console.error('yaml-language-server did not answer within 60 s');
  process.exit(2);
}, 60_000);

// --- what VS Code does with a completion item -----------------------------------------------
// Snippet syntax: ${1:default} → default, ${1|a,b|} → a, $1 / ${1} / $0 → a sample word.
function expandSnippet(text) {
  let out = text;
  for (let i = 0; i < 5; i++) {
    out = out
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, 'x')
      .replace(/\$\d+/g, 'x');
  }
  return out.replace(/\\([$}\\])/g, '$1');
}
function offsetOf(text, position) {
  const docLines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += docLines[i].length + 1;
  return offset + position.character;
}
function apply(doc, item) {
  const snippet = item.insertTextFormat === 2;
  let newText = item.textEdit?.newText ?? item.insertText ?? item.label;
  if (snippet) newText = expandSnippet(newText);
  const range = item.textEdit?.range ?? item.textEdit?.replace ?? {
    start: { line: doc.line, character: doc.character },
    end: { line: doc.line, character: doc.character },
  };
  // VS Code indents the lines after the first like the line the text goes into (unless the
  // item asks for insertTextMode asIs).
  if (item.insertTextMode !== 1) {
    const lineText = doc.text.split('\n')[range.start.line];
    const indent = /^\s*/.exec(lineText)[0];
    newText = newText.replace(/\n/g, `\n${indent}`);
  }
  const start = offsetOf(doc.text, range.start);
  const end = offsetOf(doc.text, range.end);
  return doc.text.slice(0, start) + newText + doc.text.slice(end);
}

// --- the run --------------------------------------------------------------------------------
const failures = [];
let total = 0;
try {
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(resolve('.')).href,
    capabilities: {
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      },
      workspace: { configuration: true },
    },
    initializationOptions: {},
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings });
  for (const [n, doc] of cases.entries()) {
    const uri = pathToFileURL(resolve(`completion-${n}.yaml`)).href;
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: doc.text } });
    // The first answers may come before the server has read the schema: ask again a few times.
    let items = [];
    for (let attempt = 0; attempt < 20 && items.length === 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 250));
      const result = await request('textDocument/completion', {
        textDocument: { uri },
        position: { line: doc.line, character: doc.character },
      });
      items = Array.isArray(result) ? result : result?.items ?? [];
    }
    console.log(`${doc.name}: ${items.length} completions`);
    if (items.length === 0) failures.push(`${doc.name}: no completions (was the schema read?)`);
    for (const item of items) {
      total++;
      const text = apply(doc, item);
      if (process.env.KPLAN_VERBOSE) console.log(`  ${item.label}: ${JSON.stringify(item.textEdit?.newText ?? item.insertText)}`);
      const parsed = parseDocument(text, { uniqueKeys: false });
      // A field (CompletionItemKind.Property) must be inserted as `field:`, or the document may
      // parse but hold a bare word where a field was meant.
      const inserted = item.textEdit?.newText ?? item.insertText ?? item.label;
      const expanded = item.insertTextFormat === 2 ? expandSnippet(inserted) : inserted;
      if (item.kind === 10 && !expanded.startsWith(`${item.label}:`)) {
        failures.push(`${doc.name}: field «${item.label}» inserts ${JSON.stringify(inserted)}, not \`${item.label}:\``);
      } else if (parsed.errors.length > 0) {
        failures.push(`${doc.name}: «${item.label}» inserts ${JSON.stringify(inserted)}: ${parsed.errors[0].message.split('\n')[0]}`);
      }
    }
    notify('textDocument/didClose', { textDocument: { uri } });
  }
  await request('shutdown', null);
  notify('exit', null);
} catch (error) {
  console.error(`driving yaml-language-server failed: ${error.message}`);
  process.exit(2);
}
clearTimeout(timeout);
server.kill();
if (failures.length > 0) {
  console.error(`${failures.length} of ${total} completions give invalid YAML:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`all ${total} completions give valid YAML`);
