import { render } from 'preact';

render(<main><h1>Docket Margin options</h1></main>, document.getElementById('app')!);
