// plotly.js-dist-min ships no types; PlotView only hands it a figure's JSON.
declare module "plotly.js-dist-min";
