def test_pair(client, db):
    r = client.get("/compare/loss-mitigation-specialist-vs-collections-customer-service/")
    assert r.status_code == 200, r.content.decode()[:3000]
    print(r.content.decode())
