// The difference of two states of a service as a table: field, before, after; lines that went away are
// struck through, new ones marked (with words for screen readers, not colour alone).
import { useView } from '../../../platform/views/context.ts';
import type { FieldChange } from '../diff.ts';

function Lines(props: { lines: string[]; marked: string[]; kind: 'del' | 'ins' }) {
  const { t } = useView();
  if (!props.lines.length) return <span class="kern-body kern-body--small">{t('editorial.diff.empty')}</span>;
  return (
    <ul class="kern-list editorial-lines">
      {props.lines.map((line, i) => (
        <li key={i}>{props.marked.includes(line)
          ? (props.kind === 'del' ? <del><span class="kern-sr-only">{t('editorial.diff.removed')}: </span>{line}</del>
            : <ins><span class="kern-sr-only">{t('editorial.diff.added')}: </span>{line}</ins>)
          : line}</li>
      ))}
    </ul>
  );
}

export function DiffTable(props: { changes: FieldChange[]; caption: string; beforeLabel?: string; afterLabel?: string; onlyNew?: boolean }) {
  const { t } = useView();
  if (!props.changes.length) return <p class="kern-body">{t('editorial.diff.none')}</p>;
  return (
    <table class="kern-table editorial-diff">
      <caption class="kern-title">{props.caption}</caption>
      <thead class="kern-table__head"><tr class="kern-table__row">
        <th class="kern-table__header" scope="col">{t('editorial.diff.field')}</th>
        {props.onlyNew ? null : <th class="kern-table__header" scope="col">{props.beforeLabel ?? t('editorial.diff.before')}</th>}
        <th class="kern-table__header" scope="col">{props.afterLabel ?? t('editorial.diff.after')}</th>
      </tr></thead>
      <tbody class="kern-table__body">
        {props.changes.map((c) => (
          <tr class="kern-table__row" key={c.key}>
            <th class="kern-table__cell" scope="row">{c.label}</th>
            {props.onlyNew ? null : <td class="kern-table__cell"><Lines lines={c.before} marked={c.removed} kind="del" /></td>}
            <td class="kern-table__cell"><Lines lines={c.after} marked={props.onlyNew ? [] : c.added} kind="ins" /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
