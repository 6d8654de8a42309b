import { useEffect, useId, useRef } from 'react';

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  /** The dialog's name (its heading, which labels it). */
  title: React.ReactNode;
  /**
   * Esc asks to close: the owner decides (e.g. not while a request is in flight, or first leave a
   * confirmation step). The owner unmounts the dialog to close it.
   */
  onRequestClose: () => void;
  children: React.ReactNode;
  className?: string;
}

/**
 * A modal on the native <dialog>: `showModal()` makes the rest of the page inert (focus stays in
 * the dialog), the heading labels it, focus starts on the first control, and Esc goes through
 * `onRequestClose`. Environments without `showModal` (the test DOM) get the `open` attribute.
 */
export function Dialog({ title, onRequestClose, children, className }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const requestClose = useRef(onRequestClose);
  requestClose.current = onRequestClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc in a browser: the owner decides
        event.preventDefault();
        requestClose.current();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        requestClose.current();
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
