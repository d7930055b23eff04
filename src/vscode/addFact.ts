// "factdesk: Add Fact from Selection": the sentence under the cursor (or the selection) in any text
// editor is read by the extractor; its figure becomes a proposed fact, confirmed in a short quick-input
// flow (entity, measure, value, qualifier, period, source) and appended to a workspace *.facts.json with
// one undoable WorkspaceEdit that keeps the file's formatting. Off in Restricted Mode.
import * as vscode from 'vscode';
import { fuzzyPick, noIcons } from './fuzzyPick';
import type { DatasetFile, Entity, Fact, Qualifier, Source } from '../dataset/schema';
import { qualifierSchema, sourceSchema } from '../dataset/schema';
import { extractWithSpans, emptyDataset, type FigureSpan } from '../core/extract';
import { appendToDataset } from '../core/extract/append';
import { readNumber, readPeriod } from '../core/import/values';
import type { FactIndex } from '../core';
import type { FactdeskState } from './state';
import { documentMeta, type DocumentMeta } from './documentMeta';

export interface AddFactArgs {
  /** The dataset file to append to (a URI string); asked when missing. */
  dataset?: string;
  /** Take every proposed answer without asking: for scripted use and tests. */
  accept?: boolean;
}

export interface AddedFact {
  factId: string;
  dataset: string;
}


/** The command's handler; extension.ts loads this module only when the command runs. */
export function addFactFromSelection(state: FactdeskState, args: AddFactArgs): Promise<AddedFact | undefined> {
  return new AddFact(state).run(args);
}

class AddFact {
  constructor(private readonly state: FactdeskState) {}

  async run(args: AddFactArgs): Promise<AddedFact | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('factdesk: Add Fact from Selection is off in Restricted Mode: workspace datasets are not used.');
      return undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('factdesk: open a source and select the sentence that states a figure.');
      return undefined;
    }
    const snapshot = await this.state.settled();
    const text = editor.document.getText();
    const meta = documentMeta(text, editor.document.uri);
    const provisional: Source = { id: 'this-document', title: meta.title, publisher: meta.publisher ?? 'unknown', date: meta.date, url: meta.url ?? 'https://example.invalid/' };
    const catalogue: DatasetFile = { ...emptyDataset(), entities: snapshot.index.allEntities(), vendors: snapshot.index.allVendors() };
    const { dataset, spans } = extractWithSpans(text, { source: provisional, catalogue: [{ data: catalogue }] });
    const span = await this.pickFigure(editor, spans, dataset, args);
    if (!span) return undefined;
    const proposed = dataset.facts.find((f) => f.id === span.factId)!;

    const target = args.dataset ? vscode.Uri.parse(args.dataset) : await pickDataset(snapshot.workspaceUris);
    if (!target) return undefined;
    const targetDoc = await vscode.workspace.openTextDocument(target);
    let targetData: Partial<DatasetFile> = {};
    try {
      targetData = JSON.parse(targetDoc.getText()) as Partial<DatasetFile>;
    } catch {
      void vscode.window.showErrorMessage(`factdesk: ${vscode.workspace.asRelativePath(target)} is not valid JSON; fix it first.`);
      return undefined;
    }

    const answers = args.accept ? proposedAnswers(proposed, meta, targetData) : await askAnswers(proposed, dataset, snapshot.index, targetData, meta);
    if (!answers) return undefined;
    const fact = buildFact(proposed, answers, snapshot.index, targetData);
    const additions: { facts: object[]; sources: object[]; entities: object[] } = { facts: [fact], sources: [], entities: [] };
    if (answers.newSource && !(targetData.sources ?? []).some((s) => s.id === answers.newSource!.id) && !snapshot.index.source(answers.newSource.id)) additions.sources.push(answers.newSource);
    const newEntity = dataset.entities.find((e) => e.id === fact.entity);
    if (newEntity && !snapshot.index.entity(newEntity.id) && !(targetData.entities ?? []).some((e) => e.id === newEntity.id)) additions.entities.push(newEntity);

    const edits = appendToDataset(targetDoc.getText(), additions);
    if (!edits) {
      void vscode.window.showErrorMessage(`factdesk: ${vscode.workspace.asRelativePath(target)} is not a dataset object.`);
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(target, new vscode.Range(targetDoc.positionAt(e.start), targetDoc.positionAt(e.end)), e.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    await targetDoc.save();
    // The watcher would reload too; reloading now makes the draft's diagnostics follow at once.
    await this.state.reload();
    void vscode.window.showInformationMessage(`factdesk: added ${fact.id} to ${vscode.workspace.asRelativePath(target)}.`);
    return { factId: fact.id, dataset: target.toString() };
  }

  /** The figure of the selection, or of the sentence under the cursor; asked when there are several. */
  private async pickFigure(editor: vscode.TextEditor, spans: FigureSpan[], dataset: DatasetFile, args: AddFactArgs): Promise<FigureSpan | undefined> {
    const doc = editor.document;
    const selection = editor.selection;
    const start = doc.offsetAt(selection.start);
    const end = doc.offsetAt(selection.end);
    const inside = selection.isEmpty ? spans.filter((s) => s.sentenceStart <= start && start <= s.sentenceEnd) : spans.filter((s) => s.start >= start && s.end <= end);
    if (inside.length === 0) {
      void vscode.window.showInformationMessage('factdesk: no figure that states a measure in the selection (years, dates and list numbers are skipped).');
      return undefined;
    }
    if (inside.length === 1 || args.accept) return inside[0];
    const items = inside.map((s) => {
      const fact = dataset.facts.find((f) => f.id === s.factId)!;
      return { label: noIcons(doc.getText(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)))), description: noIcons(fact.measure), span: s };
    });
    return (await vscode.window.showQuickPick(items, { title: 'factdesk: which figure?', placeHolder: 'The sentence states several figures' }))?.span;
  }
}

