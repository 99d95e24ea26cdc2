import { useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionDeclaration } from '../../../engine/specs/pipeline/types';
import { validateDeclaration } from '../../../engine/specs/pipeline/validate-declaration';
import { buttonClass } from '../../../components/button-styles';
import { Panel } from '../../../components/panel';
import { CodeView } from '../code-view/code-view';
import { useDraftStore } from '../draft/draft-store';
import { parseNodeId } from '../graph/node-ids';
import { PipelineGraph, type GraphEditing } from '../graph/pipeline-graph';
import { paletteItem, type PaletteItem } from './catalog';
import {
  addAction,
  addStage,
  connectArtifact,
  moveAction,
  moveStage,
  pasteAction,
  removeAction,
  removeInputArtifact,
  removeStage,
  type Edit,
} from './edits';
import { HistoryButtons, SMALL } from './history-buttons';
import { nextSelection, type ArrowKey } from './navigation';
import { PALETTE_MIME, Palette } from './palette';
import { toProblems, problemsByNode } from './problems';
import { ProblemsList } from './problems-list';
import { PropertyPanel } from './property-panel';

const ARTIFACT_EDGE = /^artifact-(\d+)-(\d+)-(\d+)$/;
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Keys typed into a field belong to the field (its own undo, its own arrows). */
const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || !!target.closest('input, textarea, select, .monaco-editor'));

const current = () => useDraftStore.getState().declaration!;

/**
 * The pipeline designer on the draft store: palette, canvas, property panel, problems and the code view. The
 * page around it loads the draft and saves it.
 */
export function Designer({ nameLocked }: { nameLocked: boolean }) {
  const declaration = useDraftStore((s) => s.declaration)!;
  const [selectedId, setSelectedId] = useState<string>();
  const [copied, setCopied] = useState<ActionDeclaration>();
  const canvas = useRef<HTMLDivElement>(null);

  // Validation follows typing a frame behind, so a 500-action pipeline never slows the keystroke itself.
  const checked = useDeferredValue(declaration);
  const problems = useMemo(() => toProblems(validateDeclaration(checked)), [checked]);
  const badges = useMemo(() => problemsByNode(problems), [problems]);

  const onEdit = useCallback((edit: Edit | undefined, coalesce?: string) => {
    if (!edit) return;
    useDraftStore.getState().apply(edit.declaration, edit.label, coalesce);
    if (edit.select !== undefined) setSelectedId(edit.select);
  }, []);

  const select = useCallback((id: string | undefined) => {
    setSelectedId(id);
    canvas.current?.focus({ preventScroll: true });
  }, []);

  const editing = useMemo<GraphEditing>(
    () => ({
      onDrop: (data, stageIndex) => {
        const item = paletteItem(data.getData(PALETTE_MIME));
        if (item) onEdit(addAction(current(), item, stageIndex));
      },
      onConnectArtifact: (artifact, target) => onEdit(connectArtifact(current(), artifact, target)),
      onMoveAction: (from, slot) => onEdit(moveAction(current(), from, slot)),
      onMoveStage: (from, to) => onEdit(moveStage(current(), from, to)),
    }),
    [onEdit],
  );

  const targetStage = parseNodeId(selectedId)?.stageIndex;
  const onAdd = useCallback(
    (item: PaletteItem) => onEdit(addAction(current(), item, targetStage)),
    [onEdit, targetStage],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || isTyping(event.target)) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const store = useDraftStore.getState();
    if (mod && (key === 'z' || key === 'y')) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) store.redo();
      else store.undo();
      return;
    }
    const ref = parseNodeId(selectedId);
    if (mod && key === 'c' && ref?.kind === 'action') {
      setCopied(declaration.stages[ref.stageIndex]?.actions[ref.actionIndex]);
      return;
    }
    if (mod && key === 'v' && copied) {
      event.preventDefault();
      onEdit(pasteAction(declaration, copied, ref?.stageIndex ?? declaration.stages.length - 1));
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      const edge = selectedId && ARTIFACT_EDGE.exec(selectedId);
      const edit = edge
        ? removeInputArtifact(declaration, { stageIndex: +edge[1]!, actionIndex: +edge[2]!, inputIndex: +edge[3]! })
        : ref?.kind === 'action'
          ? removeAction(declaration, ref.stageIndex, ref.actionIndex)
          : ref?.kind === 'stage'
            ? removeStage(declaration, ref.stageIndex)
            : undefined;
      if (edit) {
        event.preventDefault();
        onEdit(edit);
        if (edge) setSelectedId(undefined);
      }
      return;
    }
    if (ARROWS.has(event.key) && canvas.current?.contains(event.target as Node)) {
      event.preventDefault();
      setSelectedId(nextSelection(declaration, selectedId, event.key as ArrowKey));
    }
  };

  return (
    <div onKeyDown={onKeyDown} className="space-y-4">
      <div className="grid h-[640px] grid-cols-[180px_minmax(0,1fr)_320px] grid-rows-[100%] overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="border-r border-zinc-200 dark:border-zinc-800">
          <Palette
            onAdd={onAdd}
            targetStage={targetStage === undefined ? undefined : declaration.stages[targetStage]?.name}
          />
        </div>
        <div className="flex min-w-0 flex-col">
          <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 text-xs dark:border-zinc-800">
            <HistoryButtons />
            <button type="button" className={buttonClass('normal', SMALL)} onClick={() => onEdit(addStage(current()))}>
              Add stage
            </button>
            <span className="ml-auto text-zinc-600 dark:text-zinc-400">
              {copied && <>Copied {copied.name} · </>}
              {problems.length === 0
                ? 'No problems'
                : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}
            </span>
          </div>
          <div
            ref={canvas}
            tabIndex={0}
            aria-label="Pipeline canvas: arrow keys move between stages and actions, Delete removes, Ctrl+C and Ctrl+V copy an action"
            className="relative min-h-0 flex-1 focus-visible:outline-offset-[-2px]"
          >
            <PipelineGraph
              declaration={declaration}
              editable
              editing={editing}
              problems={badges}
              selectedId={selectedId}
              onSelect={select}
              className="absolute inset-0"
            />
          </div>
        </div>
        <aside aria-label="Properties" className="overflow-y-auto border-l border-zinc-200 dark:border-zinc-800">
          <PropertyPanel
            declaration={declaration}
            selectedId={selectedId}
            problems={problems}
            nameLocked={nameLocked}
            onEdit={onEdit}
          />
        </aside>
      </div>
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-start gap-4">
        <Panel title={`Problems (${problems.length})`} flush>
          <ProblemsList declaration={declaration} problems={problems} onSelect={select} />
        </Panel>
        <Panel title="Code" flush>
          <CodeView height="420px" />
        </Panel>
      </div>
    </div>
  );
}
