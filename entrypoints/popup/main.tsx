import { render } from 'preact';

render(<main><h1>Docket Margin</h1></main>, document.getElementById('app')!);
