// plotly.js-dist-min ships no types; PlotView only hands it a parsed figure.
declare module "plotly.js-dist-min";
