// The graph explorer: draws /graph/neighbours.json with cytoscape.js and grows
// the drawing when a node is clicked.  Everything the page needs comes from
// data- attributes, so the page carries no inline script (the CSP forbids it).
(function () {
  "use strict";

  var root = document.getElementById("explorer");
  if (!root) {
    return;
  }
  var statusEl = document.getElementById("graph-status");
  var missingEl = document.getElementById("graph-missing");
  var focusIri = root.getAttribute("data-focus");
  var neighboursUrl = root.getAttribute("data-neighbours-url");
  var exportUrl = root.getAttribute("data-export-url");

  function setStatus(text, nodes, edges) {
    statusEl.textContent = text;
    statusEl.setAttribute("data-nodes", String(nodes));
    statusEl.setAttribute("data-edges", String(edges));
  }

  if (typeof window.cytoscape !== "function") {
    missingEl.hidden = false;
    setStatus("グラフ描画ライブラリがありません (cytoscape.js is missing)", 0, 0);
    return;
  }

  // Class colours live in the stylesheet (policykg.css) so that badges,
  // highlights and nodes agree.
  var css = window.getComputedStyle(document.documentElement);
  function colour(cls) {
    var value = css.getPropertyValue("--c-" + cls).trim();
    return value || css.getPropertyValue("--c-Entity").trim() || "#6e7781";
  }

  var cy = window.cytoscape({
    container: document.getElementById("cy"),
    style: [
      {
        selector: "node",
        style: {
          "background-color": function (ele) { return colour(ele.data("class")); },
          "label": "data(label)",
          "font-size": 9,
          "text-wrap": "wrap",
          "text-max-width": "140px",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "width": 16,
          "height": 16,
        },
      },
      { selector: "node.focus", style: { "width": 28, "height": 28, "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1b1f23" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#0b5cad" } },
      {
        selector: "edge",
        style: {
          "width": 1.2,
          "line-color": "#b0b7bf",
          "target-arrow-color": "#b0b7bf",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          "label": "",
          "font-size": 8,
          "color": "#57606a",
          "text-rotation": "autorotate",
        },
      },
      { selector: "edge.near", style: { "label": "data(label)", "line-color": "#57606a", "target-arrow-color": "#57606a" } },
      { selector: "edge[basis = 'inferred']", style: { "line-style": "dashed" } },
      { selector: ".hidden", style: { "display": "none" } },
    ],
  });

  function checkedRelations() {
    var boxes = root.querySelectorAll("input[name=relation]");
    var chosen = [];
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) {
        chosen.push(boxes[i].value);
      }
    }
    return chosen;
  }

  function applyFilter() {
    var chosen = checkedRelations();
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        edge.toggleClass("hidden", chosen.indexOf(edge.data("relation")) < 0);
      });
      cy.nodes().forEach(function (node) {
        var visible = node.hasClass("focus") || node.connectedEdges().filter(function (e) {
          return !e.hasClass("hidden");
        }).length > 0;
        node.toggleClass("hidden", !visible);
      });
    });
    report();
  }

  function report() {
    var nodes = cy.nodes().not(".hidden").length;
    var edges = cy.edges().not(".hidden").length;
    setStatus("ノード " + nodes + "・エッジ " + edges + " (nodes " + nodes + ", edges " + edges + ")", nodes, edges);
  }

  function layout() {
    cy.layout({
      name: "cose", animate: false, fit: true, padding: 30, randomize: false,
      idealEdgeLength: function () { return 110; }, nodeRepulsion: function () { return 12000; },
      nodeOverlap: 30, componentSpacing: 120,
    }).run();
  }

  var pending = 0;
  function expand(iri) {
    var relations = checkedRelations();
    if (relations.length === 0) {
      setStatus("関係を一つ以上選んでください (choose at least one relation)", cy.nodes().length, cy.edges().length);
      return Promise.resolve();
    }
    var url = neighboursUrl + "?iri=" + encodeURIComponent(iri) + "&relations=" + encodeURIComponent(relations.join(","));
    pending += 1;
    statusEl.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (!body.ok) {
          throw new Error(body.error || "error");
        }
        var origin = cy.getElementById(iri);
        var start = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
        var fresh = body.elements.filter(function (el) { return cy.getElementById(el.data.id).empty(); });
        fresh.forEach(function (el) {
          if (el.group === "nodes") {
            // New nodes start around the node they came from, so the layout moves little.
            el.position = { x: start.x + (Math.random() - 0.5) * 80, y: start.y + (Math.random() - 0.5) * 80 };
          }
        });
        cy.add(fresh);
        cy.getElementById(iri).addClass("expanded");
        if (iri === focusIri) {
          cy.getElementById(iri).addClass("focus");
        }
        layout();
        applyFilter();
      })
      .catch(function (err) {
        setStatus("読み込めませんでした: " + err.message, cy.nodes().length, cy.edges().length);
      })
      .then(function () {
        pending -= 1;
        if (pending === 0) {
          statusEl.removeAttribute("aria-busy");
        }
      });
  }

  var selection = document.getElementById("selection");
  var selectionLink = document.getElementById("selection-link");
  var selectionClass = document.getElementById("selection-class");
  var selectionExport = document.getElementById("selection-export");
  var selected = null;

  function select(node) {
    selected = node.id();
    cy.edges().removeClass("near");
    node.connectedEdges().addClass("near");
    selection.hidden = false;
    selectionLink.textContent = node.data("fullLabel");
    selectionLink.href = node.data("href");
    selectionClass.textContent = node.data("classLabel") || node.data("class");
    selectionClass.className = "badge " + node.data("class");
    selectionExport.href = exportUrl + "?entity=" + encodeURIComponent(node.id()) + "&format=graphml";
  }

  cy.on("tap", "node", function (event) {
    var node = event.target;
    select(node);
    if (!node.hasClass("expanded")) {
      expand(node.id());
    }
  });
  cy.on("dbltap", "node", function (event) {
    window.location.href = event.target.data("href");
  });
  document.getElementById("selection-expand").addEventListener("click", function () {
    if (selected) {
      expand(selected);
    }
  });
  var boxes = root.querySelectorAll("input[name=relation]");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", applyFilter);
  }

  // Tests and the console reach the drawing through this one name.
  window.policykgExplorer = { cy: cy, expand: expand };
  expand(focusIri);
})();
