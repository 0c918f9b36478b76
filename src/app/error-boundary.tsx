import { Component, type ReactNode } from 'react'

interface Props {
  message: string
  reload: string
  children: ReactNode
}

/** Shows a plain message instead of a blank page when a screen fails. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="inset" role="alert">
        <p>{this.props.message}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {this.props.reload}
        </button>
      </div>
    )
  }
}
