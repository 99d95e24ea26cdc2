import { DiffEditor, Editor, type Monaco as ReactMonaco } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '../../engine/specs';
import type { EditorLanguage } from './file-kind';
import { SPECS_MARKER_OWNER, toMarker, toProblems, type Problem } from './markers';
import { DARK_THEME, LIGHT_THEME, monaco, setModelSchema, type SchemaId } from './monaco-setup';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

/** What the surrounding component can do with the editor once it is up. */
export interface EditorHandle {
  reveal: (line: number, column: number) => void;
}

export interface MonacoViewProps {
  value: string;
  onChange?: (value: string) => void;
  language: EditorLanguage;
  /** Unique per editor instance; its file name part lets Monaco pick the language. */
  modelPath: string;
  readOnly: boolean;
  dark: boolean;
  ariaLabel: string;
  height: string;
  diagnostics: Diagnostic[];
  /** The text `diagnostics` were computed for: markers are set only while the model still holds it. */
  diagnosticsText: string | undefined;
  /** The specs module's schema for completion and hovers (buildspec by version, or AppSpec), if any. */
  schema: SchemaId | undefined;
  /** When set, a side-by-side view: this text (read-only) on the left, `value` (editable) on the right. */
  compareWith?: string;
  compareLabel?: string;
  onProblems: (problems: Problem[]) => void;
  onReady: (handle: EditorHandle) => void;
}

const OPTIONS = {
  minimap: { enabled: false },
  fontSize: 13,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  insertSpaces: true,
  renderWhitespace: 'boundary',
  fixedOverflowWidgets: true,
  'semanticHighlighting.enabled': false,
} as const;

function problemsOf(model: ReturnType<CodeEditor['getModel']>): Problem[] {
  return model ? toProblems(monaco.editor.getModelMarkers({ resource: model.uri })) : [];
}

/** The Monaco part of SpecEditor: its own chunk, loaded the first time an editor opens. */
export function MonacoView(props: MonacoViewProps) {
  const { value, onChange, language, modelPath, readOnly, dark, ariaLabel, height, compareWith } = props;
  const [editor, setEditor] = useState<CodeEditor>();
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  // Markers are replaced per owner on every check, never accumulated.
  const { diagnostics, diagnosticsText, schema } = props;
  useEffect(() => {
    const model = editor?.getModel();
    if (!model || diagnosticsText === undefined || model.getValue() !== diagnosticsText) return;
    monaco.editor.setModelMarkers(model, SPECS_MARKER_OWNER, diagnostics.map(toMarker));
  }, [editor, diagnostics, diagnosticsText]);

  useEffect(() => {
    const uri = editor?.getModel()?.uri.toString();
    if (!uri || !schema || language === 'plaintext') return;
    setModelSchema(uri, language, schema);
    return () => setModelSchema(uri, language, undefined);
  }, [editor, schema, language]);

  // Every owner's markers (the specs module's, Monaco's JSON service's) feed the Problems list.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    callbacks.current.onProblems(problemsOf(model));
    const subscription = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === model.uri.toString())) callbacks.current.onProblems(problemsOf(model));
    });
    return () => subscription.dispose();
  }, [editor]);

  /*
   * The editor owns its text while the user types: each change is read once (getValue) and reported; only a
   * value that differs from the last one reported (a template chosen, a draft restored) is written back, as
   * one undoable edit. Keeps typing in an 88 KB file from copying the whole text several times a keystroke.
   */
  const reported = useRef(value);
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || compareWith !== undefined || value === reported.current) return;
    reported.current = value;
    if (model.getValue() === value) return;
    editor.pushUndoStop();
    editor.executeEdits('cicdlab', [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
    editor.pushUndoStop();
  }, [editor, value, compareWith]);

  const ready = (ed: CodeEditor) => {
    setEditor(ed);
    callbacks.current.onReady({
      reveal: (line, column) => {
        ed.setPosition({ lineNumber: line, column });
        ed.revealPositionInCenter({ lineNumber: line, column });
        ed.focus();
      },
    });
  };

  const options = { ...OPTIONS, readOnly, domReadOnly: readOnly, ariaLabel };
  const theme = dark ? DARK_THEME : LIGHT_THEME;
  const loading = <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">Starting the editor…</p>;

  /*
   * Keys typed in the editor belong to the editor: the console's single-key shortcuts (Space pauses the
   * simulation) listen on the window, and Monaco's input is no textarea they would recognise.
   */
  const keepKeys = (event: React.KeyboardEvent) => event.stopPropagation();

  if (compareWith !== undefined) {
    return (
      <div onKeyDown={keepKeys}>
        <DiffEditor
          original={compareWith}
          modified={value}
          language={language}
          originalModelPath={`${modelPath}.latest`}
          modifiedModelPath={modelPath}
          theme={theme}
          height={height}
          loading={loading}
          options={{
            ...options,
            renderSideBySide: true,
            originalEditable: false,
            ariaLabel: props.compareLabel ?? ariaLabel,
          }}
          onMount={(diff) => {
            const modified = diff.getModifiedEditor();
            modified.updateOptions({ ariaLabel });
            modified.onDidChangeModelContent(() => {
              reported.current = modified.getValue();
              callbacks.current.onChange?.(reported.current);
            });
            ready(modified);
          }}
        />
      </div>
    );
  }

  return (
    <div onKeyDown={keepKeys}>
      <Editor
        defaultValue={value}
        language={language}
        path={modelPath}
        theme={theme}
        height={height}
        loading={loading}
        options={options}
        onChange={(next) => {
          reported.current = next ?? '';
          onChange?.(reported.current);
        }}
        onMount={(ed: CodeEditor, _m: ReactMonaco) => ready(ed)}
      />
    </div>
  );
}
