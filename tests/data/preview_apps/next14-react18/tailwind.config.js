/** @type {import('tailwindcss').Config} */
module.exports = { content: ["./app/**/*.{js,jsx}"], theme: { extend: {} }, plugins: [] }
