import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../form/dialog';
import { FormError } from '../form/form-error';
import { answerMessages, RemoveFrameworkNodeMutation } from './framework-mutations';
import { useState } from 'react';
import { ConfirmStep } from '../form/form-actions';

/** "Xóa tiêu chí": asks once more, naming the node and how many nodes go with it, then removes them. */
export function FrameworkRemoveDialog({
  node,
  descendants,
  version,
  onClose,
  onRemoved,
}: {
  node: { id: string; code: string; name: string };
  descendants: number;
  version: number;
  onClose: () => void;
  onRemoved: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, remove] = useMutation(RemoveFrameworkNodeMutation);
  const [messages, setMessages] = useState<string[]>([]);
  const confirm = async () => {
    setMessages([]);
    const result = await remove({ input: { nodeId: node.id, version } });
    const answer = result.data?.removeFrameworkNode;
    if (result.error || !answer) {
      return setMessages([t('frameworkEditor.failed', { message: result.error?.message ?? '' })]);
    }
    if (answer.__typename === 'FrameworkEditSuccess') return onRemoved(node.code);
    setMessages(answerMessages(answer));
  };
  return (
    <Dialog
      title={t('frameworkEditor.remove.title', { code: node.code })}
      onRequestClose={() => !fetching && onClose()}
    >
      <FormError messages={messages} />
      <ConfirmStep
        question={t(
          descendants > 0 ? 'frameworkEditor.remove.questionWithChildren' : 'frameworkEditor.remove.questionLeaf',
          { code: node.code, name: node.name, count: descendants },
        )}
        confirm={t('frameworkEditor.remove.confirm')}
        sending={fetching}
        onConfirm={() => void confirm()}
        onBack={onClose}
      />
    </Dialog>
  );
}
