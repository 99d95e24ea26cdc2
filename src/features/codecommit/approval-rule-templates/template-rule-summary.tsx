import { describeRule, parseRuleContentFields } from '../pull-requests/rule-content';

/** A template's content in words: `1 approval from ben or cleo, on refs/heads/main`. */
export function TemplateRuleSummary({ content }: { content: string }) {
  const fields = parseRuleContentFields(content);
  if (!fields) return <code className="font-mono text-xs break-all">{content}</code>;
  const refs = fields.destinationReferences;
  return (
    <span>
      {describeRule(fields)}
      {refs && refs.length > 0 ? (
        <>
          , on <span className="font-mono text-xs">{refs.join(', ')}</span>
        </>
      ) : (
        ', on every destination branch'
      )}
    </span>
  );
}
