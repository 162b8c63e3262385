// The studio's progressive script: every page works without it. With it, saving the campaign
// form stays on the page (its problems or "saved" shown in place) and the preview beside it
// reloads; picking a group or a document reloads only the preview.
(() => {
  // A form's answer shown at another address (a refused logo upload, at /c/<slug>/logo, whose
  // GET is the picture): the address bar gets the page's own, so a reload opens the page.
  const canonical = document.querySelector('link[rel="canonical"]');
  if (canonical instanceof HTMLLinkElement) {
    const own = new URL(canonical.href);
    if (own.origin === location.origin && own.pathname !== location.pathname)
      history.replaceState(history.state, '', own.pathname + location.hash);
  }

  // The sticky Lưu bar's height, kept clear below a focused field (studio.css, scroll-padding).
  const stickyBar = document.querySelector('.actions.sticky');
  if (stickyBar instanceof HTMLElement && 'ResizeObserver' in window) {
    new ResizeObserver(() => {
      document.documentElement.style.setProperty('--sticky-bar', `${stickyBar.offsetHeight}px`);
    }).observe(stickyBar);
    // Chromium scrolls a focused field only when less than 32 px of it shows: a text box whose
    // top shows above the bar stays half under it. Brought up whole (or its top, if taller than
    // the window), the scroll padding keeping the bar's height clear.
    document.addEventListener('focusin', (e) => {
      const field = e.target;
      if (!(field instanceof HTMLElement) || stickyBar.contains(field)) return;
      const bar = stickyBar.getBoundingClientRect();
      const r = field.getBoundingClientRect();
      if (r.bottom > bar.top && r.top < bar.bottom) field.scrollIntoView({ block: 'nearest' });
    });
  }

  const panel = () => document.getElementById('preview-panel');
  let query = '';

  async function loadPanel() {
    const p = panel();
    if (!p?.dataset.src) return;
    p.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch(p.dataset.src + (query ? `?${query}` : ''), {
        credentials: 'same-origin',
      });
      // Signed out meanwhile: the answer is a refusal (401), not a preview.
      if (res.ok && !new URL(res.url).pathname.startsWith('/sign-in'))
        p.innerHTML = await res.text();
    } finally {
      p.removeAttribute('aria-busy');
      document.body.dataset.previewed = String(Number(document.body.dataset.previewed ?? 0) + 1);
    }
  }

  // Typed but not saved: leaving the page (a tab, a link, closing it) asks first.
  let unsaved = false;
  document.addEventListener('input', (e) => {
    // By the form a field belongs to: the logo's file sits among the fields but is its own form's.
    const t = e.target;
    const owner = t && 'form' in t ? t.form : t instanceof Element ? t.closest('form') : null;
    if (owner instanceof HTMLFormElement && owner.matches('form.campaign-form')) unsaved = true;
  });
  window.addEventListener('beforeunload', (e) => {
    if (!unsaved) return;
    e.preventDefault();
    e.returnValue = '';
  });

  /** A notice at the top of the edit area, when the answer was no page of the studio. */
  function sayNotSaved(text) {
    const area = document.getElementById('edit-area');
    if (!area) return;
    area.querySelector('.notice.script')?.remove();
    const p = document.createElement('p');
    p.className = 'notice error script';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    area.prepend(p);
    p.scrollIntoView({ block: 'center' });
  }

  /**
   * The form's own Lưu: the logo's upload button sits among its fields but belongs to another
   * form (form="logo-form"), and a query for the first submit button found that one — Lưu stayed
   * clickable while saving, and a second click's save was refused as "edited elsewhere".
   */
  const saveButton = (form) =>
    [...form.elements].find((el) => el instanceof HTMLButtonElement && el.type === 'submit');

  async function save(form, again, submitter) {
    const button = saveButton(form);
    if (button) button.disabled = true;
    form.dataset.saving = 'yes';
    // Where the clerk was (a field, for Enter; else Lưu): given back after the page part is new.
    const was = document.activeElement?.id;
    try {
      let res;
      try {
        const body = new URLSearchParams(new FormData(form));
        // A named button's answer (the measures' "Vẫn lưu"), as the browser would send it.
        if (submitter instanceof HTMLButtonElement && submitter.name)
          body.append(submitter.name, submitter.value);
        res = await fetch(form.action, {
          method: 'POST',
          body,
          credentials: 'same-origin',
        });
      } catch {
        sayNotSaved(
          'Chưa lưu: không kết nối được với phần mềm (mạng hoặc máy chủ). Nội dung bạn đã gõ vẫn còn; hãy kiểm tra mạng rồi bấm Lưu lần nữa.',
        );
        return;
      }
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = doc.getElementById('edit-area');
      const area = document.getElementById('edit-area');
      if (!fresh || !area) {
        sayNotSaved(
          `Chưa lưu: phần mềm trả lời lỗi (mã ${res.status}). Nội dung bạn đã gõ vẫn còn; hãy bấm Lưu lần nữa, nếu vẫn lỗi thì chép nội dung ra chỗ khác và báo người quản trị.`,
        );
        return;
      }
      // A form of an earlier sign-in: sent once more with this session's token.
      const token = fresh.querySelector('input[name="_csrf"]');
      const mine = form.querySelector('input[name="_csrf"]');
      if (fresh.dataset.retry === 'yes' && token && !again) {
        if (mine) mine.value = token.value;
        else form.prepend(token);
        if (button) button.disabled = false;
        await save(form, true, submitter);
        return;
      }
      area.replaceWith(fresh);
      showPicks();
      if (res.ok) {
        unsaved = false;
        // Saved: the heading, the line above it (a campaign without a typed name is named by
        // its short title there too) and the tab's title name the campaign as saved, as a reload
        // would (qa58b p6: after Tên ngắn was changed, "Đã lưu." sat under the earlier title).
        const heading = doc.querySelector('h1.campaign-name');
        const shown = document.querySelector('h1.campaign-name');
        const crumb = heading?.previousElementSibling;
        const shownCrumb = shown?.previousElementSibling;
        if (crumb?.matches('p.muted') && shownCrumb?.matches('p.muted'))
          shownCrumb.replaceWith(crumb);
        if (heading && shown) shown.replaceWith(heading);
        if (doc.title) document.title = doc.title;
      }
      // The error summary (it names and links each field) takes the focus, as a screen
      // reader and a phone's reader both need; otherwise the first notice is shown.
      const first = fresh.querySelector('#problems, .notice.error, .notice');
      if (first) first.scrollIntoView({ block: 'start' });
      if (first?.matches('[tabindex]')) first.focus({ preventScroll: true });
      else {
        // Saved: the keyboard goes on where it was, not from the top of the page.
        const form = fresh.querySelector('form.campaign-form');
        const back = (was && document.getElementById(was)) || (form && saveButton(form));
        if (back instanceof HTMLElement) back.focus({ preventScroll: true });
      }
      if (res.ok) await loadPanel();
    } finally {
      delete form.dataset.saving;
      const current = document.querySelector('form.campaign-form');
      const now = form.isConnected ? button : current && saveButton(current);
      if (now) now.disabled = false;
    }
  }

  // The groups list's columns under a field (column-picks.ts): shown as buttons that insert
  // the column's placeholder where the cursor is in that field (or at its end).
  // On a phone they start folded, Thời gian's and Địa điểm's too (open on a desk): the page is
  // long, and the field's "Chèn cột…" line opens them with one tap.
  function showPicks() {
    for (const e of document.querySelectorAll('.pick-only[hidden]')) e.hidden = false;
    for (const e of document.querySelectorAll('.column-picks .no-pick')) e.hidden = true;
    if (matchMedia('(max-width: 40rem)').matches)
      for (const d of document.querySelectorAll('details.column-picks[open]')) d.open = false;
  }
  showPicks();
  const visited = new WeakSet();
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)
      visited.add(e.target);
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button.pick') : null;
    if (!button) return;
    const field = document.getElementById(button.dataset.target ?? '');
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    const text = button.dataset.insert ?? '';
    // A field never clicked into has no cursor the clerk chose: the column goes at its end.
    const chosen = visited.has(field);
    const start = chosen ? (field.selectionStart ?? field.value.length) : field.value.length;
    const end = chosen ? (field.selectionEnd ?? start) : start;
    field.setRangeText(text, start, end, 'end');
    field.focus();
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });

  document.addEventListener('submit', (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.matches('.preview-pick') && panel()) {
      e.preventDefault();
      query = new URLSearchParams(new FormData(form)).toString();
      loadPanel();
    } else if (form.matches('.campaign-form')) {
      e.preventDefault();
      // One save at a time (Enter in a field submits too): the next waits for its answer.
      if (form.dataset.saving !== 'yes') save(form, false, e.submitter);
    } else if (/^(logo|map)-(form|remove)$/.test(form.id) && unsaved) {
      // A picture's upload (the logo's, the map's) opens the page again: what was typed and not
      // saved is saved first (qa13: it was lost, behind the browser's own "leave this page?").
      const campaign = document.querySelector('form.campaign-form');
      if (!(campaign instanceof HTMLFormElement)) return;
      e.preventDefault();
      const picture = form.id.split('-')[0];
      const chosen = document.getElementById(`f-assets-${picture}-file`);
      const files = chosen instanceof HTMLInputElement && chosen.files ? [...chosen.files] : [];
      save(campaign)
        .catch(() => {})
        .then(() => {
          // The saved page is new: its file box is given the image chosen in the old one.
          const input = document.getElementById(`f-assets-${picture}-file`);
          if (files.length && input instanceof HTMLInputElement) {
            const picked = new DataTransfer();
            for (const f of files) picked.items.add(f);
            input.files = picked.files;
          }
          const again = document.getElementById(form.id);
          if (!unsaved && again instanceof HTMLFormElement) {
            again.requestSubmit();
            return;
          }
          // Not saved (its problems are shown in place): the office mends them first, and is
          // told the image waits.
          const note = document.createElement('p');
          note.className = 'notice error script';
          note.setAttribute('role', 'alert');
          note.textContent = form.id.endsWith('-form')
            ? 'Ảnh chưa được tải lên: các mục vừa sửa chưa lưu được. Hãy sửa các chỗ được báo, bấm “Lưu”, rồi bấm “Tải ảnh lên” lần nữa.'
            : picture === 'logo'
              ? 'Logo chưa được xoá: các mục vừa sửa chưa lưu được. Hãy sửa các chỗ được báo, bấm “Lưu”, rồi bấm “Xoá logo” lần nữa.'
              : 'Ảnh sơ đồ chưa được xoá: các mục vừa sửa chưa lưu được. Hãy sửa các chỗ được báo, bấm “Lưu”, rồi bấm “Xoá ảnh” lần nữa.';
          document.getElementById('edit-area')?.prepend(note);
        });
    }
  });

  document.addEventListener('change', (e) => {
    const form = e.target instanceof Element ? e.target.closest('form.preview-pick') : null;
    if (form && panel()) form.requestSubmit();
  });

  // A group's search box (a ward of thousands): a suggestion picked shows that group at once.
  document.addEventListener('input', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || !input.list) return;
    const form = input.closest('form.preview-pick');
    const picked = [...input.list.options].some((o) => o.value === input.value);
    if (form && panel() && picked) form.requestSubmit();
  });

  if (panel()?.dataset.load === 'yes') loadPanel();

  // A link to a field of the form (#f-issuer-group_term, from the groups page or the problems'
  // summary): the browser puts the input at the top, its label and help above the screen, so the
  // clerk does not see which field it is. The label is brought to the top instead.
  function showLinkedField() {
    const id = decodeURIComponent(location.hash.slice(1));
    const field = id ? document.getElementById(id) : null;
    if (!field?.closest('form.campaign-form')) return;
    // A field folded under an optional part's summary is unfolded first.
    for (let d = field.closest('details:not([open])'); d; d = d.closest('details:not([open])'))
      d.open = true;
    const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
    (label ?? field).scrollIntoView({ block: 'start' });
  }
  window.addEventListener('hashchange', showLinkedField);
  window.addEventListener('load', () => requestAnimationFrame(showLinkedField));

  // Build all: the progress bar follows the build; the page reloads (with its files) at the end.
  const build = document.getElementById('build-status');
  if (build?.dataset.state === 'running' && build.dataset.status) {
    const poll = async () => {
      try {
        const res = await fetch(build.dataset.status, { credentials: 'same-origin' });
        const s = await res.json();
        if (s.state !== 'running') {
          location.reload();
          return;
        }
        const bar = build.querySelector('progress');
        if (bar) {
          bar.max = Math.max(1, s.total);
          bar.value = s.done;
        }
        const text = build.querySelector('p');
        // The ward's word for its groups (data-unit: "tổ", "khu phố"…).
        const unit = build.dataset.unit || 'tổ';
        if (text) text.textContent = `Đang tạo tệp in: ${s.done}/${s.total || '…'} ${unit}.`;
      } catch {}
      setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
  }
})();

