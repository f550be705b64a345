// Entry point of the web workbench: mounts the app into #app.
import { render } from 'preact';
import { App } from './shell/App.tsx';
import './styles/base.css';
import './styles/search.css';
import './styles/reader.css';
import './styles/entities.css';
import './styles/workbench.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
