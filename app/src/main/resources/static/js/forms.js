// SPDX-License-Identifier: EUPL-1.2
// Moves focus to the error summary after a failed submit, so screen-reader users hear what went wrong.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