interface Answers {
  entity: string;
  measure: string;
  value: number;
  qualifier: Qualifier;
  period: Fact['period'];
  source: string;
  newSource?: Source;
}

/** Every proposal as it stands; the source is the dataset's first, else a new one from the document. */
function proposedAnswers(fact: Fact, meta: DocumentMeta, target: Partial<DatasetFile>): Answers {
  const answers = { entity: fact.entity, measure: fact.measure, value: fact.value, qualifier: fact.qualifier, period: fact.period };
  const first = target.sources?.[0];
  if (first) return { ...answers, source: first.id };
  const source = newSourceFrom(meta);
  return { ...answers, source: source.id, newSource: source };
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function newSourceFrom(meta: DocumentMeta): Source {
  const id = [slug(meta.publisher ?? ''), meta.date, ...slug(meta.title).split('-').slice(0, 4)].filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '') || 'source';
  return { id, title: meta.title, publisher: meta.publisher ?? 'unknown publisher', date: meta.date, url: meta.url ?? 'https://example.invalid/' };
}

async function pickDataset(uris: Map<string, vscode.Uri>): Promise<vscode.Uri | undefined> {
  const items: (vscode.QuickPickItem & { uri?: vscode.Uri })[] = [...uris].filter(([label]) => label.endsWith('.facts.json')).map(([label, uri]) => ({ label: noIcons(label), uri }));
  items.push({ label: '$(new-file) New Dataset…' });
  const picked = await vscode.window.showQuickPick(items, { title: 'factdesk: add the fact to which dataset?' });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const created = await vscode.commands.executeCommand<string | undefined>('factdesk.newDataset');
  return created ? vscode.Uri.parse(created) : undefined;
}

/** The quick-input flow: each step shows the extractor's proposal, and Enter keeps it. */
async function askAnswers(fact: Fact, dataset: DatasetFile, index: FactIndex, target: Partial<DatasetFile>, meta: DocumentMeta): Promise<Answers | undefined> {
  const title = (step: number, what: string): string => `factdesk: add fact (${step}/6) — ${what}`;
  const entity = await pickEntity(fact.entity, [...index.allEntities(), ...dataset.entities.filter((e) => !index.entity(e.id))], index, title(1, 'entity'));
  if (!entity) return undefined;
  const measure = await vscode.window.showInputBox({ title: title(2, 'measure'), value: fact.measure, prompt: 'What the figure counts, in a writer\'s words', validateInput: (v) => (v.trim() ? null : 'say what the figure counts') });
  if (measure === undefined) return undefined;
  const valueText = await vscode.window.showInputBox({ title: title(3, 'value'), value: String(fact.value), prompt: `As a plain number (unit: ${fact.unit})`, validateInput: (v) => ('error' in readNumber(v, false) ? 'expected a number' : null) });
  if (valueText === undefined) return undefined;
  const qualifiers = [fact.qualifier, ...qualifierSchema.options.filter((q) => q !== fact.qualifier)];
  const qualifier = await vscode.window.showQuickPick(qualifiers, { title: title(4, 'qualifier') });
  if (!qualifier) return undefined;
  const periodText = fact.period ? (fact.period.from === fact.period.to ? String(fact.period.from) : `${fact.period.from}–${fact.period.to}`) : '';
  const periodAnswer = await vscode.window.showInputBox({ title: title(5, 'period'), value: periodText, prompt: '2023, 2022-06, 2024-Q3 or 2018–2023; empty when the source gives none', validateInput: (v) => ('error' in readPeriod(v, '') ? 'expected 2023, 2022-06, 2024-Q3 or 2018–2023' : null) });
  if (periodAnswer === undefined) return undefined;
  const period = readPeriod(periodAnswer, fact.period?.text ?? '');
  const source = await pickSource(index, target, meta, title(6, 'source'));
  if (!source) return undefined;
  const value = readNumber(valueText, false);
  if ('error' in value || 'error' in period) return undefined;
  return { entity: entity.id, measure: measure.trim(), value: value.ok.value, qualifier: qualifier as Qualifier, period: period.ok, ...source };
}

