// The public portal's read-only process diagram: bpmn-js (viewer only, from its WebJar) draws the
// model the engine has deployed. A static file, not an inline script: the CSP allows our origin only.
(function () {
  'use strict';
  var container = document.getElementById('diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }
  var viewer = new window.BpmnJS({ container: container });
  function fail() {
    container.classList.add('diagram-failed');
    container.textContent = '流程图加载失败，请参阅右侧的环节列表。';
  }
  fetch(container.getAttribute('data-src'), { headers: { Accept: 'application/xml' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      viewer.get('canvas').zoom('fit-viewport', 'auto');
      container.setAttribute('data-rendered', 'true');
      // a step in the list highlights its element in the diagram
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      Array.prototype.forEach.call(document.querySelectorAll('[data-element]'), function (row) {
        var id = row.getAttribute('data-element');
        if (!registry.get(id)) {
          return;
        }
        row.addEventListener('mouseenter', function () { canvas.addMarker(id, 'step-highlight'); });
        row.addEventListener('mouseleave', function () { canvas.removeMarker(id, 'step-highlight'); });
      });
    })
    .catch(fail);
})();
