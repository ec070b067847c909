/**
 * Stands in for jsPDF's optional modules (html2canvas, DOMPurify, canvg). jsPDF loads them only
 * for `.html()` and SVG images, which Veivalg never calls; aliased here (vite.config.ts) they
 * stay out of the build and the offline precache.
 */
export default function notInThisBuild(): never {
	throw new Error('jsPDF’s optional HTML/SVG modules are not part of Veivalg');
}