async function pickEntity(proposed: string, entities: Entity[], index: FactIndex, title: string): Promise<Entity | undefined> {
  const { createEntitySearch } = await import('./entitySearch');
  const search = createEntitySearch(entities, (id) => index.displayName(id));
  const first = entities.find((e) => e.id === proposed);
  return fuzzyPick<Entity>({
    title,
    placeholder: 'The country, place or body the figure is about',
    all: [...(first ? [first] : []), ...entities.filter((e) => e.id !== proposed)],
    search: (query) => search.search(query).map((e) => e.entity),
    toItem: (entity) => ({
      label: noIcons(entity.name),
      description: noIcons(`${entity.kind}${entity.country ? ` · ${index.displayName(entity.country)}` : ''}${entity.id === proposed ? ' · proposed' : ''}`),
    }),
  });
}

async function pickSource(index: FactIndex, target: Partial<DatasetFile>, meta: DocumentMeta, title: string): Promise<{ source: string; newSource?: Source } | undefined> {
  const fresh = newSourceFrom(meta);
  const known = new Map<string, Source>();
  for (const s of target.sources ?? []) known.set(s.id, s);
  // The dataset's own sources first: most facts of a file come from its sources.
  const items: (vscode.QuickPickItem & { source?: Source })[] = [
    ...[...known.values()].map((s) => ({ label: noIcons(s.title), description: noIcons(`${s.publisher} · ${s.date}`), source: s })),
    { label: noIcons(`New source: ${fresh.title}`), description: noIcons(fresh.url) },
  ];
  const picked = await vscode.window.showQuickPick(items, { title });
  if (!picked) return undefined;
  if (picked.source) return { source: picked.source.id };
  const publisher = await vscode.window.showInputBox({ title: `${title}: publisher`, value: meta.publisher ?? '', validateInput: (v) => (v.trim() ? null : 'who published it') });
  if (publisher === undefined) return undefined;
  const url = await vscode.window.showInputBox({ title: `${title}: URL`, value: meta.url ?? '', validateInput: (v) => (sourceSchema.shape.url.safeParse(v.trim()).success ? null : 'a URL such as https://example.org/report') });
  if (url === undefined) return undefined;
  const source = newSourceFrom({ ...meta, publisher: publisher.trim(), url: url.trim() });
  return index.source(source.id) ? { source: source.id } : { source: source.id, newSource: source };
}

/** The fact as confirmed: the proposal's examples stay only while value, entity and period are as proposed. */
function buildFact(proposed: Fact, answers: Answers, index: FactIndex, target: Partial<DatasetFile>): Fact {
  const taken = new Set([...index.facts.map((f) => f.id), ...(target.facts ?? []).map((f) => f.id)]);
  let id = proposed.id;
  for (let n = 2; taken.has(id); n++) id = `${proposed.id}-${n}`;
  const same = answers.value === proposed.value && answers.entity === proposed.entity && JSON.stringify(answers.period) === JSON.stringify(proposed.period) && answers.qualifier === proposed.qualifier;
  // A person confirmed it: the extractor's review note is answered.
  const { review: _review, ...rest } = proposed;
  return {
    ...rest,
    id,
    entity: answers.entity,
    measure: answers.measure,
    value: answers.value,
    qualifier: answers.qualifier,
    period: answers.period,
    source: answers.source,
    examples: same ? proposed.examples : [],
    counterexamples: same ? proposed.counterexamples : [],
  };
}
