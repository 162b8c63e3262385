// The leader page's only script, progressive enhancement: the page works without it.
// - Where the phone can share files (Web Share API level 2), the share image gets a button that
//   opens the phone's share sheet with the PNG itself (fetched on the tap), ready to send into
//   the group's Zalo chat.
//   Without it the page already offers "Xem" to show the image for a long-press save.
// - The message's box (to forward to the group's Zalo) gets its "Sao chép" button: the box's text onto the clipboard (the Clipboard
//   API where the page may use it, else the text selected and the browser's copy command, as
//   Zalo's in-app browser on a page served over http), the whole text left selected, and the
//   page's words for what happened (data-done, data-failed: the template's, in Vietnamese).
//   Without it the box's hint says to long-press, select all and copy.
// - A static site's page (made once, it cannot know the day) holds the campaign's days: the
//   note the served page says before a contest starts or after the last day (data-starts,
//   data-ends, YYYY-MM-DD) is shown by the phone's own date. Without it the printed days tell.
// - Where the sheet cannot size the message's box to its text, its height is set to it.
// - A static site's page (made once for every browser) holds the in-app note hidden
//   (data-in-app): shown inside Zalo's or Facebook's own browser, which names itself in the
//   User-Agent as the server reads it (src/serve/views.ts isInAppBrowser).
(() => {
  if (!navigator.canShare || !window.fetch || !window.File) return;
  for (const button of document.querySelectorAll('a[data-share]')) {
    const url = button.getAttribute('data-share');
    const name = button.getAttribute('data-name') || 'anh.png';
    // Whether the phone shares a PNG, asked with an empty one: the image itself (114 KB) is
    // fetched when the button is tapped, not on every visit over 3G (qa34 m1).
    try {
      if (!navigator.canShare({ files: [new File([''], name, { type: 'image/png' })] })) continue;
    } catch (_error) {
      continue;
    }
    let file;
    let loading;
    const load = () => {
      loading =
        loading ||
        fetch(url)
          .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
          .then((blob) => {
            file = new File([blob], name, { type: blob.type || 'image/png' });
            return file;
          });
      // A failed fetch is tried again on the next tap.
      loading.catch(() => {
        loading = undefined;
      });
      return loading;
    };
    button.addEventListener('click', (event) => {
      event.preventDefault();
      load()
        .then((f) => navigator.share({ files: [f] }))
        .catch((error) => {
          // The leader closed the share sheet: nothing to do. Otherwise (the image did not come,
          // or it came too late after the tap for the phone to open its sheet): the image opens
          // as "Xem" shows it, for a long-press save.
          if (error && error.name === 'AbortError') return;
          window.location.href = button.href;
        });
    });
    button.hidden = false;
  }
})();
(() => {
  // Run once every button has set its box's hints (the copy above a tall box names itself).
  const placings = [];
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const box = document.getElementById(button.getAttribute('data-copy'));
    const status = document.getElementById(button.getAttribute('data-status'));
    if (!box || !status) continue;
    // The text selected with the focus in the box, the view left where the leader tapped: focus
    // would scroll the page up to the top of the box (4 screens up at 200 % text, qa41 M1), and
    // the confirmation under the button would be out of view. A browser without preventScroll
    // (Safari before 15) scrolls anyway: the view is put back.
    const selectAll = () => {
      const x = window.pageXOffset;
      const y = window.pageYOffset;
      try {
        box.focus({ preventScroll: true });
      } catch (_error) {
        box.focus();
      }
      box.setSelectionRange(0, box.value.length);
      if (window.pageXOffset !== x || window.pageYOffset !== y) window.scrollTo(x, y);
    };
    // What happened, said under the button; brought into view if the button was at the bottom
    // edge (only as far as it needs: the button stays in view).
    const say = (done) => {
      status.textContent = status.getAttribute(done ? 'data-done' : 'data-failed');
      status.classList.toggle('failed', !done);
      const rect = status.getBoundingClientRect();
      const below = rect.bottom - window.innerHeight;
      if (below > 0) window.scrollBy(0, Math.min(below + 8, Math.max(0, rect.top - 8)));
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
      hint.hidden = !hint.hasAttribute('data-with-script') || hint.hasAttribute('data-when-tall');
    }
    // The copy above the box: only when the box is taller than the screen (a long message at
    // large text, qa41 M1), so that the leader need not scroll through it to the button below;
    // the hint then names the one right under it.
    if (button.hasAttribute('data-when-tall')) {
      const place = () => {
        const tall = box.offsetHeight > window.innerHeight;
        button.hidden = !tall;
        status.hidden = !tall;
        for (const hint of document.querySelectorAll(`[data-hint-for="${box.id}"]`)) {
          if (hint.hasAttribute('data-with-script'))
            hint.hidden = tall !== hint.hasAttribute('data-when-tall');
        }
      };
      placings.push(place);
      window.addEventListener('resize', place);
      // The box grows with the text's size too (the phone's setting, a zoom), the window not.
      if (typeof ResizeObserver === 'function') new ResizeObserver(place).observe(box);
    }
  }
  for (const place of placings) place();
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
(() => {
  // The message's box as tall as its text where the sheet cannot say so (field-sizing: Chrome
  // 123+, no Safari, so no iPhone's Zalo): its rows are counted for a 320 px phone at 130 %
  // text (views.ts messageBox, qa34 m3), and this grows it past them where a phone's font needs
  // more. Again when the phone turns or the text size changes.
  // No optional chaining: a phone's older browser would not run the file.
  const css = window.CSS;
  if (css && typeof css.supports === 'function' && css.supports('field-sizing', 'content')) return;
  for (const box of document.querySelectorAll('textarea.message-text')) {
    const fitText = () => {
      box.style.height = 'auto';
      box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
    };
    fitText();
    window.addEventListener('resize', fitText);
    window.addEventListener('load', fitText);
  }
})();
(() => {
  // The figures form (served pages only; a static site has none) sent with fetch, so that a send
  // the network loses (3G dropping on "Lưu lại", qa34 M1) is said in the page, in Vietnamese,
  // with the typed figures still in their boxes and the button saying "Gửi lại", instead of the
  // browser's own error page. The server's answer (saved, or refused with why) is the page it
  // answers a plain POST with: its figures section replaces this one. Any other answer (the pages
  // closed, the link replaced, too many sends, the server restarting or failing, a proxy with no
  // server behind it) is said in the "Chưa gửi được" box in its own words, the figures kept
  // (replacing the whole page lost them: Back left the leader page); when that answer is a 410
  // (the group left the list, the pages closed, the link replaced) no send can help: no "Gửi lại".
  // No answer in time (none started, or one that stopped arriving) is said as such, with "Gửi
  // lại". A resend is the same form (its `form` and `base`), which the server stores once.
  // Without script the plain POST stays.
  // No optional chaining, `??`, `catch {}`, FormData iteration or URLSearchParams(form): a phone's
  // older browser (Chrome 61, Safari 12) would not run the file.
  if (!window.fetch || !window.DOMParser || !window.history) return;
  /**
   * How long a send may wait for the start of an answer before it is said not sent (a 3G answer
   * starts in seconds). Once the answer starts arriving the server has the form: no limit then.
   * An answer that comes after the limit is still shown, unless the leader has sent again.
   */
  const WAIT_MS = 30000;
  /**
   * How long an answer that started may take to arrive whole (the leader page, tens of KB, takes
   * seconds over 3G): past it the link has stalled, and "Đang gửi…" would stay for ever.
   */
  const BODY_WAIT_MS = 60000;
  /** The box's words for no answer in time (data-no-answer), not the words of a failed send. */
  const NO_ANSWER = {};
  const bodyOf = (form) => {
    const parts = [];
    for (const el of form.elements) {
      if (!el.name || el.disabled) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      if (el.type === 'submit' || el.type === 'button' || el.type === 'file') continue;
      parts.push(`${encodeURIComponent(el.name)}=${encodeURIComponent(el.value)}`);
    }
    return parts.join('&');
  };
  const textOf = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
  /**
   * What a page that is not the form says (the ward's own error pages): its words, then its
   * "ask" line (whom to call) as nodes; null for a page that says nothing (a proxy's).
   */
  const saidBy = (page) => {
    const title = textOf(page.querySelector('main .title'));
    const hint = textOf(page.querySelector('main .hint'));
    if (!title && !hint) return null;
    // A page that lists the figures not saved (the pages closed) says how to send them instead.
    const instead = textOf(page.querySelector('main .form-errors p:last-child'));
    const words = [
      'Số liệu chưa được lưu.',
      title ? `${title}:` : '',
      hint,
      'Các số vừa nhập vẫn còn trong các ô ở trên.',
      instead,
    ]
      .filter(Boolean)
      .join(' ');
    return { words, ask: askNodes(page.querySelector('main .ask')) };
  };
  /**
   * The answer's "ask" line made anew here: its words as text, and the office's phone, a tel:
   * link of digits, as a tap-to-call link again. Nothing else of the answer's HTML is taken (a
   * proxy's page, or one gone wrong, may hold any link or markup).
   */
  const askNodes = (ask) => {
    const nodes = [];
    if (!ask) return nodes;
    for (const node of ask.childNodes) {
      const text = node.textContent.replace(/\s+/g, ' ');
      const href = node.nodeName === 'A' ? node.getAttribute('href') || '' : '';
      if (/^tel:\+?[0-9]+$/.test(href)) {
        const link = document.createElement('a');
        link.className = 'tel';
        link.setAttribute('href', href);
        link.textContent = text.trim();
        nodes.push(link);
      } else nodes.push(document.createTextNode(text));
    }
    return nodes;
  };
  // The box's own words ("Chưa gửi được: …"), kept while it shows an answer's instead.
  const ownWords = new WeakMap();
  // Sends started, the one the button waits for (0: none), the latest whose answer is shown.
  let sends = 0;
  let waiting = 0;
  let shown = 0;
  // Forms a 410 answered: their page takes no figures any more, and sending again cannot help.
  const gone = new WeakSet();
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('figures')) return;
    const failed = form.querySelector('.send-failed');
    const button = form.querySelector('button[type="submit"]');
    if (!failed || !button) return;
    event.preventDefault();
    if (gone.has(form)) {
      failed.focus();
      return;
    }
    // A second tap while the first is on its way: that one answers.
    if (waiting) return;
    if (!ownWords.has(failed)) ownWords.set(failed, failed.innerHTML);
    const send = ++sends;
    waiting = send;
    button.textContent = button.getAttribute('data-sending');
    failed.hidden = true;
    /**
     * Not sent, or not taken: said in the box (the answer's words and its "ask" line, NO_ANSWER's,
     * else its own), with "Gửi lại" unless `final` (a 410: the button goes).
     */
    const notSent = (said, final) => {
      if (waiting !== send) return;
      waiting = 0;
      if (said === NO_ANSWER) {
        // "Chưa nhận được trả lời…: …" with its lead in bold, as the box's own words have theirs.
        const words = failed.getAttribute('data-no-answer') || '';
        const lead = document.createElement('strong');
        lead.textContent = words.slice(0, words.indexOf(':') + 1);
        failed.textContent = '';
        failed.appendChild(lead);
        failed.appendChild(document.createTextNode(words.slice(words.indexOf(':') + 1)));
      } else if (said) {
        failed.textContent = said.ask.length > 0 ? `${said.words} ` : said.words;
        for (const node of said.ask) failed.appendChild(node);
      } else failed.innerHTML = ownWords.get(failed);
      if (final) {
        gone.add(form);
        button.hidden = true;
      } else button.textContent = button.getAttribute('data-retry');
      failed.hidden = false;
      failed.focus();
    };
    const timer = setTimeout(() => notSent(NO_ANSWER), WAIT_MS);
    let bodyTimer;
    fetch(form.action, {
      method: 'POST',
      body: bodyOf(form),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      credentials: 'same-origin',
    })
      .then((response) => {
        // The answer is arriving: the server has the form.
        clearTimeout(timer);
        bodyTimer = setTimeout(() => notSent(NO_ANSWER), BODY_WAIT_MS);
        return response.text().then((text) => {
          clearTimeout(bodyTimer);
          // The leader sent again meanwhile: that send answers.
          if (send !== sends || send <= shown) return;
          const page = new DOMParser().parseFromString(text, 'text/html');
          const fresh = page.getElementById('ket-qua');
          const here = document.getElementById('ket-qua');
          if (!fresh || !here) {
            waiting = send;
            const said = saidBy(page);
            notSent(said, response.status === 410 && said !== null);
            return;
          }
          waiting = 0;
          shown = send;
          here.parentNode.replaceChild(document.importNode(fresh, true), here);
          // Saved: a new entry at the address the plain POST ends at ("?da-luu"), as that one
          // makes: a reload says the same, and Back goes to the page's own address.
          if (response.redirected && response.url) {
            history.pushState(null, '', `${response.url.split('#')[0]}#ket-qua`);
          }
          // What the server said takes the focus (the tapped button went with the old section):
          // a screen reader reads it, and it is in view.
          const said =
            document.getElementById('ket-qua-loi') || document.querySelector('#ket-qua .saved');
          if (said) {
            said.focus();
            said.scrollIntoView();
          }
        });
      })
      .catch(() => {
        clearTimeout(timer);
        clearTimeout(bodyTimer);
        notSent(null);
      });
  });
})();
(() => {
  if (!/\bZalo\b|FBAN|FBAV|FB_IAB/i.test(navigator.userAgent || '')) return;
  for (const note of document.querySelectorAll('[data-in-app]')) note.hidden = false;
})();
