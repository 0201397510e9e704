/**
 * The share menu's and embed code's buttons: copy to the clipboard (with a visible confirmation
 * that screen readers announce) and the native share sheet. Without this script the buttons stay
 * hidden and everything else works: the link and the code can be selected and copied, the Weibo
 * and e-mail links are plain links, the QR code is an SVG in the page.
 */

async function copy(source: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(source.value);
    return true;
  } catch {
    // No Clipboard API (older in-app browsers) or no permission: the selection and the old command.
    source.focus();
    source.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function say(status: HTMLElement, message: string) {
  // Emptied first, so the same message is announced again on a second copy.
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | HTMLTextAreaElement | null;
  const status = document.getElementById(button.dataset.status ?? '');
  if (!source || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const copied = await copy(source);
    if (!copied) {
      source.focus();
      source.select();
    }
    say(status, (copied ? button.dataset.copied : button.dataset.failed) ?? '');
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-native]')) {
  if (typeof navigator.share !== 'function') continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const { title = '', text = '', url = location.href } = button.dataset;
    // Closing the sheet without sharing rejects the promise: nothing to report.
    navigator.share({ title, text, url }).catch(() => {});
  });
}
