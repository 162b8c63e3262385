// The leader page's only script, progressive enhancement: the page works without it.
// - Where the phone can share files (Web Share API level 2), the share image gets a button that
//   opens the phone's share sheet with the PNG itself, ready to send into the group's Zalo chat.
//   Without it the page already offers "Xem" to show the image for a long-press save.
// - The message's box (to forward to the group's Zalo) gets its "Sao chép" button: the box's text onto the clipboard (the Clipboard
//   API where the page may use it, else the text selected and the browser's copy command, as
//   Zalo's in-app browser on a page served over http), the whole text left selected, and the
//   page's words for what happened (data-done, data-failed: the template's, in Vietnamese).
//   Without it the box's hint says to long-press, select all and copy.
// - A static site's page (made once, it cannot know the day) holds the campaign's days: the
//   note the served page says before a contest starts or after the last day (data-starts,
//   data-ends, YYYY-MM-DD) is shown by the phone's own date. Without it the printed days tell.
(() => {
  if (!navigator.canShare || !window.fetch || !window.File) return;
  for (const button of document.querySelectorAll('a[data-share]')) {
    const url = button.getAttribute('data-share');
    const name = button.getAttribute('data-name') || 'anh.png';
    let file;
    fetch(url)
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        file = new File([blob], name, { type: blob.type || 'image/png' });
        if (navigator.canShare({ files: [file] })) button.hidden = false;
      })
      .catch(() => {});
    button.addEventListener('click', (event) => {
      if (!file) return;
      event.preventDefault();
      navigator.share({ files: [file] }).catch(() => {});
    });
  }
})();
(() => {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const box = document.getElementById(button.getAttribute('data-copy'));
    const status = document.getElementById(button.getAttribute('data-status'));
    if (!box || !status) continue;
    const selectAll = () => {
      box.focus();
      box.setSelectionRange(0, box.value.length);
    };
    const say = (done) => {
      status.textContent = status.getAttribute(done ? 'data-done' : 'data-failed');
      status.classList.toggle('failed', !done);
    };
    const copyCommand = () => {
      selectAll();
      let done = false;
      try {
        done = document.execCommand('copy');
      } catch (_error) {
        done = false;
      }
      say(done);
    };
    button.addEventListener('click', () => {
      // No optional chaining (`?.`) or `catch {}`: a phone's older browser would not run the file.
      const clipboard = navigator.clipboard;
      if (clipboard && typeof clipboard.writeText === 'function') {
        clipboard.writeText(box.value).then(() => {
          selectAll();
          say(true);
        }, copyCommand);
      } else {
        copyCommand();
      }
    });
    button.hidden = false;
    for (const hint of document.querySelectorAll(`[data-hint-for="${box.id}"]`)) {
      hint.hidden = !hint.hasAttribute('data-with-script');
    }
  }
})();
(() => {
  const d = new Date();
  const two = (n) => (n < 10 ? '0' : '') + n;
  const today = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  const ended = document.querySelector('[data-ends]');
  if (ended && today > ended.getAttribute('data-ends')) {
    ended.hidden = false;
    // As the served page after the end: no steps to send the message or print.
    for (const el of document.querySelectorAll('[data-until-end]')) el.hidden = true;
  }
  const before = document.querySelector('[data-starts]');
  if (before && today < before.getAttribute('data-starts')) before.hidden = false;
})();
