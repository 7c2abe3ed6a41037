// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copyText';

/** happy-dom has no execCommand; this stands in for the browser's, recording what was selected. */
function installExecCommand(result: boolean) {
  const copied: string[] = [];
  const execCommand = vi.fn((command: string) => {
    const active = document.activeElement;
    if (command === 'copy' && active instanceof HTMLTextAreaElement)
      copied.push(active.value.slice(active.selectionStart, active.selectionEnd));
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { copied, execCommand };
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('copyText', () => {
  it('uses the Clipboard API when the browser allows it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { execCommand } = installExecCommand(true);
    await expect(copyText('{"id":"chatcmpl-1"}')).resolves.toBe('clipboard');
    expect(writeText).toHaveBeenCalledWith('{"id":"chatcmpl-1"}');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to a selected textarea and execCommand when the Clipboard API is refused, as in a DevTools panel', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('blocked by permissions policy', 'NotAllowedError'));
    const { copied } = installExecCommand(true);
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();

    await expect(copyText('data: [DONE]\n\n')).resolves.toBe('execCommand');
    expect(copied).toEqual(['data: [DONE]\n\n']);
    // The helper textarea is gone and the focus is back where the user left it.
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('reports a failure when the browser refuses both ways', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    installExecCommand(false);
    await expect(copyText('x')).resolves.toBe('failed');
    expect(document.querySelector('textarea')).toBeNull();
  });
});
