// The workbench's SQL editor: CodeMirror 6 with SQL highlighting in the site's colours, completion of the published
// tables and their columns, Ctrl/⌘+Enter to run, and no Tab trap (Tab leaves the editor; indentWithTab is left out).
// Loaded only in the browser, after the page has painted.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type Completion } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorSelection, EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { TableDoc } from './tableDocs';

export interface EditorOptions {
	doc: string;
	tables: TableDoc[];
	/** Attributes of the editable element: its label and description. */
	attributes: Record<string, string>;
	onChange(doc: string): void;
	onRun(): void;
}

export interface SqlEditor {
	setDoc(doc: string): void;
	/** Puts the cursor at a line and column (from 1) and shows it. */
	select(line: number, column: number): void;
	focus(): void;
	destroy(): void;
}

// Colours are the page's (workbench.css gives them for light and dark), so contrast holds in both schemes.
const highlight = HighlightStyle.define([
	{ tag: [tags.keyword, tags.operatorKeyword], color: 'var(--sql-keyword)', fontWeight: '600' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--sql-string)' },
	{ tag: [tags.number, tags.bool, tags.null], color: 'var(--sql-number)' },
	{ tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--sql-comment)', fontStyle: 'italic' },
	{ tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sql-type)' }
]);

const theme = EditorView.theme({
	'&': { color: 'var(--fg)', backgroundColor: 'var(--bg)', border: '1px solid var(--rule)', borderRadius: '0.25rem', fontSize: '0.9375rem' },
	'&.cm-focused': { outline: '2px solid var(--link)', outlineOffset: '1px' },
	'.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', caretColor: 'var(--fg)', minHeight: '9rem' },
	'.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--rule)' },
	'.cm-activeLine': { backgroundColor: 'transparent' },
	'&.cm-focused .cm-activeLine': { backgroundColor: 'var(--surface)' },
	'.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'var(--sql-selection) !important' },
	'.cm-tooltip': { backgroundColor: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--rule)' },
	'.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--fg)', color: 'var(--bg)' },
	'.cm-completionDetail, .cm-completionInfo': { color: 'inherit' }
});

/** Completion of table names (with their titles) and, after a table's name and a dot or anywhere, its columns. */
function completion(tables: TableDoc[]) {
	const schema: Record<string, Completion[]> = {};
	for (const t of tables) {
		schema[t.name] = t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.sqlType, info: c.description || undefined }));
	}
	const tableOptions: Completion[] = tables.map((t) => ({ label: t.name, type: 'type', detail: t.title, info: t.description || undefined }));
	return sql({ dialect: PostgreSQL, schema, tables: tableOptions, upperCaseKeywords: true });
}

export function createEditor(parent: HTMLElement, options: EditorOptions): SqlEditor {
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc: options.doc,
			extensions: [
				lineNumbers(),
				history(),
				drawSelection(),
				highlightActiveLine(),
				bracketMatching(),
				closeBrackets(),
				autocompletion(),
				completion(options.tables),
				syntaxHighlighting(highlight),
				theme,
				EditorView.lineWrapping,
				EditorView.contentAttributes.of(options.attributes),
				Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
				keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onChange(update.state.doc.toString());
				})
			]
		})
	});
	return {
		setDoc(doc) {
			if (doc !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
		},
		select(line, column) {
			const doc = view.state.doc;
			const at = doc.line(Math.max(1, Math.min(line, doc.lines)));
			const pos = at.from + Math.max(0, Math.min(column - 1, at.length));
			view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
		},
		focus: () => view.focus(),
		destroy: () => view.destroy()
	};
}
