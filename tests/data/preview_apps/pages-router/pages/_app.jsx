export default function App({ Component, pageProps }) {
  return (
    <div id="shell">
      <Component {...pageProps} />
    </div>
  )
}
