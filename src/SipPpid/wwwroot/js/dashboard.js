// Draws the dashboard's monthly trend from the canvas's data attributes (the table below it has the same numbers).
(function () {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  var nums = function (s) { return s ? s.split(',').map(Number) : []; };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: canvas.dataset.labels ? canvas.dataset.labels.split('|') : [],
      datasets: [
        { label: canvas.dataset.labelReceived, data: nums(canvas.dataset.received), backgroundColor: '#123a63' },
        { label: canvas.dataset.labelDecided, data: nums(canvas.dataset.decided), backgroundColor: '#5a8ac6' },
        { label: canvas.dataset.labelOntime, data: nums(canvas.dataset.ontime), backgroundColor: '#c99a2e' }
      ]
    },
    options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
})();