// The leaders' links: folded under each group's name on a phone, open on a wide screen where the
// page is not a wall of codes (routes-leaders.ts OPEN_ROWS).
(() => {
  if (!matchMedia('(min-width: 48rem)').matches) return;
  for (const more of document.querySelectorAll('.leader-links details.row-more')) more.open = true;
})();

// The leaders' links: a "Chép đường dẫn" button beside each (hidden without a script, or where
// the browser gives no clipboard: the link is still there to select and copy).
(() => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const input = document.getElementById(button.dataset.copy ?? '');
    if (!(input instanceof HTMLInputElement)) continue;
    button.hidden = false;
    // The word shown; the group's name beside it is for a screen reader (routes-leaders.ts).
    const word = button.querySelector('.copy-word') ?? button;
    button.addEventListener('click', async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(input.value);
        word.textContent = 'Đã chép';
      } catch {
        word.textContent = 'Chọn rồi chép tay';
      }
    });
  }
})();

// The campaigns' list (campaign-list.ts): the search box filters the rows as one types (without a
// script it is a GET ?q=, the server marking the other rows hidden). A year's group opens while it holds a
// match and hides when it holds none; the address keeps the query, so Back comes back to it.
(() => {
  const input = document.getElementById('campaign-q');
  if (!(input instanceof HTMLInputElement)) return;
  const rows = [...document.querySelectorAll('li[data-search]')];
  const years = [...document.querySelectorAll('details.year')];
  const total = rows.length;
  const wasOpen = new Map(years.map((d) => [d, d.open]));
  const count = document.querySelector('.search-count');
  const empty = document.querySelector('.search-empty');
  // Each row's words, made once: not again for every row at every key typed.
  const rowWords = rows.map((li) => phuongSearch.searchedText(li.dataset.search ?? ''));
  input.addEventListener('input', () => {
    // The server's rule (src/model/search.ts, sent as /assets/search.js): "Hằng" does not find
    // "Thắng", "hòa" finds "Hoà", a number is whole.
    const search = phuongSearch.searchOf(input.value);
    const words = search.words;
    let shown = 0;
    for (const [i, li] of rows.entries()) {
      const hit = phuongSearch.matchesWords(search, rowWords[i]);
      li.hidden = !hit;
      if (hit) shown++;
    }
    for (const d of years) {
      const any = d.querySelector('li[data-search]:not([hidden])');
      d.hidden = !any;
      d.open = words.length ? !!any : (wasOpen.get(d) ?? false);
      // The year's count: of its matches while searching (as campaign-list.ts writes it).
      const yearCount = d.querySelector('.year-count');
      if (yearCount instanceof HTMLElement) {
        const all = yearCount.dataset.total ?? '';
        const hits = d.querySelectorAll('li[data-search]:not([hidden])').length;
        yearCount.textContent = words.length
          ? `${hits} trong ${all} chiến dịch`
          : `${all} chiến dịch`;
      }
    }
    if (count)
      count.textContent = words.length
        ? `${shown}/${total} chiến dịch khớp với “${input.value.trim()}”.`
        : `${total} chiến dịch.`;
    if (empty instanceof HTMLElement) empty.hidden = shown > 0 || !words.length;
    const url = new URL(location.href);
    if (words.length) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url.pathname + url.search);
  });
})();
