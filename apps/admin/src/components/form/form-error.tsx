import { Children } from 'react';

/**
 * Problems of a whole form (not of one field), at its top: an alert, so it is announced, and
 * focusable, so the form can move focus there after a failed attempt.
 */
export function FormError({
  messages,
  ref,
  children,
}: {
  /** Distinct messages (each is its own key). */
  messages: readonly string[];
  ref?: React.Ref<HTMLDivElement>;
  /** Extra content under the messages (e.g. an action to recover). */
  children?: React.ReactNode;
}) {
  // `children` may be a list of nothing (`{a ? … : null}{b ? … : null}`): no alert until there is something to say.
  if (messages.length === 0 && Children.toArray(children).length === 0) return null;
  return (
    <div ref={ref} className="form-error" role="alert" tabIndex={-1}>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {children}
    </div>
  );
}
