// Prism's grammar files extend the Prism instance they import and export nothing.
declare module "prismjs/components/*";
