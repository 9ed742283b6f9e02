// Supervisor dashboard: each .chart element names its JSON endpoint and chart type.
(function () {
  function draw(el) {
    fetch(el.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var chart = echarts.init(el);
        var pie = el.dataset.type === 'pie';
        var stacked = Array.isArray(d.series);
        var colors = { onTime: '#2f855a', late: '#b7791f', overdue: '#c0392b' };
        var option = stacked ? {
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 16, top: 36, bottom: 56 },
          xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0, rotate: 45 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: d.series.map(function (s) {
            return { type: 'bar', stack: 'total', name: s.name, data: s.values, barMaxWidth: 36,
              itemStyle: { color: colors[s.key] || '#1d4f91' } };
          })
        } : pie ? {
          tooltip: { trigger: 'item' },
          legend: { bottom: 0 },
          series: [{ type: 'pie', radius: ['35%', '65%'], data: d.labels.map(function (l, i) { return { name: l, value: d.values[i] }; }) }]
        } : {
          tooltip: { trigger: 'axis' },
          grid: { left: 40, right: 16, top: 20, bottom: 40 },
          xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: d.values, itemStyle: { color: el.dataset.color || '#1d4f91' }, barMaxWidth: 36 }]
        };
        if (!d.labels.length) {
          option.title = { text: el.dataset.empty || '-', left: 'center', top: 'middle', textStyle: { color: '#999', fontSize: 14 } };
        }
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }
  document.querySelectorAll('.chart[data-source]').forEach(draw);
})();
