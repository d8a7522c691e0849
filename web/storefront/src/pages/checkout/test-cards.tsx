const testCards = [
  { number: '4242 4242 4242 4242', outcome: 'Succeeds' },
  { number: '4000 0000 0000 0002', outcome: 'Is declined' },
  { number: '4000 0000 0000 9995', outcome: 'Has insufficient funds' },
  { number: '4000 0000 0000 0119', outcome: 'Fails to process' },
]

/** This shop takes no real money: these numbers, with any future expiry and any CVC, try each outcome. */
export function TestCards({ onUse }: { onUse(number: string): void }) {
  return (
    <details className="test-cards" open>
      <summary>Test cards</summary>
      <p className="muted">No real card is charged here. Use any future expiry date and any 3 digits.</p>
      <table>
        <thead>
          <tr><th scope="col">Card number</th><th scope="col">Outcome</th><th scope="col"><span className="visually-hidden">Use</span></th></tr>
        </thead>
        <tbody>
          {testCards.map((card) => (
            <tr key={card.number}>
              <td><code>{card.number}</code></td>
              <td>{card.outcome}</td>
              <td>
                <button type="button" className="button button--small" onClick={() => onUse(card.number)}>
                  Use<span className="visually-hidden"> card {card.number}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
