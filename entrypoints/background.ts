export default defineBackground(() => {
  // Wiring only: the store, message router and sync are attached in lib/background/.
});
