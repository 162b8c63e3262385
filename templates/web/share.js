// The leader page's only script, progressive enhancement: where the phone can share files (Web
// Share API level 2), the share image gets a button that opens the phone's share sheet with the
// PNG itself, ready to send into the group's Zalo chat. Without it (or without JavaScript) the
// page already offers "Xem" to show the image for a long-press save.
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
