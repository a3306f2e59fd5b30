// Deliberately unsafe demo code for `security-guidance scan examples/demo`.
const { exec } = require('child_process');

function render(el, userHtml, branch) {
  el.innerHTML = userHtml;          // XSS sink
  exec(`git log ${branch}`);        // shell command built from input
  if (el.innerHTML === '') {        // a comparison: must stay silent
    el.textContent = 'empty';
  }
}
module.exports = { render };
