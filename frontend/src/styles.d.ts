// Stylesheets imported for their side effect (Leaflet's own styles); Vite adds them to the page.
declare module '*.css';
