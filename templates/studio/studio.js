// The studio's progressive script: every page works without it. With it, saving the campaign
// form stays on the page (its problems or "saved" shown in place) and the preview beside it
// reloads; picking a group or a document reloads only the preview.
(() => {
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
      if (res.ok) p.innerHTML = await res.text();
    } finally {
      p.removeAttribute('aria-busy');
      document.body.dataset.previewed = String(Number(document.body.dataset.previewed ?? 0) + 1);
    }
  }

  async function save(form) {
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      });
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = doc.getElementById('edit-area');
      const area = document.getElementById('edit-area');
      if (fresh && area) {
        area.replaceWith(fresh);
        const first = fresh.querySelector('[aria-invalid="true"], .notice');
        if (first) {
          first.scrollIntoView({ block: 'center' });
          if (first.matches('input, textarea')) first.focus();
        }
      }
      if (res.ok) await loadPanel();
    } finally {
      if (button) button.disabled = false;
    }
  }

  document.addEventListener('submit', (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.matches('.preview-pick') && panel()) {
      e.preventDefault();
      query = new URLSearchParams(new FormData(form)).toString();
      loadPanel();
    } else if (form.matches('.campaign-form')) {
      e.preventDefault();
      save(form);
    }
  });

  document.addEventListener('change', (e) => {
    const form = e.target instanceof Element ? e.target.closest('form.preview-pick') : null;
    if (form && panel()) form.requestSubmit();
  });

  if (panel()?.dataset.load === 'yes') loadPanel();

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
        if (text) text.textContent = `Đang in: ${s.done}/${s.total || '…'} ${unit}.`;
      } catch {}
      setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
  }
})();
